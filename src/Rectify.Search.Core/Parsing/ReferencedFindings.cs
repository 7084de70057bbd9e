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
    /// <summary>针对问题1： / 针对第2个问题： / 关于第三项问题的整改措施： — a line of its own, naming a finding by its number.</summary>
    [GeneratedRegex(@"^(?:针对|关于)\s*(?:第\s*)?(?:问题\s*)?(?<n>\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:个|项|条)?\s*(?<after>问题)?\s*(?:的?整改措施)?\s*:?$")]
    private static partial Regex Reference();

    /// <summary>A finding stated as a sentence, not a heading's title: so many characters at least.</summary>
    private const int MinFindingLength = 10;

    public static List<LogicalLine> Resolve(List<LogicalLine> lines, List<Diagnostic> diagnostics)
    {
        var references = new List<(int Index, int Number)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var folded = lines[i].Text.Folded.Trim();
            if (Reference().Match(folded) is { Success: true } m && (folded.Contains("问题", StringComparison.Ordinal))
                && ChineseNumerals.ParseOrdinal(m.Groups["n"].Value) is { } n)
                references.Add((i, n));
        }
        if (references.Select(r => r.Number).Distinct().Count() < 2)
            return lines;
        var findings = Findings(lines, references[0].Index, references.Select(r => r.Number).ToHashSet());
        if (findings is null)
            return lines;

        var result = new List<LogicalLine>(lines.Count + references.Count);
        var next = 0;
        foreach (var (index, number) in references)
        {
            result.AddRange(lines.Skip(next).Take(index - next));
            var line = lines[index];
            result.Add(line with { Text = DualText.Of($"问题{number}：") + findings[number] });
            result.Add(line with { Text = DualText.Of("整改措施：") });
            next = index + 1;
        }
        result.AddRange(lines.Skip(next));
        diagnostics.Add(new(Severity.Info, lines[references[0].Index].Line, "findings-by-number",
            $"{references.Count} groups of measures name the finding they answer by its number (针对问题N); each read as that finding's problem, its text from the list above"));
        return result;
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
