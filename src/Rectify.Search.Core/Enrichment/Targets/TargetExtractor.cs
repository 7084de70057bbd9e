using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Enrichment.Targets;

/// <summary>
/// Reads numeric targets from a problem's 整改目标 and measures, and the inspectors' numbers from its finding. A target
/// is a metric, a comparator (以上 ≥, 以内 ≤, 控制在 ≤, 达到 ≥ …), a value with its unit and the date it is due: a date
/// in the sentence, else the problem's deadline. A series (2022年至2025年…分别达到55%、60%、65%、70%) gives one
/// target per year. A number stated as the problem a measure answers (针对…低于100毫克/升问题) is a finding.
/// </summary>
public sealed partial class TargetExtractor(MetricNames names)
{
    private static readonly Lazy<TargetExtractor> Shared = new(() => new TargetExtractor(MetricNames.Default));

    public static TargetExtractor Default => Shared.Value;

    /// <summary>Bumped when readings change; part of the pipeline version stored with each plan.</summary>
    public const string Version = "2";

    /// <summary>Comparator verbs (<c>Data/grammar/grammar.txt</c>): 达到 70% is >= 70.</summary>
    private static IReadOnlyList<(string Verb, Comparator Cmp)> Verbs => Grammar.Default.ComparatorVerbs;

    /// <summary>Verbs that name what is reduced: 农药减量0.8% is the metric 农药减量.</summary>
    private static IReadOnlySet<string> ReductionVerbs => Grammar.Default.ReductionVerbs;

    /// <summary>Verbs too common to make a target alone: the metric must look like one, or the number carry 以上/以内.</summary>
    private static IReadOnlySet<string> WeakVerbs => Grammar.Default.WeakVerbs;

    private const string MetricNouns = "率浓度比例比重占比面积数量总数数量规模能力产量长度里程个数";

    /// <summary>Targets of the 整改目标 and the measures, findings of the problem's text.</summary>
    public IReadOnlyList<Target> Extract(Problem problem)
    {
        Diagnostics.ParserProbe.Note("targets");
        var due = DeadlineParser.Parse(problem.Fields.DeadlineRaw, problem.Fields.StatusNote).Date?[..7];
        var found = new List<Target>();
        if (problem.Fields.Target is { } target)
            found.AddRange(FromText(target, "target", TargetKind.Target, due, null));
        foreach (var m in problem.Measures)
            found.AddRange(FromText(m.Text, "measure", TargetKind.Target, due, m.Position));
        found.AddRange(FromText(problem.Text, "text", TargetKind.Finding, null, null));
        return found;
    }

    /// <summary>The targets (or findings) of one text.</summary>
    public IEnumerable<Target> FromText(string text, string source, TargetKind kind, string? dueBy, int? measure)
    {
        foreach (var sentence in Sentences(Prepare(text)))
        {
            var taken = new bool[sentence.Length];
            foreach (Match s in Series().Matches(sentence))
            {
                foreach (var t in SeriesTargets(s, source, kind, measure))
                    yield return t;
                for (var i = s.Index; i < s.Index + s.Length; i++)
                    taken[i] = true;
            }
            foreach (Match z in ZeroGrowth().Matches(sentence))
            {
                // 化学农药使用量实现零增长: the quantity's growth is at most 0 %.
                var metric = names.Named(Dates().Replace(z.Groups["metric"].Value, ""));
                if (metric.Length > 0)
                    yield return new Target(metric + "增长", names.KeyOf(metric + "增长"), Comparator.AtMost, 0, "%", LatestDate(sentence) ?? dueBy, z.Value, kind, source, measure);
            }
            foreach (Match m in Number().Matches(sentence))
            {
                if (taken[m.Index] || (Single(sentence, m, source, kind, dueBy, measure) ?? Count(sentence, m, source, kind, dueBy, measure)) is not { } t)
                    continue;
                yield return t;
            }
        }
    }

    private IEnumerable<Target> SeriesTargets(Match s, string source, TargetKind kind, int? measure)
    {
        var first = int.Parse(s.Groups["y1"].Value, CultureInfo.InvariantCulture);
        var last = int.Parse(s.Groups["y2"].Value, CultureInfo.InvariantCulture);
        var values = ValueList().Matches(s.Groups["vals"].Value).Select(v => v.Value).ToList();
        if (last - first + 1 != values.Count)
            yield break;
        var unit = s.Groups["vals"].Value.Contains('%') ? "%" : s.Groups["unit"].Value;
        var metric = names.Named(Dates().Replace(s.Groups["metric"].Value, ""));
        if (metric.Length == 0)
            yield break;
        var cmp = Verbs.Where(v => v.Verb == s.Groups["verb"].Value).Select(v => (Comparator?)v.Cmp).FirstOrDefault() ?? Comparator.AtLeast;
        for (var i = 0; i < values.Count; i++)
        {
            yield return new Target(metric, names.KeyOf(metric), Suffix(s.Groups["suffix"].Value) ?? cmp,
                double.Parse(values[i], CultureInfo.InvariantCulture), unit, (first + i).ToString(CultureInfo.InvariantCulture), s.Value, kind, source, measure);
        }
    }

    private Target? Single(string sentence, Match m, string source, TargetKind kind, string? dueBy, int? measure)
    {
        var start = m.Index;
        var (verb, cmp) = Verbs.Where(v => start >= v.Verb.Length && string.CompareOrdinal(sentence, start - v.Verb.Length, v.Verb, 0, v.Verb.Length) == 0)
            .OrderByDescending(v => v.Verb.Length).Select(v => ((string?)v.Verb, (Comparator?)v.Cmp)).FirstOrDefault();
        var suffix = m.Groups["suffix"].Value;
        var after = sentence[(m.Index + m.Length)..];
        if (after.StartsWith('的') || Attributive().IsMatch(after))
            return null;
        var verbStart = start - (verb?.Length ?? 0);
        var clauseStart = sentence.LastIndexOfAny([',', '，', '、', ':', '：'], Math.Max(verbStart - 1, 0)) + 1;
        if (verbStart < clauseStart)
            clauseStart = 0;
        var span = sentence[clauseStart..verbStart];
        var spanDate = LatestDate(span);
        var metric = names.Named(Dates().Replace(span, ""));
        if (verb is not null && ReductionVerbs.Contains(verb))
            metric += verb;
        var looksLikeMetric = metric.Length > 0 && MetricNouns.Contains(metric[^1]);
        // The inspectors' percentages are kept as findings even without a verb (仅完成国家要求的20%).
        var findingShare = kind == TargetKind.Finding && m.Groups["unit"].Value == "%";
        if (metric.Length == 0 || (!findingShare && ((verb is null && (suffix.Length == 0 || !looksLikeMetric))
            || (verb is not null && WeakVerbs.Contains(verb) && suffix.Length == 0 && !looksLikeMetric))))
            return null;
        var clauseEnd = sentence.IndexOfAny([',', '，'], m.Index);
        var rest = clauseEnd < 0 ? after : sentence[(m.Index + m.Length)..clauseEnd];
        var isFinding = kind == TargetKind.Finding || rest.Contains("问题", StringComparison.Ordinal);
        var by = spanDate ?? LatestDate(sentence[..clauseStart]) ?? (isFinding ? null : dueBy);
        var value = double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture);
        return new Target(metric, names.KeyOf(metric), Suffix(suffix) ?? cmp ?? Comparator.Equal, value, Unit(m.Groups["unit"].Value), by,
            sentence[clauseStart..Math.Min(sentence.Length, clauseEnd < 0 ? sentence.Length : clauseEnd)],
            isFinding ? TargetKind.Finding : kind, source, measure);
    }

    /// <summary>Units of areas, lengths and capacities: a target when its metric names it (示范面积0.36万亩).</summary>
    private static readonly HashSet<string> Measures = ["万亩", "亩", "公顷", "平方公里", "公里", "千米", "吨/日", "吨/天", "吨/年", "万吨/年", "万吨"];

    [GeneratedRegex(@"《[^》]*》")]
    private static partial Regex Titles();

    /// <summary>Units that count things (个, 座, 眼 …): a count target's unit.</summary>
    private static readonly HashSet<string> Counters = ["个", "座", "处", "眼", "家", "台", "辆", "条", "项", "所", "户"];

    /// <summary>Words a counted noun phrase stops before: how it is done (进行全面复核, 严格落实闭库措施), not what.</summary>
    private static readonly string[] NounStops = ["进行", "严格", "落实", "全面", "开展", "按照", "依法", "的"];

    /// <summary>
    /// A count of things done, in a measure or a target: the thing counted, with what is done to it, is the metric and
    /// the number its value — 新创建病虫害绿色防控示范区3个, 关闭…的自备水井3眼 (the noun before the number, after its
    /// verb), 对全县7个绿色矿山进行全面复核 and 2座尾矿库闭库 (the noun after it, then its verb). A count needs a verb of
    /// doing in its clause (<see cref="Grammar.CountVerbs"/>): 4个城市…浓度 counts where, 为期3个月 how long, 36个项目清单
    /// a list; none of them is a target. The inspectors' counts in a finding are not read here.
    /// </summary>
    private Target? Count(string sentence, Match m, string source, TargetKind kind, string? dueBy, int? measure)
    {
        var unit = m.Groups["unit"].Value;
        if (kind != TargetKind.Target || m.Groups["suffix"].Length > 0)
            return null;
        var end = m.Index + m.Length;
        var clauseStart = sentence.LastIndexOfAny([',', '，', ';', '；', ':', '：'], Math.Max(m.Index - 1, 0)) + 1;
        if (m.Index == 0)
            clauseStart = 0;
        var clauseEnd = sentence.IndexOfAny([',', '，', ';', '；'], end);
        // A document's title (《关于加快推进生态文明建设的意见》) names no verb of this clause.
        var before = Titles().Replace(sentence[clauseStart..m.Index], "");
        var yearly = sentence[..m.Index].Contains("每年", StringComparison.Ordinal) ? "每年" : "";
        if (Measures.Contains(unit))
        {
            // An area, length or capacity named by its metric: 示范面积0.36万亩.
            var named = names.Named(Dates().Replace(before, ""));
            return named.Length > 0 && MetricNouns.Contains(named[^1])
                ? new Target(yearly + named, names.KeyOf(named), Comparator.Equal, double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture), unit,
                    LatestDate(sentence[..m.Index]) ?? dueBy, sentence[clauseStart..(clauseEnd < 0 ? sentence.Length : clauseEnd)], kind, source, measure)
                : null;
        }
        if (!Counters.Contains(unit))
            return null;
        var after = sentence[end..(clauseEnd < 0 ? sentence.Length : clauseEnd)];
        if (after.StartsWith('月') || after.StartsWith("小时", StringComparison.Ordinal) || after.StartsWith("工作日", StringComparison.Ordinal))
            return null;
        var verbs = Grammar.Default.CountVerbs;
        string metric;
        var noun = new string(after.TakeWhile(IsHan).ToArray());
        var stop = NounStops.Concat(verbs).Select(w => noun.IndexOf(w, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(noun.Length).Min();
        noun = noun[..stop];
        if (noun.Length > 0)
        {
            // The noun follows the number: its verb comes after it (2座尾矿库闭库), else before the number (完成20个…).
            var rest = after[noun.Length..];
            var verbAfter = verbs.Select(v => (Verb: v, At: rest.IndexOf(v, StringComparison.Ordinal))).Where(x => x.At >= 0).OrderBy(x => x.At).ThenByDescending(x => x.Verb.Length).Select(x => x.Verb).FirstOrDefault();
            var verbBefore = verbs.FirstOrDefault(v => before.Contains(v, StringComparison.Ordinal));
            if (noun.Contains("清单", StringComparison.Ordinal) || noun.Contains("名录", StringComparison.Ordinal) || (verbAfter ?? verbBefore) is not { } verb)
                return null;
            metric = verbAfter is not null ? noun + verbAfter : verb + noun;
        }
        else
        {
            // The number closes its clause: the noun is what stands between the last verb of doing and the number.
            var found = verbs.Select(v => (Verb: v, At: before.LastIndexOf(v, StringComparison.Ordinal))).Where(x => x.At >= 0)
                .OrderByDescending(x => x.At + x.Verb.Length).ThenByDescending(x => x.Verb.Length).FirstOrDefault();
            if (found.Verb is null)
                return null;
            var counted = before[(found.At + found.Verb.Length)..];
            counted = counted[(counted.LastIndexOf('的') + 1)..];
            if (counted.Length == 0 || !counted.All(IsHan) || counted.Contains("清单", StringComparison.Ordinal))
                return null;
            metric = found.Verb + counted;
        }
        var value = double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture);
        return new Target(yearly + metric, names.KeyOf(metric), Comparator.Equal, value, unit, LatestDate(sentence[..clauseStart]) ?? LatestDate(before) ?? dueBy,
            sentence[clauseStart..(clauseEnd < 0 ? sentence.Length : clauseEnd)], kind, source, measure);
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static Comparator? Suffix(string suffix) => suffix switch
    {
        "以上" => Comparator.AtLeast,
        "以下" or "以内" => Comparator.AtMost,
        "左右" => Comparator.Equal,
        _ => null,
    };

    private static string Unit(string unit) => unit.Equals("mg/l", StringComparison.OrdinalIgnoreCase) ? "毫克/升" : unit;

    /// <summary>The latest date named in <paramref name="text"/>: 2025 or 2025-12 (十四五末 is 2025, by the grammar's periods).</summary>
    private static string? LatestDate(string text)
    {
        string? latest = null;
        foreach (Match d in Dates().Matches(text))
        {
            var value = d.Groups["y"].Success
                ? d.Groups["y"].Value + (d.Groups["m"].Success ? "-" + int.Parse(d.Groups["m"].Value, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture) : "")
                : Grammar.Default.Periods.First(p => p.Name == d.Groups["period"].Value).LastYear.ToString(CultureInfo.InvariantCulture);
            if (latest is null || string.CompareOrdinal(value, latest) > 0)
                latest = value;
        }
        return latest;
    }

    /// <summary>Width folded, without spaces (PDF text spaces numbers: 90 %以上) and without quotation marks.</summary>
    private static string Prepare(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in WidthFolding.Fold(text))
        {
            if (!char.IsWhiteSpace(c) && c is not ('“' or '”' or '"'))
                sb.Append(c);
        }
        return sb.ToString();
    }

    private static IEnumerable<string> Sentences(string text) =>
        text.Split(['。', ';', '；', '!', '！', '?', '？', '\n'], StringSplitOptions.RemoveEmptyEntries);

    private const string Units = "个百分点|%|毫克/升|mg/L|万吨/年|吨/年|吨/日|吨/天|万吨|吨|万亩|亩|公顷|平方公里|公里|千米|万元|亿元|个|座|家|户|台|处|眼|辆|条|项|所";

    [GeneratedRegex(@"(?<value>\d+(?:\.\d+)?)(?<unit>" + Units + @")(?<suffix>以上|以下|以内|左右)?", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<y1>(?:19|20)\d{2})年?(?:至|到|-|—|～|~)(?<y2>(?:19|20)\d{2})年[^,，]*?[,，]?(?<metric>[^,，]+?)分别(?<verb>达到|为|提高到|控制在|不低于)?(?<vals>\d+(?:\.\d+)?%?(?:[、,，和及]\d+(?:\.\d+)?%?)+)(?<unit>" + Units + @")?(?<suffix>以上|以下)?")]
    private static partial Regex Series();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex ValueList();

    [GeneratedRegex(@"(?<metric>[^,，、:：]+?)(?:实现|保持|力争)?(?:负增长|零增长)")]
    private static partial Regex ZeroGrowth();

    /// <summary>A year (and month) a target is due by, or the end of a five-year plan period named in the grammar (十四五末).</summary>
    private static readonly Regex DatesPattern = new(
        @"(?:到|至|于|在)?(?:(?<y>(?:19|20)\d{2})年(?:(?<m>\d{1,2})月)?(?:\d{1,2}日)?(?:年?底|末)?(?:前|以前|期间)?|(?<period>"
        + string.Join("|", Grammar.Default.Periods.Select(p => Regex.Escape(p.Name)).DefaultIfEmpty("(?!)")) + @")(?:期?末|期间))",
        RegexOptions.Compiled);

    private static Regex Dates() => DatesPattern;

    /// <summary>A number that qualifies a noun (5000吨标准煤以上项目, 规模以上企业) rather than a target.</summary>
    [GeneratedRegex(@"^(?:标准煤|以上)?(?:项目|企业|工业|的)")]
    private static partial Regex Attributive();
}
