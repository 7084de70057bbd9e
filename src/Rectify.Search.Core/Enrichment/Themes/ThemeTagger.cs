using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Enrichment.Themes;

/// <summary>
/// Tags problems and measures with the themes of a <see cref="ThemeTaxonomy"/>. A problem is read in four fields —
/// its first sentence (title), the rest of its finding (text), its target and its measures — and each theme's rules
/// add weight × the field's factor; a theme whose score reaches its threshold is a tag, strongest first. Each measure
/// is also tagged on its own text, so a measure that answers another theme than its problem's says so. Every tag
/// carries the matches that made it.
/// </summary>
public sealed class ThemeTagger(ThemeTaxonomy taxonomy)
{
    /// <summary>What a match counts where the text only mentions it (a title 《…》, an example, a view reported).</summary>
    public const double MentionFactor = 0.2;

    /// <summary>What a phrase adds, as a share of its weight, for each further field it appears in.</summary>
    public const double FurtherFieldShare = 0.25;

    /// <summary>
    /// At most this share of a theme's threshold may come from phrases found only in a problem's measures: measures
    /// corroborate a problem's themes but do not make them (an awareness problem's measures name every campaign);
    /// a measure about another theme carries that theme itself.
    /// </summary>
    public const double MeasuresOnlyShare = 0.5;

    /// <summary>
    /// The share of a problem's measures that must act on a secondary theme the finding names outside its first
    /// sentence and target. Fitted on labelled problems: <c>rectify eval themes</c> fits it on some plans and scores it
    /// on the others (<see cref="ThemeEvaluation.CrossValidate"/>); this default is the fit on every labelled plan.
    /// </summary>
    public double MinMeasureShare { get; init; } = DefaultMinMeasureShare;

    public const double DefaultMinMeasureShare = 0.25;

    /// <summary>The values <see cref="MinMeasureShare"/> is fitted among.</summary>
    public static readonly IReadOnlyList<double> MeasureShareGrid = [0, 0.1, 0.2, 0.25, 0.3, 0.34, 0.4, 0.5, 0.67, 1];

    private static readonly Lazy<ThemeTagger> Shared = new(() => new ThemeTagger(ThemeTaxonomy.Default));

    /// <summary>The tagger over the shipped taxonomy.</summary>
    public static ThemeTagger Default => Shared.Value;

    public ThemeTaxonomy Taxonomy => taxonomy;

    /// <summary>Field factors for a problem's fields.</summary>
    private static readonly IReadOnlyDictionary<ThemeField, double> ProblemFactors = new Dictionary<ThemeField, double>
    {
        [ThemeField.Title] = 2, [ThemeField.Text] = 1, [ThemeField.Target] = 1.5, [ThemeField.Measures] = 0.5,
    };

    /// <summary>The plan with every problem and measure tagged.</summary>
    public PlanDocument Tag(PlanDocument plan)
    {
        var ofPlan = OfPlan(plan.Metadata.Title);
        return plan with { Problems = plan.Problems.Select(p => WithPlanThemes(Tag(p), ofPlan)).ToList() };
    }

    /// <summary>The themes a plan's title gives every problem it lists (<see cref="Theme.OfPlan"/>), each with its match.</summary>
    public IReadOnlyList<ThemeTag> OfPlan(string? title)
    {
        var text = ThemeText.Of(title ?? "").Folded;
        return text.Length == 0 ? [] : taxonomy.Themes.Where(t => t.OfPlan is not null).Select(t => (Theme: t, Match: t.OfPlan!.Match(text)))
            .Where(x => x.Match.Success)
            .Select(x => new ThemeTag(x.Theme.Id, x.Theme.Threshold, [new ThemeMatch(x.Theme.OfPlan!.ToString(), "plan", null, x.Theme.Threshold, x.Theme.Threshold, text)]))
            .ToList();
    }

    private static Problem WithPlanThemes(Problem problem, IReadOnlyList<ThemeTag> ofPlan) =>
        ofPlan.Count == 0 || ofPlan.All(t => problem.Themes.Any(h => h.ThemeId == t.ThemeId)) ? problem
            : problem with { Themes = problem.Themes.Concat(ofPlan.Where(t => problem.Themes.All(h => h.ThemeId != t.ThemeId))).ToList() };

    /// <summary>The problem with its themes, and its measures with theirs.</summary>
    public Problem Tag(Problem problem)
    {
        Diagnostics.ParserProbe.Note("themes");
        var rest = problem.Text.StartsWith(problem.Title, StringComparison.Ordinal) ? problem.Text[problem.Title.Length..] : problem.Text;
        var fields = new List<FieldText>
        {
            new(ThemeField.Title, "title", null, ThemeText.Of(problem.Title), ProblemFactors[ThemeField.Title]),
            new(ThemeField.Text, "text", null, ThemeText.Of(rest), ProblemFactors[ThemeField.Text]),
            new(ThemeField.Target, "target", null, ThemeText.Of(problem.Fields.Target ?? ""), ProblemFactors[ThemeField.Target]),
        };
        fields.AddRange(problem.Measures.Select(m => new FieldText(ThemeField.Measures, "measures", m.Position, ThemeText.Of(m.Text), ProblemFactors[ThemeField.Measures])));
        var measures = problem.Measures.Select(m => m with { Themes = TagText(m.Text, m.Position) }).ToList();
        // The themes enough of the measures act on: a measure restating the finding's list among five does not make one.
        var actedOn = measures.SelectMany(m => m.Themes.Select(t => t.ThemeId).Distinct()).GroupBy(t => t, StringComparer.Ordinal)
            .Where(g => g.Count() >= MinMeasureShare * measures.Count).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var themes = Secondary(Score(fields, out var evidence), evidence, actedOn);
        themes = WithOwnThemes(themes, problem.Fields.Target, measures.SelectMany(m => ActionsOf(m)).ToList());
        return problem with { Themes = WithAccountThemes(themes, problem.Fields.Progress), Measures = measures };
    }

    /// <summary>
    /// The labelling convention (spec/THEMES.md): a problem carries every theme its finding, its target or any one of its
    /// measures is substantially about. After the themes of the problem read whole come those its target and each of
    /// its measures reach on their own text (each kept with the matches that made it, in that field), except the themes
    /// a problem's own finding must give (<see cref="Theme.ProblemOnly"/>). Each action of a measure (<see cref="ActionsOf"/>)
    /// gives its first theme when it has one or two, both when one of its two is an action taken alongside the other
    /// (严厉打击非法开采: case handling and mining, whichever scores higher), and any aspect it names.
    /// </summary>
    private List<ThemeTag> WithOwnThemes(List<ThemeTag> themes, string? target, IReadOnlyList<IReadOnlyList<ThemeTag>> actions)
    {
        var have = themes.Select(t => t.ThemeId).ToHashSet(StringComparer.Ordinal);
        var own = (string.IsNullOrWhiteSpace(target) ? [] : TagText(target).Select(t => t with { Matches = t.Matches.Select(m => m with { Field = "target" }).ToList() }))
            .Concat(actions.Where(a => a.Count < 3).SelectMany(a => a.Take(1)))
            .Concat(actions.Where(a => a.Count == 2 && a.Any(t => taxonomy.ById[t.ThemeId].Alongside)).SelectMany(a => a))
            .Concat(actions.SelectMany(a => a.Where(t => taxonomy.ById[t.ThemeId].Aspect)));
        foreach (var tag in own)
        {
            if (!taxonomy.ById[tag.ThemeId].ProblemOnly && have.Add(tag.ThemeId))
                themes.Add(tag);
        }
        return themes;
    }

    /// <summary>
    /// The themes of each action a measure tells: a measure written as several actions parted by semicolons (a table's
    /// cell: 全面淘汰燃煤锅炉；推进“煤改电”“煤改气”；加强执法检查) is as many measures, each tagged on its own words; any
    /// other measure is one action, with the themes it was tagged with.
    /// </summary>
    private IEnumerable<IReadOnlyList<ThemeTag>> ActionsOf(Measure measure)
    {
        var parts = ThemeText.Actions(measure.Text);
        return parts.Count < 2 ? [measure.Themes] : parts.Select(p => TagText(p, measure.Position));
    }

    /// <summary>
    /// A notice's account of what was done (整改情况: 已检查企业46家，立案查处3家) is its measures: the actions taken alongside
    /// the problem's subject that it tells (<see cref="Theme.Alongside"/>: case handling) are themes of the problem, kept
    /// with their matches in the field "progress". Only those: the account's subjects repeat the finding's, and a figure
    /// it reports (空气质量优良率) is no subject of its own. On the blind layouts, where notices tell 立案查处 in their
    /// accounts, it took 0.930 to 0.932 (P 0.922 → 0.912, R 0.938 → 0.953) on the labels as first written.
    /// </summary>
    private List<ThemeTag> WithAccountThemes(List<ThemeTag> themes, string? account)
    {
        if (string.IsNullOrWhiteSpace(account))
            return themes;
        foreach (var tag in TagText(account).Where(t => taxonomy.ById[t.ThemeId].Alongside))
        {
            if (themes.All(t => t.ThemeId != tag.ThemeId))
                themes.Add(tag with { Matches = tag.Matches.Select(m => m with { Field = "progress" }).ToList() });
        }
        return themes;
    }

    /// <summary>
    /// The primary theme and the secondary themes the problem is about rather than mentions: a secondary theme needs
    /// evidence where a plan states what a problem is — its first sentence or its target — or a measure acting on it (a
    /// measure tagged with it on its own text; a word of it among a measure's words is not enough), by at least
    /// <see cref="MinMeasureShare"/> of the measures. One named only in
    /// the rest of the finding is a failing listed in passing: an awareness problem that lists sewage, tailings and
    /// heavy metals among its failings is not a sewage problem.
    /// </summary>
    private List<ThemeTag> Secondary(IReadOnlyList<ThemeTag> tags, IReadOnlyDictionary<string, ThemeField> evidence, IReadOnlySet<string> actedOn) =>
        tags.Where((t, i) => i == 0 || (evidence[t.ThemeId] & (ThemeField.Title | ThemeField.Target)) != 0 || actedOn.Contains(t.ThemeId)
            || (taxonomy.ById[t.ThemeId].Aspect && (evidence[t.ThemeId] & ThemeField.Text) != 0)).ToList();

    /// <summary>
    /// The themes a target counts under: of its problem's themes, those its own words are about — the themes its
    /// clause is tagged with on its own, or when it has none the measure it stands in (化学农药使用量实现零增长 is pesticide
    /// reduction, 测土配方施肥技术覆盖率 fertilizer reduction, though both stand in one problem), else those a word of the
    /// clause belongs to, else all of them — and the themes its own words are about besides (车行道机扫率, in a dust
    /// measure of an air-quality problem, is dust as well). A comparison on a theme lists a target only under these.
    /// </summary>
    public IReadOnlyList<string> TargetThemes(Target target, Problem problem)
    {
        var ofProblem = problem.Themes.Select(t => t.ThemeId).ToList();
        // The clause scored once: the themes with any word in it, of which those reaching their threshold are its tags.
        var candidates = Candidates(target.Text);
        // What the target's own words are about: its clause on its own, else the measure it stands in.
        var own = candidates.Where(t => Reaches(taxonomy.ById[t.ThemeId], t.Score)).Select(t => t.ThemeId).ToList();
        if (own.Count == 0 && target.MeasurePosition is { } at && problem.Measures.FirstOrDefault(m => m.Position == at) is { } measure)
            own = measure.Themes.Select(t => t.ThemeId).ToList();
        var within = own.Where(ofProblem.Contains).ToList();
        if (within.Count == 0)
            within = candidates.Select(t => t.ThemeId).Where(ofProblem.Contains).ToList();
        return (within.Count > 0 ? within : ofProblem).Concat(own).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The themes of a text on its own (a measure, or a drafted text), read as one field at full weight.</summary>
    public IReadOnlyList<ThemeTag> TagText(string text, int? measurePosition = null) =>
        Score([new FieldText(ThemeField.Measures, "measure", measurePosition, ThemeText.Of(text), 1)], out _);

    /// <summary>
    /// Every theme with a match in <paramref name="text"/>, read as <see cref="TagText"/> does, whether or not it reached
    /// its threshold: why a theme was, or was not, given.
    /// </summary>
    public IReadOnlyList<ThemeTag> Candidates(string text) =>
        Score([new FieldText(ThemeField.Measures, "measure", null, ThemeText.Of(text), 1)], out _, all: true);

    private sealed record FieldText(ThemeField Field, string Name, int? Measure, ThemeText Text, double Factor);

    private sealed record Hit(ThemeRule Rule, FieldText Field, int Start, int End, double Contribution, string Context);

    /// <param name="evidence">The fields each tagged theme was found in, by theme id.</param>
    private IReadOnlyList<ThemeTag> Score(IReadOnlyList<FieldText> fields, out IReadOnlyDictionary<string, ThemeField> evidence, bool all = false)
    {
        var tags = new List<(ThemeTag Tag, int Order)>();
        var fieldsOf = new Dictionary<string, ThemeField>(StringComparer.Ordinal);
        evidence = fieldsOf;
        for (var order = 0; order < taxonomy.Themes.Count; order++)
        {
            var theme = taxonomy.Themes[order];
            var hits = fields.SelectMany(f => Hits(theme, f)).ToList();
            var matches = new List<ThemeMatch>();
            double score = 0, measuresOnly = 0;
            foreach (var byRule in hits.GroupBy(h => h.Rule))
            {
                // A rule counts once, at its best field, plus a share of its weight for each further field.
                var best = byRule.MaxBy(h => h.Contribution)!;
                var found = byRule.Select(h => h.Field.Field).Distinct().ToList();
                var contribution = best.Contribution + FurtherFieldShare * byRule.Key.Weight * (found.Count - 1);
                if (found is [ThemeField.Measures] && fields.Any(f => f.Field != ThemeField.Measures))
                    measuresOnly += contribution;
                else
                    score += contribution;
                matches.Add(new ThemeMatch(byRule.Key.Phrase, best.Field.Name, best.Field.Measure, byRule.Key.Weight, Math.Round(contribution, 2), best.Context));
            }
            score = Math.Round(score + Math.Min(measuresOnly, MeasuresOnlyShare * theme.Threshold), 2);
            if (matches.Count > 0 && (all || Reaches(theme, score) && matches.Any(m => m.Weight >= 2)))
            {
                fieldsOf[theme.Id] = hits.Aggregate(ThemeField.None, (f, h) => f | h.Field.Field);
                tags.Add((new ThemeTag(theme.Id, score, matches.OrderByDescending(m => m.Contribution).ThenBy(m => m.Phrase, StringComparer.Ordinal).ToList()), order));
            }
        }
        return tags.OrderByDescending(t => t.Tag.Score).ThenBy(t => t.Order).Select(t => t.Tag).ToList();
    }

    /// <summary>Whether a score makes a tag of its theme.</summary>
    private static bool Reaches(Theme theme, double score) => score >= theme.Threshold;

    /// <summary>The theme's matches in one field: overlapping matches count once (the longer), excluded clauses not at all.</summary>
    private static IEnumerable<Hit> Hits(Theme theme, FieldText field)
    {
        var text = field.Text.Folded;
        if (text.Length == 0 || theme.FieldExclusions.Any(x => text.Contains(x, StringComparison.Ordinal)))
            yield break;
        var candidates = new List<(ThemeRule Rule, int Start, int End)>();
        foreach (var rule in theme.Rules)
        {
            if ((rule.Fields & field.Field) == 0)
                continue;
            if (rule.Pattern is { } pattern)
            {
                foreach (System.Text.RegularExpressions.Match m in pattern.Matches(text))
                {
                    if (m.Length > 0)
                        candidates.Add((rule, m.Index, m.Index + m.Length));
                }
                continue;
            }
            for (var at = text.IndexOf(rule.Phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(rule.Phrase, at + 1, StringComparison.Ordinal))
                candidates.Add((rule, at, at + rule.Phrase.Length));
        }
        var taken = new bool[text.Length];
        foreach (var (rule, start, end) in candidates.OrderByDescending(c => c.End - c.Start).ThenByDescending(c => c.Rule.Weight).ThenBy(c => c.Start))
        {
            if (Enumerable.Range(start, end - start).Any(i => taken[i]))
                continue;
            var clause = field.Text.ClauseAt(start);
            if (theme.Exclusions.Any(x => clause.Contains(x, StringComparison.Ordinal)))
                continue;
            for (var i = start; i < end; i++)
                taken[i] = true;
            var factor = field.Factor * (field.Text.IsMentionOnly(start) ? MentionFactor : 1);
            yield return new Hit(rule, field, start, end, rule.Weight * factor, clause);
        }
    }
}
