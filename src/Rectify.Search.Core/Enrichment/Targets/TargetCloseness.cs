using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Enrichment.Targets;

/// <summary>
/// How close one target is to another: the same metric (as comparisons name it) or nothing; then how near the
/// values are (70% and 75% are near, 70% and 30% are not), halved when the units differ, a little less when the
/// comparators point different ways (达到 ≥ against 控制在 ≤).
/// </summary>
public static class TargetCloseness
{
    /// <summary>0 for another metric; otherwise in (0, 1], 1 for the same metric, value, unit and direction.</summary>
    public static double Of(Target asking, Target other) => Of(asking, other.MetricKey, other.Value, other.Unit, other.Cmp);

    /// <summary>The same for a target given by its metric key, value, unit and comparator (as records carry it).</summary>
    public static double Of(Target asking, string metricKey, double value, string unit, Comparator cmp)
    {
        if (asking.MetricKey != metricKey)
            return 0;
        var scale = Math.Max(Math.Max(Math.Abs(asking.Value), Math.Abs(value)), 1e-9);
        var near = 1 - Math.Min(1, Math.Abs(asking.Value - value) / scale);
        var score = 0.5 + 0.5 * near;
        if (!string.Equals(asking.Unit, unit, StringComparison.Ordinal))
            score *= 0.5;
        if (asking.Cmp.Direction() != cmp.Direction())
            score *= 0.8;
        return score;
    }

}
