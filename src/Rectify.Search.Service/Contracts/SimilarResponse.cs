using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>Precedents for a measure or a drafted text.</summary>
public sealed record SimilarResponse(
    [property: Description("The asking measure; null for drafted text")] MeasureRecord? Source,
    string Scope,
    IReadOnlyList<TermWeight> Terms,
    [property: Description("Measures of the asking measure's own plan with its very text")] IReadOnlyList<string> SourceCopies,
    [property: Description("unit=measure: precedent measures")] IReadOnlyList<SimilarHitRecord> Hits)
{
    /// <summary>The asking problem, when precedents are asked for a stored problem.</summary>
    [Description("The asking problem (GET /api/problems/{id}/similar); null otherwise")]
    public ProblemRecord? SourceProblem { get; init; }

    /// <summary>What the precedents are.</summary>
    [Description("measure (default), problem or target")]
    public string Unit { get; init; } = "measure";

    /// <summary>unit=problem: precedent problems.</summary>
    [Description("unit=problem: problems of other plans like the asking text, with the terms they share")]
    public IReadOnlyList<SimilarProblemRecord>? Problems { get; init; }

    /// <summary>unit=target: the targets read from the asking text.</summary>
    [Description("unit=target: the targets read from the asking text (metric, comparator, value, unit)")]
    public IReadOnlyList<TargetRecord>? AskingTargets { get; init; }

    /// <summary>unit=target: precedent targets.</summary>
    [Description("unit=target: targets other plans set on the same metric, nearest value first")]
    public IReadOnlyList<SimilarTargetRecord>? Targets { get; init; }
}
