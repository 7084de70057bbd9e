namespace Rectify.Search.Core.Reporting;

/// <summary>
/// How one document fared: stored or why not, and what was read against what was expected — its date of issue and the
/// document it was found to copy (<see cref="CopyOf"/>, by file name) judged only where the expectation gives them.
/// </summary>
public sealed record DocumentOutcome(DocumentExpectation Expected, string? Failure, string? RegionCode, int? Year, int? Problems)
{
    public string? Date { get; init; }

    public string? CopyOf { get; init; }

    public double? CopySimilarity { get; init; }

    public bool Stored => Failure is null;
    public bool RegionAgrees => Stored && RegionCode == Expected.RegionCode;
    public bool YearAgrees => Stored && Year == Expected.Year;
    public bool ProblemsAgree => Stored && Problems == Expected.Problems;

    /// <summary>The date of issue agrees: the same day, or month where only the month is expected; unknown where the document prints none.</summary>
    public bool DateAgrees => Stored && Expected.Date switch
    {
        null => true,
        DocumentExpectation.Unknown => Date is null,
        var d => Date is not null && (Date == d || Date.StartsWith(d + "-", StringComparison.Ordinal)),
    };

    /// <summary>Found a copy of the expected document, or of none where none is expected.</summary>
    public bool CopyAgrees => Stored && (Expected.CopyOf is null || (CopyOf ?? "") == Expected.CopyOf);
}
