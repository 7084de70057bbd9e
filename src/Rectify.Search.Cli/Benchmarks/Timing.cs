using System.Diagnostics;
using System.Globalization;

namespace Rectify.Search.Cli.Benchmarks;

/// <summary>How the benchmarks time things and print the times.</summary>
internal static class Timing
{
    /// <summary>
    /// Runs <paramref name="action"/> for three seconds untimed, then <paramref name="count"/> timed times. The warm-up is
    /// by time, not count: .NET recompiles hot methods with optimizations only after they have run a while, and a short
    /// warm-up measures the JIT's tiers rather than the search (a 100-call warm-up gave an HTTP p90 three times this one).
    /// The cold cost is in the start-to-first-answer figure.
    /// </summary>
    public static List<TimeSpan> Time(int count, Action<int> action)
    {
        var warm = Stopwatch.StartNew();
        for (var i = 0; warm.Elapsed < TimeSpan.FromSeconds(3); i++)
            action(i);
        var times = new List<TimeSpan>(count);
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action(i);
            times.Add(Stopwatch.GetElapsedTime(start));
        }
        return times;
    }

    public static string Summary(List<TimeSpan> times) =>
        $"median {Ms(Percentile(times, 0.5))}, p90 {Ms(Percentile(times, 0.9))}, p99 {Ms(Percentile(times, 0.99))}, max {Ms(times.Max())}; "
        + $"{times.Count / times.Sum(t => t.TotalSeconds):N0} per second";

    /// <summary>
    /// The <paramref name="top"/> slowest of <paramref name="names"/> by their median, when the timed calls cycled through
    /// them in order (call i was names[i % count]).
    /// </summary>
    public static string Slowest(List<TimeSpan> times, IReadOnlyList<string> names, int top = 5) =>
        string.Join(", ", names
            .Select((name, n) => (Name: name, Median: Percentile(times.Where((_, i) => i % names.Count == n).ToList(), 0.5)))
            .OrderByDescending(x => x.Median).Take(top)
            .Select(x => $"{x.Name} {Ms(x.Median)}"));

    public static TimeSpan Percentile(List<TimeSpan> times, double p)
    {
        var sorted = times.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public static string Ms(TimeSpan t) => t.TotalMilliseconds >= 100
        ? $"{t.TotalMilliseconds:N0} ms"
        : string.Create(CultureInfo.InvariantCulture, $"{t.TotalMilliseconds:F2} ms");
}
