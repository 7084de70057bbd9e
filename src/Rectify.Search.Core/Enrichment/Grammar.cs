using Rectify.Search.Core.Model;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Enrichment;

/// <summary>
/// The words deadlines and targets are read by (<c>Data/grammar/grammar.txt</c>): immediacy and continuity words of
/// deadlines, comparator verbs of targets and which of them name a change or are too weak alone, and the names
/// of five-year plan periods (十四五).
/// </summary>
public sealed class Grammar
{
    private static readonly Lazy<Grammar> Shared = new(() => Parse(EmbeddedText.Lines("grammar/grammar.txt").ToList(), "grammar.txt"));


    /// <summary>The shipped grammar.</summary>
    public static Grammar Default => Shared.Value;

    public string Version { get; }
    public IReadOnlyList<string> ImmediateWords { get; }
    public IReadOnlyList<string> OngoingWords { get; }

    /// <summary>Comparator verbs and what they make of the number after them, in the file's order.</summary>
    public IReadOnlyList<(string Verb, Comparator Cmp)> ComparatorVerbs { get; }
    public IReadOnlySet<string> ChangeVerbs { get; }
    public IReadOnlySet<string> WeakVerbs { get; }

    /// <summary>Verbs of doing that a count target counts (新建 1座, 关闭…3眼, 7个…复核), longest first.</summary>
    public IReadOnlyList<string> CountVerbs { get; }

    /// <summary>Words between a metric and its number that belong to neither (约, 近, 共, 仅), longest first.</summary>
    public IReadOnlyList<string> Modifiers { get; }

    /// <summary>Words a metric or a counted noun does not start with (目前, 所有, 完成 …).</summary>
    public IReadOnlyList<string> LeadingWords { get; }

    /// <summary>Words a counted noun stops before: how a thing is done (进行全面复核), not what.</summary>
    public IReadOnlyList<string> NounStops { get; }

    /// <summary>Nouns that say where or which list, not what is counted (范围, 清单).</summary>
    public IReadOnlyList<string> NotCounted { get; }

    /// <summary>Words of a measured quantity: a noun holding one is measured, not counted (4个城市…浓度).</summary>
    public IReadOnlyList<string> MeasuredWords { get; }

    /// <summary>Five-year plan periods by name, in the file's order.</summary>
    public IReadOnlyList<PlanningPeriod> Periods { get; }

    private Grammar(string version, List<string> immediate, List<string> ongoing, List<(string, Comparator)> verbs, HashSet<string> change, HashSet<string> weak, List<PlanningPeriod> periods, List<string> count, List<string> modifiers,
        IReadOnlyDictionary<string, List<string>> nounWords)
    {
        LeadingWords = nounWords["leading"];
        NounStops = nounWords["noun-stop"];
        NotCounted = nounWords["not-counted"];
        MeasuredWords = nounWords["measured"];
        Modifiers = modifiers.Distinct().OrderByDescending(v => v.Length).ToList();
        CountVerbs = count.Distinct().OrderByDescending(v => v.Length).ToList();
        Version = version;
        ImmediateWords = immediate;
        OngoingWords = ongoing;
        ComparatorVerbs = verbs;
        ChangeVerbs = change;
        WeakVerbs = weak;
        Periods = periods;
    }

    /// <summary>Reads a grammar file; a line it cannot read fails naming the file and the line.</summary>
    public static Grammar Parse(IReadOnlyList<string> lines, string fileName)
    {
        var version = DataLines.VersionOf(lines, fileName);
        List<string> immediate = [], ongoing = [];
        List<(string, Comparator)> verbs = [];
        HashSet<string> change = [], weak = [];
        List<PlanningPeriod> periods = [];
        List<string> count = [], modifiers = [];
        var nounWords = new[] { "leading", "noun-stop", "not-counted", "measured" }.ToDictionary(k => k, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var (number, kind, words) in DataLines.Kinds(lines, fileName))
        {
            switch (kind)
            {
                case "immediate": immediate.AddRange(words); break;
                case "ongoing": ongoing.AddRange(words); break;
                case "change": change.UnionWith(words); break;
                case "weak": weak.UnionWith(words); break;
                case "count": count.AddRange(words); break;
                case "modifier": modifiers.AddRange(words); break;
                case "leading" or "noun-stop" or "not-counted" or "measured": nounWords[kind].AddRange(words); break;
                case "period":
                    var years = words.Length == 2 ? words[1].Split('-') : [];
                    if (years.Length != 2 || !int.TryParse(years[0], out var first) || !int.TryParse(years[1], out var last) || first > last)
                        throw new FormatException($"{fileName} line {number}: expected 'period', a tab, a name and its years (period\t十四五 2021-2025)");
                    periods.Add(new PlanningPeriod(words[0], first, last));
                    break;
                default:
                    if (!kind.StartsWith("cmp ", StringComparison.Ordinal) || Comparators.Parse(kind[4..].Trim()) is not { } cmp)
                        throw new FormatException($"{fileName} line {number}: unknown kind '{kind}' (immediate, ongoing, cmp >=|>|<=|<|=, change, weak, count, modifier, leading, noun-stop, not-counted, measured, period)");
                    verbs.AddRange(words.Select(w => (w, cmp)));
                    break;
            }
        }
        return new Grammar(version, immediate, ongoing, verbs, change, weak, periods, count, modifiers, nounWords);
    }
}
