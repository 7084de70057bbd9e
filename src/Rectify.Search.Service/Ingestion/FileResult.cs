using Rectify.Search.Core.Model;
using Rectify.Search.Core.Reporting;

namespace Rectify.Search.Service.Ingestion;

/// <summary>What happened to one file, or to one stored plan whose file is gone.</summary>
public sealed record FileResult(
    string Path,
    string DocumentId,
    FileOutcome Outcome,
    PlanDocument? Plan,
    IReadOnlyList<MissingField> Missing,
    string? Error,
    int? ErrorLine = null)
{
    /// <summary>The plan stored before this one that it copies (a mirror of the same notice), when it is a copy: kept, left out of search and comparison.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>How alike the copy and its original are (the fingerprints' estimated Jaccard similarity).</summary>
    public double? Similarity { get; init; }

    /// <summary>Warnings the parser reported for this file.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = Plan?.Diagnostics.Where(d => d.Severity == Severity.Warning).ToList() ?? [];

    /// <summary>Repairs (info diagnostics) the parser made.</summary>
    public int Repairs { get; init; } = Plan?.Diagnostics.Count(d => d.Severity == Severity.Info) ?? 0;

    /// <summary>Problems and measures of the plan read, 0 without one.</summary>
    public int Problems { get; init; } = Plan?.Problems.Count ?? 0;

    public int Measures { get; init; } = Plan?.Problems.Sum(p => p.Measures.Count) ?? 0;

    /// <summary>The source's encoding, when a plan was read.</summary>
    public string? Encoding { get; init; } = Plan?.Encoding;

    /// <summary>This result without its plan, its figures kept: a large ingestion does not hold every plan it read.</summary>
    public FileResult WithoutPlan() => this with { Plan = null };
}
