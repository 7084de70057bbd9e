using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Enrichment.Themes;

/// <summary>Reads gold files (the format of themes_examples.tsv) and scores the tagger's problem themes against them.</summary>
public static class ThemeEvaluation
{
    /// <summary>
    /// Reads lines <c>documentId#label&lt;TAB&gt;theme theme …</c> (themes_examples.tsv) or <c>doc:label&lt;TAB&gt;…</c>
    /// (themes_dev.tsv, where doc is the plan's file-name prefix such as 001); a label <c>@N</c> names the plan's N-th
    /// problem (blind-layouts/themes.tsv, whose notices label problems 问题1 or not at all); a header line <c>problem	themes</c> and #
    /// comments are skipped; throws <see cref="FormatException"/> naming the file and line of anything else, or of an
    /// unknown theme.
    /// </summary>
    public static IReadOnlyList<GoldProblem> ReadGold(IEnumerable<string> lines, string fileName, ThemeTaxonomy taxonomy)
    {
        var gold = new List<GoldProblem>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            // Tabs are kept: a problem labelled with no theme at all is its key and an empty column.
            var line = raw.Trim(' ', '\r', '\n');
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("problem\t", StringComparison.Ordinal))
                continue;
            var columns = line.Split('\t');
            var hash = columns[0].LastIndexOf('#');
            if (hash < 0)
                hash = columns[0].IndexOf(':', StringComparison.Ordinal);
            if (columns.Length != 2 || hash <= 0 || hash == columns[0].Length - 1)
                throw new FormatException($"{fileName} line {number}: expected documentId#label<TAB>themes (or doc:label<TAB>themes), got \"{line}\"");
            var themes = columns[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            if (themes.FirstOrDefault(t => !taxonomy.ById.ContainsKey(t)) is { } unknown)
                throw new FormatException($"{fileName} line {number}: unknown theme '{unknown}'");
            gold.Add(new GoldProblem(columns[0][..hash], columns[0][(hash + 1)..], themes, number));
        }
        return gold;
    }

    /// <summary>Scores <paramref name="plans"/>' problem themes against <paramref name="gold"/>; a gold problem missing from the plans is an error.</summary>
    public static ThemeEvaluationResult Evaluate(IReadOnlyList<GoldProblem> gold, IEnumerable<PlanDocument> plans, ThemeTaxonomy taxonomy)
    {
        // A problem is named by its label as printed, or by its place in the plan (@3) where labels are missing or repeat.
        var problems = plans.SelectMany(p => p.Problems.SelectMany(pr => new[] { (Key: (p.DocumentId, pr.Label), Problem: pr), (Key: (p.DocumentId, "@" + pr.Position), Problem: pr) }))
            .DistinctBy(x => x.Key)
            .ToDictionary(x => x.Key, x => x.Problem);
        var compared = gold.Select(g => problems.TryGetValue((g.DocumentId, g.Label), out var p)
                ? new ThemeComparison(g, p.Themes.Select(t => t.ThemeId).ToList())
                : throw new InvalidOperationException($"gold line {g.Line}: plan {g.DocumentId} has no problem {g.Label}"))
            .ToList();
        var perTheme = taxonomy.Themes.Select(t => new ThemeScore(t.Id,
                compared.Count(c => c.Gold.Themes.Contains(t.Id) && c.Predicted.Contains(t.Id)),
                compared.Count(c => !c.Gold.Themes.Contains(t.Id) && c.Predicted.Contains(t.Id)),
                compared.Count(c => c.Gold.Themes.Contains(t.Id) && !c.Predicted.Contains(t.Id))))
            .ToList();
        var micro = new ThemeScore("micro", perTheme.Sum(s => s.TruePositives), perTheme.Sum(s => s.FalsePositives), perTheme.Sum(s => s.FalseNegatives));
        return new ThemeEvaluationResult(perTheme, micro, compared);
    }

    /// <summary>
    /// Leave one plan out: for each labelled plan, <see cref="ThemeTagger.MinMeasureShare"/> is fitted on the other plans'
    /// labels (the grid value with the best micro F1; among equals the largest, the one asking most evidence) and the
    /// held-out plan is scored with it. The rules themselves were written against 000 and 004 (the examples): their
    /// score on any other plan is held out for the rules too. Also returns the fit on every plan and its score there
    /// (the training score).
    /// </summary>
    public static ThemeCrossValidation CrossValidate(IReadOnlyList<GoldProblem> gold, IReadOnlyList<PlanDocument> plans, ThemeTaxonomy taxonomy)
    {
        var documents = gold.Select(g => g.DocumentId).Distinct().ToList();
        var folds = new List<ThemeFold>();
        foreach (var held in documents)
        {
            var share = Fit(gold.Where(g => g.DocumentId != held).ToList(), plans, taxonomy);
            var tagger = new ThemeTagger(taxonomy) { MinMeasureShare = share };
            var score = Evaluate(gold.Where(g => g.DocumentId == held).ToList(), plans.Where(p => p.DocumentId == held).Select(tagger.Tag), taxonomy).Micro;
            folds.Add(new ThemeFold(held, share, score));
        }
        var pooled = new ThemeScore("cross-validated", folds.Sum(f => f.Score.TruePositives), folds.Sum(f => f.Score.FalsePositives), folds.Sum(f => f.Score.FalseNegatives));
        var all = Fit(gold, plans, taxonomy);
        var training = Evaluate(gold, plans.Select(new ThemeTagger(taxonomy) { MinMeasureShare = all }.Tag), taxonomy).Micro;
        return new ThemeCrossValidation(folds, pooled, all, training);
    }

    private static double Fit(IReadOnlyList<GoldProblem> gold, IReadOnlyList<PlanDocument> plans, ThemeTaxonomy taxonomy)
    {
        var labelled = gold.Select(g => g.DocumentId).ToHashSet(StringComparer.Ordinal);
        var train = plans.Where(p => labelled.Contains(p.DocumentId)).ToList();
        return ThemeTagger.MeasureShareGrid
            .Select(v => (Value: v, F1: Evaluate(gold, train.Select(new ThemeTagger(taxonomy) { MinMeasureShare = v }.Tag), taxonomy).Micro.F1))
            .OrderByDescending(x => Math.Round(x.F1, 9)).ThenByDescending(x => x.Value).First().Value;
    }
}

/// <summary>One held-out plan: the share fitted on the others, and the score on it.</summary>
public sealed record ThemeFold(string DocumentId, double MinMeasureShare, ThemeScore Score);

/// <summary>Leave-one-plan-out figures, pooled, beside the fit on every plan and its (training) score.</summary>
public sealed record ThemeCrossValidation(IReadOnlyList<ThemeFold> Folds, ThemeScore Pooled, double FittedOnAll, ThemeScore Training);
