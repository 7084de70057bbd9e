namespace Rectify.Search.Core.Reporting;

/// <summary>How one document fared: stored or why not, and what was read against what was expected.</summary>
public sealed record DocumentOutcome(DocumentExpectation Expected, string? Failure, string? RegionCode, int? Year, int? Problems)
{
    public bool Stored => Failure is null;
    public bool RegionAgrees => Stored && RegionCode == Expected.RegionCode;
    public bool YearAgrees => Stored && Year == Expected.Year;
    public bool ProblemsAgree => Stored && Problems == Expected.Problems;
}
