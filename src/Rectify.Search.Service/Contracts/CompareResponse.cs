namespace Rectify.Search.Service.Contracts;

/// <summary>A cross-region comparison.</summary>
public sealed record CompareResponse(string? Theme, string? Q, string? Metric, IReadOnlyList<CompareRow> Rows);
