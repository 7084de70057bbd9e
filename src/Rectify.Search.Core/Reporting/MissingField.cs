namespace Rectify.Search.Core.Reporting;

/// <summary>A field that a problem lacks although most problems of the same plan carry it.</summary>
public sealed record MissingField(string ProblemLabel, int Line, string Field);
