using System.Globalization;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Enrichment.Targets;

/// <summary>A target a careful reader lists: where it stands, a word its metric must hold, and its value.</summary>
/// <param name="File">The document, as the gold file names it (a path relative to the gold file's root).</param>
/// <param name="Problem">The problem's label as printed; empty for a document's only, unlabelled problem.</param>
/// <param name="Source"><c>target</c> (整改目标) or <c>measureN</c>.</param>
/// <param name="Metric">A word the extracted metric must hold (收集率): naming is a judgement, the thing measured is not.</param>
/// <param name="Due">The year or month it is due (2025, 2025-12); null where the reader did not judge it.</param>
public sealed record GoldTarget(string File, string Problem, string Source, string Metric, Comparator Cmp, double Value, string Unit, string? Due, int Line);

/// <summary>One gold target and what the extractor made of it (null: missed).</summary>
public sealed record TargetMatch(GoldTarget Gold, Target? Found)
{
    public bool MetricAgrees => Found is not null && Fold(Found.Metric).Contains(Fold(Gold.Metric), StringComparison.Ordinal);
    public bool? DueAgrees => Found is null || Gold.Due is null ? null : Found.By == Gold.Due;

    private static string Fold(string s) => TextNormalizer.Default.Normalize(s).ToLowerInvariant();
}

/// <summary>A target the extractor read where the reader listed none.</summary>
public sealed record ExtraTarget(string File, string Problem, Target Target);

/// <summary>The extractor against a gold list.</summary>
public sealed record TargetEvaluationResult(IReadOnlyList<TargetMatch> Matches, IReadOnlyList<ExtraTarget> Extras)
{
    public int Found => Matches.Count(m => m.Found is not null);
    public double Recall => Matches.Count == 0 ? 0 : (double)Found / Matches.Count;
    public double Precision => Found + Extras.Count == 0 ? 0 : (double)Found / (Found + Extras.Count);
    public int MetricAgreements => Matches.Count(m => m.MetricAgrees);
    public int DueJudged => Matches.Count(m => m.DueAgrees is not null);
    public int DueAgreements => Matches.Count(m => m.DueAgrees == true);
}

/// <summary>
/// Scores the targets read from documents against the targets a careful reader lists in them. A listed target is found
/// when a target of the same problem and field (the 整改目标 or the same measure) has its comparator, value and unit;
/// whether the metric holds the reader's word and the due date agrees are counted beside. Every target read in a listed
/// document's problems that the reader did not list is an extra: the documents are judged whole.
/// </summary>
public static class TargetEvaluation
{
    /// <summary>
    /// Reads lines <c>file	problem	source	metric	cmp	value	unit	due</c> (# comments skipped; problem <c>-</c> for none;
    /// due may be empty); throws <see cref="FormatException"/> naming the file and line of anything else.
    /// </summary>
    public static IReadOnlyList<GoldTarget> ReadGold(IEnumerable<string> lines, string fileName)
    {
        var gold = new List<GoldTarget>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            if (raw.Trim().Length == 0 || raw.TrimStart()[0] == '#')
                continue;
            var c = raw.Split('\t');
            if (c.Length is < 7 or > 8 || Comparators.Parse(c[4]) is not { } cmp
                || !double.TryParse(c[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || !(c[2] == "target" || (c[2].StartsWith("measure", StringComparison.Ordinal) && int.TryParse(c[2][7..], CultureInfo.InvariantCulture, out _)))
                || c[0].Length == 0 || c[3].Length == 0 || c[6].Length == 0)
                throw new FormatException($"{fileName} line {number}: expected file<TAB>problem<TAB>target|measureN<TAB>metric<TAB>cmp (>= <= = > <)<TAB>value<TAB>unit[<TAB>due], got \"{raw}\"");
            var due = c.Length == 8 && c[7].Trim().Length > 0 ? c[7].Trim() : null;
            gold.Add(new GoldTarget(c[0], c[1] == "-" ? "" : c[1], c[2], c[3], cmp, value, c[6], due, number));
        }
        return gold;
    }

    /// <summary>
    /// Scores the plans read from the gold's files (<paramref name="plans"/>, by the gold's file name); a listed problem
    /// the plan does not have is an error naming the gold line.
    /// </summary>
    public static TargetEvaluationResult Evaluate(IReadOnlyList<GoldTarget> gold, IReadOnlyDictionary<string, PlanDocument> plans)
    {
        var matches = new List<TargetMatch>();
        var extras = new List<ExtraTarget>();
        foreach (var file in gold.GroupBy(g => g.File, StringComparer.Ordinal))
        {
            var plan = plans[file.Key];
            var problems = plan.Problems.ToDictionary(p => p.Label, StringComparer.Ordinal);
            var left = plan.Problems.SelectMany(p => p.Targets.Where(t => t.Kind == TargetKind.Target).Select(t => (Problem: p.Label, Target: t))).ToList();
            foreach (var g in file)
            {
                if (!problems.ContainsKey(g.Problem))
                    throw new InvalidOperationException($"gold line {g.Line}: {g.File} has no problem '{g.Problem}'");
                var at = left.FindIndex(x => x.Problem == g.Problem && SourceOf(x.Target) == g.Source && x.Target.Cmp == g.Cmp
                    && Math.Abs(x.Target.Value - g.Value) < 1e-9 && x.Target.Unit == g.Unit);
                matches.Add(new TargetMatch(g, at < 0 ? null : left[at].Target));
                if (at >= 0)
                    left.RemoveAt(at);
            }
            extras.AddRange(left.Select(x => new ExtraTarget(file.Key, x.Problem, x.Target)));
        }
        return new TargetEvaluationResult(matches, extras);
    }

    /// <summary>The field a target was read from, as the gold file writes it: target, measure3.</summary>
    public static string SourceOf(Target t) => t.Source == "measure" ? "measure" + t.MeasurePosition?.ToString(CultureInfo.InvariantCulture) : t.Source;
}
