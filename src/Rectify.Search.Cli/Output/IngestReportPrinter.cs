using Rectify.Search.Core.Model;
using Rectify.Search.Service.Ingestion;

namespace Rectify.Search.Cli.Output;

/// <summary>Writes the per-file report of <c>rectify index</c>: outcome, counts, missing fields, warnings with line numbers.</summary>
public static class IngestReportPrinter
{
    public static void PrintFile(TextWriter o, FileResult r)
    {
        var name = Path.GetFileName(r.Path);
        switch (r.Outcome)
        {
            case FileOutcome.Failed:
                o.WriteLine($"✗ {name}  failed: {(r.ErrorLine is { } l ? $"line {l}: " : "")}{r.Error}");
                return;
            case FileOutcome.Removed:
                o.WriteLine($"- {r.DocumentId}  removed (its file {r.Path} is gone)");
                return;
        }
        var warnings = r.Warnings;
        o.WriteLine($"✓ {name}  {r.Outcome.ToString().ToLowerInvariant()}  {r.Problems} problems, {r.Measures} measures"
            + $"  [{r.Encoding}] {warnings.Count} warning(s), {r.Repairs} repair(s)");
        if (r.DuplicateOf is { } original)
            o.WriteLine($"    = a copy of {original} (similarity {r.Similarity:F2}): kept, left out of search and comparison");
        if (r.Missing.Count > 0)
        {
            foreach (var group in r.Missing.GroupBy(m => m.Field))
                o.WriteLine($"    missing {group.Key}: {string.Join(", ", group.Select(m => $"{m.ProblemLabel} (line {m.Line})"))}");
        }
        foreach (var w in warnings)
            o.WriteLine($"    ! {w}");
    }

    public static void PrintSummary(TextWriter o, IngestReport report)
    {
        if (report.Skipped.Count > 0)
            o.WriteLine($"skipped {report.Skipped.Count} file(s) that are not plan text ({string.Join(", ", report.Skipped.Select(Path.GetFileName))})");
        var stored = report.Files.Where(f => f.Outcome is not (FileOutcome.Failed or FileOutcome.Removed)).ToList();
        var summary = $"{report.Files.Count(f => f.Outcome != FileOutcome.Removed)} file(s): {report.Count(FileOutcome.Added)} added, "
            + $"{report.Count(FileOutcome.Replaced)} replaced, {report.Count(FileOutcome.Unchanged)} unchanged, "
            + $"{report.Count(FileOutcome.Failed)} failed, {report.Count(FileOutcome.Removed)} removed; "
            + $"{stored.Sum(f => f.Problems)} problems, {stored.Sum(f => f.Measures)} measures";
        o.WriteLine(summary);
        if (report.NothingChanged)
            o.WriteLine("nothing changed");
    }
}
