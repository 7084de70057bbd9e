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
public sealed partial class TargetExtractor(MetricNames names, UnitVocabulary units)
{
    private static readonly Lazy<TargetExtractor> Shared = new(() => new TargetExtractor(MetricNames.Default, UnitVocabulary.Default));

    public static TargetExtractor Default => Shared.Value;

    /// <summary>Bumped when readings change; part of the pipeline version stored with each plan.</summary>
    public const string Version = "3";

    /// <summary>Comparator verbs (<c>Data/grammar/grammar.txt</c>): 达到 70% is >= 70.</summary>
    private static IReadOnlyList<(string Verb, Comparator Cmp)> Verbs => Grammar.Default.ComparatorVerbs;

    /// <summary>Verbs that name a change: 农药减量0.8% is the metric 农药减量, 提高5个百分点 the metric …提高.</summary>
    private static IReadOnlySet<string> ChangeVerbs => Grammar.Default.ChangeVerbs;

    /// <summary>Verbs too common to make a target alone: the metric must look like one, or the number carry 以上/以内.</summary>
    private static IReadOnlySet<string> WeakVerbs => Grammar.Default.WeakVerbs;

    private const string MetricNouns = "率浓度比例比重占比面积数量总数数量规模能力产量长度里程个数容积";

    /// <summary>
    /// Targets of the 整改目标 and the measures, findings of the problem's text. Due dates come from the deadlines
    /// enrichment has read (<see cref="PlanEnricher.Derive"/>): a measure's own, else its problem's.
    /// </summary>
    public IReadOnlyList<Target> Extract(Problem problem)
    {
        Diagnostics.ParserProbe.Note("targets");
        var due = problem.Deadline.Date?[..7];
        var found = new List<Target>();
        if (problem.Fields.Target is { } target)
            found.AddRange(FromText(target, "target", TargetKind.Target, due, null));
        foreach (var m in problem.Measures)
            found.AddRange(FromText(m.Text, "measure", TargetKind.Target, m.Deadline?.Date?[..7] ?? due, m.Position));
        found.AddRange(FromText(problem.Text, "text", TargetKind.Finding, null, null));
        return found;
    }

    /// <summary>The targets (or findings) of one text.</summary>
    public IEnumerable<Target> FromText(string text, string source, TargetKind kind, string? dueBy, int? measure)
    {
        foreach (var sentence in Sentences(Prepare(text)))
        {
            var taken = new bool[sentence.Length];
            foreach (Match s in _series.Matches(sentence))
            {
                foreach (var t in SeriesTargets(s, source, kind, measure))
                    yield return t;
                for (var i = s.Index; i < s.Index + s.Length; i++)
                    taken[i] = true;
            }
            foreach (Match z in ZeroGrowth().Matches(sentence))
            {
                // 化学农药使用量实现零增长: the quantity's growth is at most 0 %.
                var metric = Metric(z.Groups["metric"].Value);
                if (metric.Length > 0)
                    yield return new Target(metric + "增长", names.KeyOf(metric + "增长"), Comparator.AtMost, 0, "%", LatestDate(sentence) ?? dueBy, z.Value, kind, source, measure);
            }
            foreach (Match m in _number.Matches(sentence))
            {
                // A count with a verb of doing (完成400家…改造) is read as a count first; 不少于3次, 控制在10个 as a comparison.
                var counted = units.IsCounter(m.Groups["unit"].Value);
                if (taken[m.Index] || (counted
                        ? Count(sentence, m, source, kind, dueBy, measure) ?? Single(sentence, m, source, kind, dueBy, measure)
                        : Single(sentence, m, source, kind, dueBy, measure) ?? Count(sentence, m, source, kind, dueBy, measure)) is not { } t)
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
        var unit = s.Groups["vals"].Value.Contains('%') ? "%" : units.Canonical(s.Groups["unit"].Value);
        var metric = Metric(s.Groups["metric"].Value);
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
        // A word between the metric and its number belongs to neither: 库容约70万立方米, 下降近70%.
        var start = m.Index - (Grammar.Default.Modifiers.FirstOrDefault(w => sentence.AsSpan(0, m.Index).EndsWith(w, StringComparison.Ordinal))?.Length ?? 0);
        var (verb, cmp) = Verbs.Where(v => start >= v.Verb.Length && string.CompareOrdinal(sentence, start - v.Verb.Length, v.Verb, 0, v.Verb.Length) == 0)
            .OrderByDescending(v => v.Verb.Length).Select(v => ((string?)v.Verb, (Comparator?)v.Cmp)).FirstOrDefault();
        var suffix = m.Groups["suffix"].Value;
        var after = sentence[(m.Index + m.Length)..];
        // 确保90%以上的行政村生活垃圾得到有效治理: a share of what follows 的 (the share of villages whose waste is treated).
        var share = m.Groups["unit"].Value == "%" && suffix is "以上" or "以下" && after.StartsWith('的') && !TargetNoun().IsMatch(after)
            ? new string(after.Skip(1).TakeWhile(c => IsHan(c) || char.IsAsciiLetterOrDigit(c)).ToArray()) : "";
        // 完成农药减量0.8%的目标任务 states a target; 5000吨标准煤以上的项目 qualifies a noun.
        if ((share.Length < 2 && (after.StartsWith('的') || Attributive().IsMatch(after)) && !TargetNoun().IsMatch(after)) || Range().IsMatch(sentence.AsSpan(0, m.Index)))
            return null;
        var verbStart = start - (verb?.Length ?? 0);
        var clauseStart = sentence.LastIndexOfAny([',', '，', '、', ':', '：'], Math.Max(verbStart - 1, 0)) + 1;
        if (verbStart < clauseStart)
            clauseStart = 0;
        var span = sentence[clauseStart..verbStart];
        // 处置能力由现有3000吨/年增加至4500吨/年: the metric stands before 由, the number after it is where it starts from.
        if (FromValue().Match(span) is { Success: true } from)
            span = span[..from.Index];
        var spanDate = LatestDate(span);
        var metric = share.Length >= 2 ? share + "比例" : Metric(span);
        if (verb is not null && ChangeVerbs.Contains(verb))
            metric += verb;
        var looksLikeMetric = metric.Length > 0 && MetricNouns.Contains(metric[^1]);
        // A rate a target states without a verb (确保…排污许可证质量核查率100%) is a floor.
        if (verb is null && suffix.Length == 0 && kind == TargetKind.Target && m.Groups["unit"].Value == "%" && start == m.Index && RateNoun().IsMatch(metric))
            cmp = Comparator.AtLeast;
        // The inspectors' percentages are kept as findings even without a verb (仅完成国家要求的20%).
        var findingShare = kind == TargetKind.Finding && m.Groups["unit"].Value == "%";
        if (metric.Length == 0 || (!findingShare && share.Length < 2 && ((verb is null && cmp is null && (suffix.Length == 0 || !looksLikeMetric))
            || (verb is not null && WeakVerbs.Contains(verb) && suffix.Length == 0 && !looksLikeMetric))))
            return null;
        var clauseEnd = sentence.IndexOfAny([',', '，'], m.Index);
        var rest = clauseEnd < 0 ? after : sentence[(m.Index + m.Length)..clauseEnd];
        // A number stated as the problem a measure answers, or as what is there now or was done (现有…达160m³/天), is a finding.
        // 现有 says what is there now only when nothing sets a target: 现有…养殖场配套率达到95%以上 is one.
        var state = State().Match(span);
        var isFinding = kind == TargetKind.Finding || rest.Contains("问题", StringComparison.Ordinal)
            || (state.Success && (state.Value != "现有" || (suffix.Length == 0 && (verb is null || WeakVerbs.Contains(verb)))));
        var by = spanDate ?? LatestDate(sentence[..clauseStart]) ?? (isFinding ? null : dueBy);
        return new Target(metric, names.KeyOf(metric), Suffix(suffix) ?? cmp ?? Comparator.Equal, Value(m), units.Canonical(m.Groups["unit"].Value), by,
            sentence[clauseStart..Math.Min(sentence.Length, clauseEnd < 0 ? sentence.Length : clauseEnd)],
            isFinding ? TargetKind.Finding : kind, source, measure);
    }

    [GeneratedRegex(@"《[^》]*》")]
    private static partial Regex Titles();

    /// <summary>
    /// A count of things done, in a measure or a target: the thing counted, with what is done to it, is the metric and
    /// the number its value — 新创建病虫害绿色防控示范区3个, 关闭…的自备水井3眼 (the noun before the number, after its
    /// verb), 对全县7个绿色矿山进行全面复核 and 2座尾矿库闭库 (the noun after it, then its verb), 完成…雨污分流改造12公里
    /// (the work itself, when the verb closes the noun). Areas, lengths and capacities are counted the same way unless
    /// their metric names them (示范面积0.36万亩). A count needs a verb of doing in its clause (<see cref="Grammar.CountVerbs"/>):
    /// 4个城市…浓度 counts where, 为期3个月 how long, 36个项目清单 a list, 1公里范围内 where; none of them is a target.
    /// The inspectors' counts in a finding are not read here.
    /// </summary>
    private Target? Count(string sentence, Match m, string source, TargetKind kind, string? dueBy, int? measure)
    {
        var unit = units.Canonical(m.Groups["unit"].Value);
        if (kind != TargetKind.Target || !(units.IsCounter(unit) || units.IsMeasure(unit)))
            return null;
        // 建成5个以上示范村: at least five; 10公顷以上集中连片…, 10蒸吨及以下的燃煤锅炉 say which, not how many.
        var cmp = Suffix(m.Groups["suffix"].Value) ?? Comparator.Equal;
        if (m.Groups["suffix"].Length > 0 && units.IsMeasure(unit))
            return null;
        var end = m.Index + m.Length;
        var clauseStart = sentence.LastIndexOfAny([',', '，', ';', '；', ':', '：'], Math.Max(m.Index - 1, 0)) + 1;
        if (m.Index == 0)
            clauseStart = 0;
        var clauseEnd = sentence.IndexOfAny([',', '，', ';', '；'], end);
        var clause = sentence[clauseStart..(clauseEnd < 0 ? sentence.Length : clauseEnd)];
        // A document's title (《关于加快推进生态文明建设的意见》) names no verb of this clause; 除…外 is what is left out.
        var before = Excepted().Replace(Titles().Replace(sentence[clauseStart..m.Index], ""), "");
        // 由现有3000吨/年增加至…: where a quantity starts from is not a target; what is there now or was done is none either.
        if (FromValue().IsMatch(before + "0") || Range().IsMatch(sentence.AsSpan(0, m.Index)) || State().IsMatch(clause))
            return null;
        var yearly = sentence[..m.Index].Contains("每年", StringComparison.Ordinal) ? "每年" : "";
        var value = Value(m);
        var by = LatestDate(sentence[..clauseStart]) ?? LatestDate(before) ?? dueBy;
        if (units.IsMeasure(unit) && Metric(before) is { Length: > 0 } named && MetricNouns.Contains(named[^1]))
        {
            // An area, length or capacity named by its metric: 示范面积0.36万亩.
            return new Target(yearly + named, names.KeyOf(named), cmp, value, unit, LatestDate(sentence[..m.Index]) ?? dueBy, clause, kind, source, measure);
        }
        var after = sentence[end..(clauseEnd < 0 ? sentence.Length : clauseEnd)];
        if (after.StartsWith('月') || after.StartsWith('的') || after.StartsWith("小时", StringComparison.Ordinal) || after.StartsWith("工作日", StringComparison.Ordinal))
            return null;
        var verbs = Grammar.Default.CountVerbs;
        string metric;
        // What is counted, after the number: a word in brackets (企业(金驹热电、卫永堂砖厂)) names which, and 和, 及 … start another.
        var noun = new string(Bracketed().Replace(after, "").TakeWhile(c => (IsHan(c) || char.IsAsciiLetter(c)) && !"并和及与且".Contains(c)).ToArray());
        var stop = Grammar.Default.NounStops.Concat(verbs).Select(w => noun.IndexOf(w, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(noun.Length).Min();
        noun = noun[..stop];
        if (noun.Length > 0 && noun.Any(IsHan))
        {
            // The noun follows the number: its verb comes after it (2座尾矿库闭库), else before the number (完成20个…).
            var rest = Bracketed().Replace(after, "")[noun.Length..];
            var verbAfter = verbs.Select(v => (Verb: v, At: rest.IndexOf(v, StringComparison.Ordinal))).Where(x => x.At >= 0).OrderBy(x => x.At).ThenByDescending(x => x.Verb.Length).Select(x => x.Verb).FirstOrDefault();
            var verbBefore = verbs.FirstOrDefault(v => before.Contains(v, StringComparison.Ordinal));
            // A count in Chinese numerals needs its verb right before it (新建两座污水处理厂): otherwise it is a slogan's
            // number (纳入五个文明建设绩效考核, 落实施工扬尘六个百分百), not a count.
            if (Grammar.Default.NotCounted.Any(w => noun.Contains(w, StringComparison.Ordinal)) || Grammar.Default.MeasuredWords.Any(w => noun.Contains(w, StringComparison.Ordinal))
                || (verbAfter ?? verbBefore) is not { } verb
                || (m.Groups["cn"].Success && !verbs.Any(v => before.EndsWith(v, StringComparison.Ordinal))))
                return null;
            metric = verbAfter is not null ? noun + verbAfter : verb + noun;
        }
        else
        {
            // The number closes its clause: the noun is what stands between the last verb of doing and the number.
            var found = LastVerb(before, before.Length);
            if (found.Verb is null)
                return null;
            var counted = Trimmed(before[(found.At + found.Verb.Length)..]);
            counted = counted[(counted.LastIndexOf('的') + 1)..];
            if (counted.Length > 0)
            {
                if (!counted.Any(IsHan) || !counted.All(c => IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '.' or '(' or ')') || Grammar.Default.NotCounted.Any(w => counted.Contains(w, StringComparison.Ordinal)))
                    return null;
                metric = found.Verb + counted;
            }
            else
            {
                // The verb closes the noun (完成紫阳镇老城区雨污分流改造12公里): the work is what stands before the verb.
                var previous = LastVerb(before, found.At);
                var work = Metric(before[(previous.Verb is null ? 0 : previous.At + previous.Verb.Length)..found.At]);
                metric = work.Length > 0 && work.All(c => IsHan(c) || char.IsAsciiLetterOrDigit(c)) ? work + found.Verb : Metric(before);
            }
        }
        if (metric.Length == 0)
            return null;
        return new Target(yearly + metric, names.KeyOf(metric), cmp, value, unit, by, clause, kind, source, measure);
    }

    /// <summary>The last verb of doing that ends at or before <paramref name="limit"/> in <paramref name="text"/> (the longest of those ending together).</summary>
    private static (string? Verb, int At) LastVerb(string text, int limit) =>
        Grammar.Default.CountVerbs.Select(v => (Verb: v, At: limit < v.Length ? -1 : text.LastIndexOf(v, limit - 1, StringComparison.Ordinal)))
            .Where(x => x.At >= 0)
            .OrderByDescending(x => x.At + x.Verb.Length).ThenByDescending(x => x.Verb.Length).Select(x => ((string?)x.Verb, x.At)).FirstOrDefault();

    /// <summary>The metric a span names: base years (较2020年), dates and action words out, and the modifiers at its ends.</summary>
    private string Metric(string span) => Trimmed(names.Named(Dates().Replace(BasePhrase().Replace(span, ""), "")));

    /// <summary>Without the modifiers at either end (目前…仅, 所有…共).</summary>
    private static string Trimmed(string text)
    {
        for (var changed = true; changed && text.Length > 0;)
        {
            changed = false;
            if (Grammar.Default.Modifiers.FirstOrDefault(w => text.EndsWith(w, StringComparison.Ordinal)) is { } tail)
                (text, changed) = (text[..^tail.Length], true);
            if (Grammar.Default.LeadingWords.FirstOrDefault(w => text.Length >= w.Length + 2 && text.StartsWith(w, StringComparison.Ordinal)) is { } head)
                (text, changed) = (text[head.Length..], true);
        }
        return text;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>A number's value: 0.36, or a count in Chinese numerals (两座, 十二个).</summary>
    private static double Value(Match m) => m.Groups["cn"].Success
        ? ChineseNumerals.Parse(m.Groups["cn"].Value.Replace('两', '二')) ?? 0
        : double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture);

    private static Comparator? Suffix(string suffix) => suffix switch
    {
        "以上" or "及以上" => Comparator.AtLeast,
        "以下" or "及以下" or "以内" => Comparator.AtMost,
        "左右" => Comparator.Equal,
        _ => null,
    };

    /// <summary>The latest date named in <paramref name="text"/>: 2025 or 2025-12 (十四五末 is 2025, by the grammar's periods).</summary>
    private static string? LatestDate(string text)
    {
        string? latest = null;
        foreach (Match d in Dates().Matches(BasePhrase().Replace(text, "")))
        {
            var value = d.Groups["y"].Success
                ? d.Groups["y"].Value + (d.Groups["m"].Success ? "-" + int.Parse(d.Groups["m"].Value, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture) : "")
                : Grammar.Default.Periods.First(p => p.Name == d.Groups["period"].Value).LastYear.ToString(CultureInfo.InvariantCulture);
            if (latest is null || string.CompareOrdinal(value, latest) > 0)
                latest = value;
        }
        return latest;
    }

    /// <summary>Width folded and in simplified forms (噸 → 吨), without spaces (PDF text spaces numbers: 90 %以上) and without quotation marks.</summary>
    private static string Prepare(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in TextNormalizer.Default.Normalize(text))
        {
            if (!char.IsWhiteSpace(c) && c is not ('“' or '”' or '"'))
                sb.Append(c);
        }
        // 1,200户 is 1200: a comma between a digit and three more is a thousands separator, not a clause's end.
        return ThousandsSeparator().Replace(sb.ToString(), "");
    }

    [GeneratedRegex(@"(?<=\d),(?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();

    private static IEnumerable<string> Sentences(string text) =>
        text.Split(['。', ';', '；', '!', '！', '?', '？', '\n'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// A number and its unit: 90%, 0.36万亩, 160m³/d, or a count in Chinese numerals from two (两座, 十二个: 一个 is too often no
    /// count at all, and 第三个 an ordinal); units from <see cref="UnitVocabulary"/>.
    /// </summary>
    private readonly Regex _number = new(
        @"(?:(?<value>\d+(?:\.\d+)?)(?<unit>" + units.Pattern + @")|(?<![一二三四五六七八九十百两第几])(?<cn>[两二三四五六七八九十百]{1,4})(?<unit>"
        + units.CounterPattern + @"))(?<suffix>及以上|及以下|以上|以下|以内|左右)?", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>A yearly series: 2022年至2025年，…分别达到55%、60%、65%、70%.</summary>
    private readonly Regex _series = new(
        @"(?<y1>(?:19|20)\d{2})年?(?:至|到|-|—|～|~)(?<y2>(?:19|20)\d{2})年[^,，]*?[,，]?(?<metric>[^,，]+?)分别(?<verb>达到|为|提高到|控制在|不低于)?(?<vals>\d+(?:\.\d+)?%?(?:[、,，和及]\d+(?:\.\d+)?%?)+)(?<unit>"
        + units.Pattern + @")?(?<suffix>以上|以下)?", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex ValueList();

    /// <summary>What a change is measured against or when it starts, not when it is due: 较2020年, 比上年, 同比, 与2015年相比, 自2017年起.</summary>
    [GeneratedRegex(@"(?:自|从)(?:19|20)\d{2}年(?:\d{1,2}月)?(?:起|开始)|同比|(?:比|较|相比|相较于?|与)(?:(?:19|20)\d{2}年(?:底|末)?|上年|去年|上一年|同期)(?:相比|同期|水平|基础上)?")]
    private static partial Regex BasePhrase();

    /// <summary>Where a quantity starts from (由现有3000吨/年…): ends a span before its number.</summary>
    [GeneratedRegex(@"(?:由|从)(?!(?:19|20)\d{2}年)[^,，;；:：\d]{0,8}\d")]
    private static partial Regex FromValue();

    /// <summary>A clause that says what is there now or what was done (现有处理设施…, 已对…进行了改造): not a target.</summary>
    [GeneratedRegex(@"现有|目前|现状|已经|已对|已完成|已建成|已实施|进行了|完成了|建成了|实现了")]
    private static partial Regex State();

    /// <summary>The second number of a range (减少3%-5%): the first is the target.</summary>
    [GeneratedRegex(@"\d(?:%|个百分点)?[-~～—–]$")]
    private static partial Regex Range();

    /// <summary>What a target's number is followed by when the target is stated as such: 减量0.8%的目标任务.</summary>
    [GeneratedRegex(@"^的[^,，、]{0,4}?(?:目标|任务|要求|指标)")]
    private static partial Regex TargetNoun();

    /// <summary>A metric that is a rate or a share: a percentage after it is a floor even without a verb.</summary>
    [GeneratedRegex(@"(?:率|比例)$")]
    private static partial Regex RateNoun();

    /// <summary>A bracketed aside: (金驹热电、卫永堂砖厂), (工业园区).</summary>
    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Bracketed();

    /// <summary>What a count leaves out (除洪狮、王小垸外).</summary>
    [GeneratedRegex(@"除[^,，;；:：]*?(?:以)?外")]
    private static partial Regex Excepted();

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
