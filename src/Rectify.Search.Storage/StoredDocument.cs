namespace Rectify.Search.Storage;

/// <summary>One stored plan, as listed.</summary>
public sealed record StoredDocument(string Id, string SourcePath, string ContentHash, string? Title, int Problems, int Measures);
