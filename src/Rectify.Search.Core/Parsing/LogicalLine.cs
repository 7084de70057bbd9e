namespace Rectify.Search.Core.Parsing;

/// <summary>A paragraph after repair: one or more source lines joined, with the source line numbers it spans.</summary>
internal sealed record LogicalLine(DualText Text, int Line, int EndLine);
