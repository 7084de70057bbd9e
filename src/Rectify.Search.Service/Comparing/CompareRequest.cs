using Rectify.Search.Core.Model;

namespace Rectify.Search.Service.Comparing;

/// <summary>
/// What to compare: a theme or a search, optionally one metric, one province, one level; the rows of one page, or
/// every row when <see cref="PageSize"/> is null.
/// </summary>
public sealed record CompareRequest(string? Theme, string? Q, string? Metric = null, string? Province = null, RegionLevel? Level = null, int Page = 1, int? PageSize = null)
{
    /// <summary>How the answer is wanted: records (JSON), CSV for machines, or .xlsx/.docx for drafters.</summary>
    public Export.ExportFormat Format { get; init; }

    /// <summary>The answer is wanted as CSV rather than records.</summary>
    public bool Csv => Format == Export.ExportFormat.Csv;
}
