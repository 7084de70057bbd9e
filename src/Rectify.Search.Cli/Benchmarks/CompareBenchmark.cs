using System.Diagnostics;
using Rectify.Search.Service.Comparing;
using Rectify.Search.Service.Ingestion;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Requests;
using Rectify.Search.Storage;

namespace Rectify.Search.Cli.Benchmarks;

/// <summary>
/// The comparison over a generated corpus (<see cref="PlanCorpus"/>): stores N plans in a temporary store, then times
/// comparisons on themes, a metric and a level, a page of rows (as JSON answers) and every row (as CSV does), cold
/// (first call) and warm (median of repeats). Prints its figures.
/// </summary>
internal static class CompareBenchmark
{
    private static readonly CompareQuery[] Queries =
    [
        new() { Theme = "sewage-network" },
        new() { Theme = "sewage-network", Format = "csv" },
        new() { Theme = "fertilizer-reduction" },
        new() { Theme = "two-high" },
        new() { Theme = "sewage-network", Metric = "城市生活污水集中收集率" },
        new() { Theme = "fertilizer-reduction", Level = "county" },
    ];

    public static int Run(TextWriter o, string seeds, int plans, int repeats)
    {
        using var scratch = new Scratch();
        var parsed = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(f => PlanFileReader.Read(f)).ToList();
        var options = new KnowledgeBaseOptions { DataDirectory = scratch.Path, SeedsDirectory = null, FindCopies = false };
        var watch = Stopwatch.StartNew();
        int problems = 0, measures = 0;
        using (var store = PlanStore.Open(options.DatabasePath))
        {
            foreach (var plan in PlanCorpus.Generate(parsed, plans))
            {
                store.Upsert(plan);
                problems += plan.Problems.Count;
                measures += plan.Problems.Sum(p => p.Measures.Count);
            }
        }
        o.WriteLine($"corpus: {plans:N0} generated plans from {parsed.Count} seeds, {problems:N0} problems, {measures:N0} measures; stored in {watch.Elapsed.TotalSeconds:F1} s "
            + $"({new FileInfo(options.DatabasePath).Length / 1048576.0:F0} MB)");
        using var kb = new KnowledgeBase(options);
        foreach (var query in Queries)
        {
            var request = query.Check().Value!;
            var cold = Stopwatch.StartNew();
            var response = kb.Compare(request)!;
            var first = cold.Elapsed;
            var times = new List<double>();
            for (var i = 0; i < repeats; i++)
            {
                var start = Stopwatch.GetTimestamp();
                kb.Compare(request);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            times.Sort();
            var described = $"theme={query.Theme}{(query.Metric is null ? "" : $" metric={query.Metric}")}{(query.Level is null ? "" : $" level={query.Level}")}"
                + (request.PageSize is null ? ", every row" : $", first {request.PageSize} rows");
            o.WriteLine($"compare {described}: {response.Total:N0} plans, {response.Rows.Count:N0} rows with {response.Rows.Sum(r => r.Problems.Count):N0} problems, "
                + $"{response.Rows.Sum(r => r.Targets.Count):N0} targets; first {first.TotalMilliseconds:F0} ms, then median {times[times.Count / 2]:F0} ms, max {times[^1]:F0} ms over {repeats}");
        }
        return CliApp.Ok;
    }
}
