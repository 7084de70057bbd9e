using System.Globalization;

namespace Rectify.Search.Core.Reporting;

/// <summary>What a judged query expects: problems by document prefix and label, or measures by a snippet of their text.</summary>
public enum JudgedUnit
{
    Problem,
    Measure,
}

/// <summary>One judged item: a problem key (<c>000:二</c>) or a measure snippet, with its grade (2 highly relevant, 1 partly).</summary>
public sealed record Judgment(string Key, int Grade);

/// <summary>A judged query with the line it stands on.</summary>
public sealed record JudgedQuery(string Query, IReadOnlyList<Judgment> Judgments, int Line);

/// <summary>
/// Reads relevance judgment files in the formats of the project's evaluation sets: problems as
/// <c>query&lt;TAB&gt;doc:label=grade …</c>, measures as <c>query&lt;TAB&gt;snippet=grade | snippet=grade …</c>.
/// Lines starting with # are comments; a line the reader cannot read fails naming the file and line.
/// </summary>
public static class RelevanceJudgments
{
    public static IReadOnlyList<JudgedQuery> Read(IEnumerable<string> lines, string fileName, JudgedUnit unit)
    {
        var result = new List<JudgedQuery>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            if (raw.Trim().Length == 0 || raw.TrimStart().StartsWith('#'))
                continue;
            var tab = raw.IndexOf('\t');
            if (tab <= 0)
                throw new FormatException($"{fileName} line {number}: expected a query, a tab and its judgments");
            var query = raw[..tab].Trim();
            var items = unit == JudgedUnit.Problem
                ? raw[(tab + 1)..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
                : raw[(tab + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var judgments = new List<Judgment>();
            foreach (var item in items)
            {
                var eq = item.LastIndexOf('=');
                if (eq <= 0 || !int.TryParse(item[(eq + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var grade) || grade is < 0 or > 3)
                    throw new FormatException($"{fileName} line {number}: \"{item}\" is not key=grade with a grade 0–3");
                var key = item[..eq].Trim();
                if (unit == JudgedUnit.Problem && !key.Contains(':'))
                    throw new FormatException($"{fileName} line {number}: \"{key}\" is not doc:label");
                judgments.Add(new Judgment(unit == JudgedUnit.Measure ? Compact(key) : key, grade));
            }
            if (judgments.Count == 0)
                throw new FormatException($"{fileName} line {number}: the query has no judgments");
            result.Add(new JudgedQuery(query, judgments, number));
        }
        return result;
    }

    /// <summary>Text without white space, as measure snippets are matched.</summary>
    public static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

/// <summary>One returned result as the scorer sees it: a problem key (<c>000:二</c>) or a measure's text.</summary>
public sealed record RankedResult(string Key, string Text);

/// <summary>A query's scores.</summary>
public sealed record QueryScore(JudgedQuery Query, double Ndcg, double Recall, double ReciprocalRank, int Returned);

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
