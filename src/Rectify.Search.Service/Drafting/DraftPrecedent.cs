using Rectify.Search.Core.Model;

namespace Rectify.Search.Service.Drafting;

/// <summary>A precedent of a draft's problem: how another plan's problem was answered, the words they share, and how to cite it.</summary>
public sealed record DraftPrecedent(double Score, PlanDocument Plan, Problem Problem, IReadOnlyList<string> SharedTerms)
{
    /// <summary>The problem's record id (plan.pN).</summary>
    public string ProblemId => $"{Plan.DocumentId}.p{Problem.Position}";

    /// <summary>The citation of the problem; of one of its measures when <paramref name="measure"/> is given.</summary>
    public Citation Cite(Measure? measure = null) => new(
        Plan.DocumentId,
        Plan.Metadata.Title ?? Plan.DocumentId,
        Plan.Metadata.Region is { } r ? string.Concat(r.Province, r.City, r.County) : null,
        Plan.Metadata.Year,
        Problem.Label,
        measure is null ? null : $"{ProblemId}.m{measure.Position}");
}

/// <summary>What a drafter narrows precedents to, beside the scope: level, province (its name or its start: 江西 is 江西省), theme, years of the plan.</summary>
public sealed record PrecedentFilter(RegionLevel? Level = null, string? Province = null, string? Theme = null, int? YearFrom = null, int? YearTo = null)
{
    public static PrecedentFilter None { get; } = new();

    public bool Admits(PlanDocument plan, Problem problem) =>
        (Level is null || plan.Metadata.Region?.Level == Level)
        && (Province is null || plan.Metadata.Region?.Province is { } p && p.StartsWith(Province, StringComparison.Ordinal))
        && (Theme is null || problem.Themes.Any(t => t.ThemeId == Theme))
        && (YearFrom is null || plan.Metadata.Year >= YearFrom)
        && (YearTo is null || plan.Metadata.Year <= YearTo);
}
