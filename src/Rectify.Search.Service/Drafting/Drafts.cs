using Rectify.Search.Core.Drafting;
using Rectify.Search.Core.Enrichment.Themes;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Regions;
using Rectify.Search.Indexing.Similarity;
using Rectify.Search.Service.Ingestion;
using Rectify.Search.Service.Knowledge;

namespace Rectify.Search.Service.Drafting;

/// <summary>
/// Drafting a plan from an inspection's feedback: its problems found (<see cref="FeedbackProblems"/>), precedents for
/// each from other regions (the hybrid precedent ranking, problems), and a first draft composed from the top precedent
/// of every problem, adapted to the drafter's region (<see cref="DraftAdaptation"/>), every item cited.
/// </summary>
public static class Drafts
{
    /// <summary>How many precedents a problem lists by default.</summary>
    public const int DefaultPrecedents = 5;

    /// <summary>
    /// The problems of a feedback document's bytes, read as any plan file is (the format told from the bytes); a name
    /// claiming another format than the bytes have is refused, as an upload's is.
    /// </summary>
    /// <exception cref="Core.Ingestion.PlanReadException">The bytes cannot be read, or are not what the name says.</exception>
    public static IReadOnlyList<FeedbackProblem> ReadFeedback(string fileName, byte[] bytes)
    {
        if (Core.Ingestion.FormatSniffer.Mismatch(fileName, Core.Ingestion.FormatSniffer.Detect(bytes)) is { } mismatch)
            throw new Core.Ingestion.PlanReadException(fileName, mismatch);
        return FeedbackProblems.Of(PlanFileReader.Parse(fileName, bytes));
    }

    /// <summary>The problems of pasted feedback text.</summary>
    public static IReadOnlyList<FeedbackProblem> ReadFeedback(string text) =>
        ReadFeedback("feedback.txt", System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// The region a drafter names: a division's full name (保靖县), its name after its province or city (湖南省保靖县), or
    /// its code (433125); null with the reason when none or several match.
    /// </summary>
    public static (Region? Region, string? Error) FindRegion(string name)
    {
        var g = Gazetteer.Default;
        name = name.Trim();
        if (name.Length == 6 && name.All(char.IsAsciiDigit))
        {
            var byCode = g.ByCode(name) ?? g.ByCode(name.TrimEnd('0') is { Length: >= 2 } t ? t.PadRight(t.Length % 2 == 0 ? t.Length : t.Length + 1, '0') : name);
            return byCode is null ? (null, $"no division has the code {name}") : (RegionResolver.ToRegion(g, byCode), null);
        }
        for (var start = 0; start < name.Length - 1; start++)
        {
            var candidates = g.ByName(name[start..]).Where(d => d.Full).Select(d => d.Division).ToList();
            if (candidates.Count == 0)
                continue;
            // The words before the name (湖南省, 湘西州) choose among divisions of the same name.
            var before = name[..start];
            var chosen = before.Length == 0 ? candidates : candidates.Where(d => Ancestors(g, d).Any(a => before.Contains(a.Name, StringComparison.Ordinal) || g.ByName(before).Any(b => b.Division.Code == a.Code))).ToList();
            if (chosen.Count == 1)
                return (RegionResolver.ToRegion(g, chosen[0]), null);
            if (chosen.Count > 1)
                return (null, $"{name} names {chosen.Count} divisions ({string.Join("、", chosen.Take(5).Select(d => string.Concat(Ancestors(g, d).Reverse().Select(a => a.Name)) + d.Name))}): add its province or city");
        }
        return (null, $"no province, city or county is named {name}");
    }

    private static IEnumerable<Division> Ancestors(Gazetteer g, Division d)
    {
        for (var p = g.ParentOf(d); p is not null; p = g.ParentOf(p))
            yield return p;
    }

    /// <summary>The title a draft gets when the drafter gives none: the region's name and 生态环境保护督察反馈问题整改方案.</summary>
    public static string DefaultTitle(Region? region) =>
        $"{(region is null ? "" : DraftAdaptation.LocalName(region))}生态环境保护督察反馈问题整改方案";

    /// <summary>A new draft of <paramref name="problems"/>, each with its themes; composed from the top precedents when <paramref name="auto"/>.</summary>
    public static Draft Create(this KnowledgeBase kb, string title, IReadOnlyList<FeedbackProblem> problems, Region? region, int year, bool auto, PrecedentFilter? filter = null)
    {
        var now = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var draftProblems = problems.Select(p => DraftProblem.Bare(p.Label, p.Text, Themes(p.Text))).ToList();
        var draft = new Draft(NewId(), title, region, year, draftProblems, now, now);
        return auto ? kb.ComposeAll(draft, filter) : draft;
    }

    /// <summary>Every problem of <paramref name="draft"/> composed from its top precedent (a problem with none stays as it is).</summary>
    public static Draft ComposeAll(this KnowledgeBase kb, Draft draft, PrecedentFilter? filter = null) =>
        draft with
        {
            Problems = draft.Problems.Select(p => kb.Precedents(p.Text, draft.Region, 1, filter).FirstOrDefault() is { } top ? Compose(p, top, draft.Region, draft.Year) : p).ToList(),
        };

    /// <summary>
    /// The precedents of a problem's text: problems of other plans ranked by the hybrid precedent ranking, from other
    /// provinces than the drafter's (all when the draft has no region), narrowed by <paramref name="filter"/>.
    /// </summary>
    public static IReadOnlyList<DraftPrecedent> Precedents(this KnowledgeBase kb, string text, Region? region, int k = DefaultPrecedents, PrecedentFilter? filter = null)
    {
        filter ??= PrecedentFilter.None;
        var narrowed = filter != PrecedentFilter.None;
        var scope = region is null ? SimilarScope.All : SimilarScope.OtherProvinces;
        var result = kb.Similar.ForText(text, narrowed ? Math.Max(k * 10, 50) : k, scope, region?.Province, SimilarUnit.Problem);
        var precedents = new List<DraftPrecedent>();
        foreach (var hit in result.Hits)
        {
            if (kb.Problem(hit.Id) is not var (plan, problem) || !filter.Admits(plan, problem))
                continue;
            precedents.Add(new DraftPrecedent(Math.Round(hit.Score, 3), plan, problem, hit.SharedTerms));
            if (precedents.Count == k)
                break;
        }
        return precedents;
    }

    /// <summary>
    /// <paramref name="problem"/> composed from <paramref name="precedent"/>: its target, deadline (moved to
    /// <paramref name="year"/>), lead units (its responsible units when it names no lead) and support units, mapped to
    /// <paramref name="region"/>, and its measures, place names marked; each item cites the precedent.
    /// </summary>
    public static DraftProblem Compose(DraftProblem problem, DraftPrecedent precedent, Region? region, int year)
    {
        var a = DraftAdaptation.Default;
        var p = precedent.Problem;
        var theirs = precedent.Plan.Metadata.Region;
        var cite = precedent.Cite();
        var lead = p.Fields.LeadUnits.Count > 0 ? p.Fields.LeadUnits : p.Fields.ResponsibleUnits;
        return problem with
        {
            Target = p.Fields.Target is { Length: > 0 } target ? a.Text(target, cite, theirs, region) : null,
            Deadline = a.Deadline(p.Deadline, precedent.Plan.Metadata.Year, year, cite),
            LeadUnits = Units(lead, a, cite, theirs, region),
            SupportUnits = Units(p.Fields.SupportUnits, a, cite, theirs, region),
            Measures = p.Measures.Select(m => a.Text(m.Text, precedent.Cite(m), theirs, region)).ToList(),
        };
    }

    /// <summary>Units mapped to the drafter's region, each once (市生态环境局 and 县生态环境局 may both become 保靖县生态环境局).</summary>
    private static List<DraftItem> Units(IReadOnlyList<string> units, DraftAdaptation a, Citation cite, Region? theirs, Region? region) =>
        units.Select(u => a.Unit(u, cite, theirs, region)).DistinctBy(u => u.Text, StringComparer.Ordinal).ToList();

    /// <summary>The themes of a draft's problem: the tagger's reading of its text.</summary>
    public static IReadOnlyList<string> Themes(string text) => ThemeTagger.Default.TagText(text).Select(t => t.ThemeId).ToList();

    /// <summary>d_ and 12 hex digits.</summary>
    private static string NewId() => "d_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6));
}
