namespace Rectify.Search.Core.Reporting;

/// <summary>
/// nDCG@10 (gain 2^grade − 1, log2(rank + 1) discount, the ideal from the judged grades), recall@10 of the judged
/// items and MRR, as the project's evaluation sets are scored. A measure earns through the first judged snippet its
/// text contains, each snippet once; a returned text over 600 characters earns nothing (a whole problem is no measure).
/// </summary>
public static class RankingMetrics
{
    public const int Depth = 10;

    /// <summary>A returned text longer than this is not a measure and earns nothing.</summary>
    public const int MaxMeasureLength = 600;

    public static QueryScore Score(JudgedQuery q, IReadOnlyList<RankedResult> results, JudgedUnit unit)
    {
        var gains = new List<double>();
        var earned = new HashSet<string>(StringComparer.Ordinal);
        var firstRelevant = 0;
        for (var rank = 0; rank < Math.Min(Depth, results.Count); rank++)
        {
            var j = Match(q, results[rank], unit, earned);
            gains.Add(j is null ? 0 : Math.Pow(2, j.Grade) - 1);
            if (j is not null && j.Grade > 0 && firstRelevant == 0)
                firstRelevant = rank + 1;
        }
        var dcg = gains.Select((g, i) => g / Math.Log2(i + 2)).Sum();
        var ideal = q.Judgments.Select(j => Math.Pow(2, j.Grade) - 1).OrderDescending().Take(Depth).Select((g, i) => g / Math.Log2(i + 2)).Sum();
        var relevant = q.Judgments.Count(j => j.Grade > 0);
        var found = earned.Count(k => q.Judgments.Any(j => j.Key == k && j.Grade > 0));
        return new QueryScore(q, ideal == 0 ? 0 : dcg / ideal, relevant == 0 ? 0 : (double)found / relevant, firstRelevant == 0 ? 0 : 1.0 / firstRelevant, results.Count);
    }

    private static Judgment? Match(JudgedQuery q, RankedResult r, JudgedUnit unit, HashSet<string> earned)
    {
        if (unit == JudgedUnit.Problem)
        {
            var j = q.Judgments.FirstOrDefault(x => x.Key == r.Key);
            return j is not null && earned.Add(j.Key) ? j : null;
        }
        if (r.Text.Length > MaxMeasureLength)
            return null;
        var text = RelevanceJudgments.Compact(r.Text);
        var hit = q.Judgments.FirstOrDefault(x => !earned.Contains(x.Key) && text.Contains(x.Key, StringComparison.Ordinal));
        if (hit is not null)
            earned.Add(hit.Key);
        return hit;
    }
}
