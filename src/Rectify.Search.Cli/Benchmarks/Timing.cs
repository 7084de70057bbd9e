using System.Diagnostics;
using System.Globalization;

namespace Rectify.Search.Cli.Benchmarks;

/// <summary>How the benchmarks time things and print the times.</summary>
internal static class Timing
{
    /// <summary>
    /// Runs <paramref name="action"/> untimed until the JIT has settled, then <paramref name="count"/> timed times. .NET
    /// compiles hot methods again, optimized with what it saw them do, a while after they start running, in the
    /// background: timed too early, the figures measure the JIT (a 100-call warm-up gave an HTTP p90 three times a warm
    /// one; at 20,000 plans a 3 s warm-up left the first rounds of timed searches five times slower, the p99). In
    /// process the warm-up lasts until no method has been compiled for 2 s (at least 3 s, at most 30 s); a server's
    /// compilations are not visible from here, so <paramref name="remote"/> warms up for a fixed 15 s. The cold cost is
    /// in the start-to-first-answer figure.
    /// </summary>
    public static Timed Time(int count, Action<int> action, bool remote = false)
    {
        var warm = Stopwatch.StartNew();
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var quietSince = TimeSpan.Zero;
        var i = 0;
        while (remote ? warm.Elapsed < RemoteWarmUp : warm.Elapsed < MaxWarmUp && (warm.Elapsed < MinWarmUp || warm.Elapsed - quietSince < Quiet))
        {
            action(i++);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != compiled)
                (compiled, quietSince) = (now, warm.Elapsed);
        }
        var warmUp = warm.Elapsed;
        var times = new List<TimeSpan>(count);
        for (i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action(i);
            times.Add(Stopwatch.GetElapsedTime(start));
        }
        return new Timed(times, warmUp);
    }

    /// <summary>Runs <paramref name="action"/> <paramref name="count"/> timed times from its first call: what a user meets after a start.</summary>
    public static Timed Cold(int count, Action<int> action)
    {
        var times = new List<TimeSpan>(count);
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action(i);
            times.Add(Stopwatch.GetElapsedTime(start));
        }
        return new Timed(times, TimeSpan.Zero);
    }

    /// <summary>The median and p99 of each round of <paramref name="size"/> calls, in order.</summary>
    public static string Rounds(List<TimeSpan> times, int size) =>
        string.Join("; ", times.Chunk(size).Select(c => c.ToList()).Select((c, i) => $"{i * size + 1}–{i * size + c.Count}: {Ms(Percentile(c, 0.5))} / {Ms(Percentile(c, 0.99))}"));

    private static readonly TimeSpan MinWarmUp = TimeSpan.FromSeconds(3), MaxWarmUp = TimeSpan.FromSeconds(30), Quiet = TimeSpan.FromSeconds(2),
        RemoteWarmUp = TimeSpan.FromSeconds(15);

    /// <summary>Timed calls, and how long the untimed warm-up before them lasted.</summary>
    public sealed record Timed(List<TimeSpan> Times, TimeSpan WarmUp);

    /// <summary>The figures of <paramref name="timed"/>, with its warm-up.</summary>
    public static string Summary(Timed timed) => Summary(timed.Times) + $" (after a {timed.WarmUp.TotalSeconds:F0} s warm-up)";

    public static string Summary(List<TimeSpan> times) =>
        $"median {Ms(Percentile(times, 0.5))}, p90 {Ms(Percentile(times, 0.9))}, p99 {Ms(Percentile(times, 0.99))}, max {Ms(times.Max())}; "
        + $"{times.Count / times.Sum(t => t.TotalSeconds):N0} per second";

    /// <summary>
    /// The <paramref name="top"/> slowest of <paramref name="names"/> by their median, when the timed calls cycled through
    /// them in order (call i was names[i % count]).
    /// </summary>
    public static string Slowest(Timed timed, IReadOnlyList<string> names, int top = 5) =>
        string.Join(", ", names
            .Select((name, n) => (Name: name, Median: Percentile(timed.Times.Where((_, i) => i % names.Count == n).ToList(), 0.5)))
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
