namespace Rectify.Search.Core.Reporting;

/// <summary>A judged query with the line it stands on.</summary>
public sealed record JudgedQuery(string Query, IReadOnlyList<Judgment> Judgments, int Line);
