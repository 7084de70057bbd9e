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
    /// <summary>Warnings the parser reported for this file.</summary>
    public IEnumerable<Diagnostic> Warnings => Plan?.Diagnostics.Where(d => d.Severity == Severity.Warning) ?? [];
}
