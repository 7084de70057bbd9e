using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// A plan that lists the inspectors' findings first (二、督察反馈的主要问题 1．… 2．… 3．…) and its measures later, each group
/// under a line naming the finding by its number (三、整改措施 针对问题1： （一）… （二）… 责任单位：… 完成时限：…). Each such
/// line is given the finding it names, as a problem's label and text (问题1：泼河水库…), and the measures under it their
/// label (整改措施：), so that the list reads as one problem per finding with its own measures and fields. Only when two
/// lines or more name findings, and every number they name is a finding numbered alike above the first of them.
/// </summary>
internal static partial class ReferencedFindings
{
    /// <summary>
    /// 针对问题1： / 针对第2个问题： / 关于第三项问题的整改措施： / 针对第①项问题： — a line naming a finding by its number, alone
    /// or with the measures run in after its colon (针对第①项问题：实施…。责任单位：….).
    /// </summary>
    [GeneratedRegex(@"^(?:针对|关于)\s*(?:第\s*)?(?:问题\s*)?(?<n>\d{1,3}|[一二三四五六七八九十]{1,3}|[\u2460-\u2473])\s*(?:个|项|条)?\s*(?<after>问题)?\s*(?:的?整改措施)?\s*(?::\s*(?<rest>.*))?$")]
    private static partial Regex Reference();

    /// <summary>A circled number in running text (①…；②…；③…), the opening of one finding of a list told in one paragraph.</summary>
    [GeneratedRegex(@"[\u2460-\u2473]")]
    private static partial Regex CircledNumber();

    /// <summary>A finding stated as a sentence, not a heading's title: so many characters at least.</summary>
    private const int MinFindingLength = 10;

    public static List<LogicalLine> Resolve(List<LogicalLine> lines, List<Diagnostic> diagnostics)
    {
        var references = new List<(int Index, int Number, int RunIn)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var folded = lines[i].Text.Folded.Trim();
            if (Reference().Match(folded) is { Success: true } m && (folded.Contains("问题", StringComparison.Ordinal))
                && Ordinal(m.Groups["n"].Value) is { } n)
                references.Add((i, n, m.Groups["rest"] is { Success: true, Length: > 0 } rest ? rest.Index : -1));
        }
        if (references.Select(r => r.Number).Distinct().Count() < 2)
            return lines;
        var wanted = references.Select(r => r.Number).ToHashSet();
        var listed = Findings(lines, references[0].Index, wanted) is { } numbered ? (numbered, -1) : InlineFindings(lines, references[0].Index, wanted);
        if (listed is not ({ } findings, var listLine))
            return lines;

        var result = new List<LogicalLine>(lines.Count + references.Count);
        var next = 0;
        foreach (var (index, number, runIn) in references)
        {
            result.AddRange(lines.Skip(next).Take(index - next).Where((_, k) => next + k != listLine));
            var line = lines[index];
            result.Add(line with { Text = DualText.Of($"问题{number}：") + findings[number] });
            var measures = runIn < 0 ? DualText.Empty : line.Text.Slice(runIn);
            result.Add(line with { Text = DualText.Of("整改措施：") + measures });
            next = index + 1;
        }
        result.AddRange(lines.Skip(next));
        diagnostics.Add(new(Severity.Info, lines[references[0].Index].Line, "findings-by-number",
            $"{references.Count} groups of measures name the finding they answer by its number (针对问题N); each read as that finding's problem, its text from the list above"));
        return result;
    }

    private static int? Ordinal(string n) => n is [var c] && c is >= '\u2460' and <= '\u2473' ? c - '\u2460' + 1 : ChineseNumerals.ParseOrdinal(n);

    /// <summary>
    /// The findings told in one paragraph above <paramref name="end"/>, each after its circled number (督察报告指出我县存在以下问题：
    /// ①…；②…；③…): the last such line holding every number of <paramref name="wanted"/> in order, each finding a sentence;
    /// with the line's index, which the findings replace (the line itself is no problem of its own).
    /// </summary>
    private static (Dictionary<int, DualText>, int)? InlineFindings(List<LogicalLine> lines, int end, HashSet<int> wanted)
    {
        for (var i = end - 1; i >= 0; i--)
        {
            var text = lines[i].Text;
            var marks = CircledNumber().Matches(text.Folded).ToList();
            if (marks.Count < 2 || marks.Where((m, k) => Ordinal(m.Value) != k + 1).Any())
                continue;
            var items = new Dictionary<int, DualText>();
            for (var k = 0; k < marks.Count; k++)
            {
                var from = marks[k].Index + 1;
                var to = k + 1 < marks.Count ? marks[k + 1].Index : text.Length;
                items[k + 1] = text.Slice(from, to - from).TrimEnd(";。");
            }
            if (wanted.All(items.ContainsKey) && items.Values.All(f => f.Length >= MinFindingLength))
                return (items, i);
        }
        return null;
    }

    /// <summary>
    /// The findings above <paramref name="end"/> by number: the numbered lines of one style, the last run of them before
    /// <paramref name="end"/>, holding every number of <paramref name="wanted"/> as a sentence; null when no style does.
    /// </summary>
    private static Dictionary<int, DualText>? Findings(List<LogicalLine> lines, int end, HashSet<int> wanted)
    {
        var byStyle = new Dictionary<HeadingStyle, Dictionary<int, DualText>>();
        for (var i = 0; i < end; i++)
        {
            if (Headings.Match(lines[i].Text) is not { Parent: null } h || h.Rest.Length < MinFindingLength)
                continue;
            if (!byStyle.TryGetValue(h.Style, out var items))
                byStyle[h.Style] = items = [];
            // A later run of the style (the findings after 一、总体要求's points) replaces the earlier one.
            if (h.Number == 1)
                items.Clear();
            items[h.Number] = h.Rest.Trim();
        }
        var found = byStyle.Values.Where(items => wanted.All(items.ContainsKey)).ToList();
        return found.Count == 1 ? found[0] : null;
    }
}
