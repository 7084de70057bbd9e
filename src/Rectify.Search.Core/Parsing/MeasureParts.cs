namespace Rectify.Search.Core.Parsing;

/// <summary>A measure's text with its trailing unit clause read off.</summary>
internal sealed record MeasureParts(DualText Body, UnitList? Units);
