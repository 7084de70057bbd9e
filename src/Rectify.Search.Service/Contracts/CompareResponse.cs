namespace Rectify.Search.Service.Contracts;

/// <summary>A cross-region comparison: one page of its rows, and how many plans it spans in all.</summary>
/// <param name="Total">Plans (rows) in the whole comparison.</param>
/// <param name="PageSize">Rows per page; null when every row is here.</param>
public sealed record CompareResponse(string? Theme, string? Q, string? Metric, int Total, int Page, int? PageSize, IReadOnlyList<CompareRow> Rows);
