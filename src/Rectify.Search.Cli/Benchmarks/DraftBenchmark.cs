using System.Diagnostics;
using Rectify.Search.Core.Drafting;
using Rectify.Search.Service.Drafting;
using Rectify.Search.Service.Ingestion;
using Rectify.Search.Service.Knowledge;

namespace Rectify.Search.Cli.Benchmarks;

/// <summary>
/// <c>rectify bench draft</c>: how long a complete automatic draft takes — a feedback's problems, each composed from its
/// top precedent of another province — the first time after the knowledge base opens and then, over a store of any size.
/// </summary>
internal static class DraftBenchmark
{
    public static int Run(TextWriter o, TextWriter error, string dataDirectory, string? seeds, string feedbackPath, string region, int repeats)
    {
        var problems = Drafts.ReadFeedback(Path.GetFileName(feedbackPath), File.ReadAllBytes(feedbackPath));
        if (problems.Count == 0)
        {
            error.WriteLine($"rectify bench draft: {feedbackPath}: no problem found");
            return 1;
        }
        var (place, reason) = Drafts.FindRegion(region);
        if (place is null)
        {
            error.WriteLine($"rectify bench draft: --region: {reason}");
            return 2;
        }
        var open = Stopwatch.StartNew();
        using var kb = new KnowledgeBase(new KnowledgeBaseOptions { DataDirectory = dataDirectory, SeedsDirectory = seeds });
        kb.Prepare();
        open.Stop();
        var (plans, problemCount, measures) = (kb.Status().Documents, kb.Status().Problems, kb.Status().Measures);
        o.WriteLine($"store: {plans:N0} plans, {problemCount:N0} problems, {measures:N0} measures ({dataDirectory}); opened in {open.Elapsed.TotalSeconds:F1} s");
        o.WriteLine($"feedback: {problems.Count} problems from {feedbackPath}; region {DraftAdaptation.LocalName(place)}");
        var times = new List<TimeSpan>();
        var composed = 0;
        for (var i = 0; i <= repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            var draft = kb.Create("bench", problems, place, 2026, auto: true);
            watch.Stop();
            composed = draft.Problems.Count(p => p.Measures.Count > 0);
            times.Add(watch.Elapsed);
        }
        o.WriteLine($"automatic draft ({composed} of {problems.Count} problems composed): first {Timing.Ms(times[0])}, then median {Timing.Ms(Timing.Percentile(times.Skip(1).ToList(), 0.5))}, slowest {Timing.Ms(times.Skip(1).Max())} over {repeats}");
        return 0;
    }

    /// <summary>A feedback of 17 problems, as a county receives one: the problems of the first seed plan.</summary>
    public static string DefaultFeedback(string seeds) =>
        Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal).First();
}
