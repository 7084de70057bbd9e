using Rectify.Search.Core.Model;

namespace Rectify.Search.Service.Uploads;

/// <summary>
/// One file's report: the plan id it was stored (or would have been stored) under, the outcome, the reason of a
/// refusal (with the line it points at), the counts read, and the parser's warnings with their lines.
/// </summary>
public sealed record UploadResult(
    string FileName,
    string? DocumentId,
    UploadOutcome Outcome,
    UploadRefusal? Refusal = null,
    string? Error = null,
    int? Line = null)
{
    public string? Format { get; init; }

    public int Problems { get; init; }

    public int Measures { get; init; }

    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <summary>The plan stored before it that it copies (a mirror of the same notice): kept, left out of search and comparison.</summary>
    public string? DuplicateOf { get; init; }

    public double? Similarity { get; init; }

    /// <summary>The report of a plan read from the file, before it is stored.</summary>
    internal static UploadResult Read(string fileName, string format, PlanDocument plan) =>
        new(fileName, plan.DocumentId, UploadOutcome.NotStored)
        {
            Format = format,
            Problems = plan.Problems.Count,
            Measures = plan.Problems.Sum(p => p.Measures.Count),
            Warnings = plan.Diagnostics.Where(d => d.Severity == Severity.Warning).ToList(),
        };
}

/// <summary>What an upload, replacement or deletion did: each file's report, and an index update that failed after the store took the change.</summary>
public sealed record UploadReport(IReadOnlyList<UploadResult> Files, string? IndexError)
{
    /// <summary>True when the store took the change (every file was accepted).</summary>
    public bool Stored => Files.Count > 0 && Files.All(f => f.Outcome is UploadOutcome.Added or UploadOutcome.Replaced or UploadOutcome.Deleted);
}
