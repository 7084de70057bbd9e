namespace Rectify.Search.Core.Regions;

/// <summary>A text of the document and where it stands.</summary>
public sealed record RegionEvidence(string Text, EvidenceSource Source);
