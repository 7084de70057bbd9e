using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// A notice's findings told as paragraphs without a number, each followed by what was done, read as numbered findings
/// which a progress report's rules then read with their accounts:
/// <list type="bullet">
/// <item>counted in words — 一是南明河…问题。整改情况：… / 二是…问题。整改情况：… (一、南明河…问题。整改情况：…);</item>
/// <item>named in quotes — 关于“叙州区…污水收集率低”的问题。 with 整改情况：… on the same or the next line (1、叙州区…污水收集率低。).</item>
/// </list>
/// Only a run of at least two such paragraphs, each telling what was done after a label of its own: measures written
/// 一是…；二是… on lines of their own, or a sentence that begins 关于…, carry no such label and are left as they are.
/// </summary>
internal static partial class EnumeratedFindings
{
    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]{1,3})是(?!否)(?<rest>.+)$")]
    private static partial Regex Counted();

    [GeneratedRegex(@"[。；;](整改情况|整改进展|整改成效|办理情况|处理情况|落实情况)\s*[:：]")]
    private static partial Regex Account();

    // Text is folded to half-width here: the quotes are “” 「」 『』 or ".
    [GeneratedRegex(@"^关于\s*[“""「『](?<finding>[^”""」』]{8,}?)[”""」』]\s*(?:的)?问题(?:的整改情况)?\s*[。:：]?\s*(?<rest>.*)$")]
    private static partial Regex Named();

    [GeneratedRegex(@"^(整改情况|整改进展|整改成效|办理情况|处理情况|落实情况)\s*[:：]")]
    private static partial Regex AccountLine();

    /// <summary>
    /// A numbered finding with its deadline in brackets and its status after a dash, all on one line
    /// (1．黄柏河流域…总磷超标（2023年12月底前）——已完成), as a page listing progress at a glance prints it.
    /// </summary>
    [GeneratedRegex(@"^(?<n>\d{1,2})\s*[.、]\s*(?<finding>.{8,}?)\s*(?:\((?<deadline>[^()]{2,20})\))?\s*[—–-]{1,2}\s*(?<status>已完成|基本完成|阶段性完成|序时推进|正在推进|持续推进|推进中|未完成|已销号|长期坚持|达到序时进度)\s*[。.]?$")]
    private static partial Regex StatusAfterDash();

    private const int MinimumRun = 2;

    public static List<(int Line, DualText Text)> Number(List<(int Line, DualText Text)> lines, List<Diagnostic> diagnostics) =>
        LabelGlanced(NumberNamed(NumberCounted(lines, diagnostics), diagnostics), diagnostics);

    /// <summary>
    /// A run of findings numbered 1, 2, 3 … each with its status after a dash (<see cref="StatusAfterDash"/>) read as
    /// findings printed with their fields (1.问题：…。整改时限：…。整改情况：已完成), which the one-line items' rules read.
    /// </summary>
    private static List<(int Line, DualText Text)> LabelGlanced(List<(int Line, DualText Text)> lines, List<Diagnostic> diagnostics)
    {
        var run = new List<(int Index, Match Match)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (StatusAfterDash().Match(lines[i].Text.Folded) is { Success: true } m && int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) == run.Count + 1)
                run.Add((i, m));
            else if (run.Count >= MinimumRun)
                break;
            else if (run.Count > 0)
                run.Clear();
        }
        if (run.Count < MinimumRun)
            return lines;
        var result = lines.ToList();
        foreach (var (i, m) in run)
        {
            var text = lines[i].Text;
            string Part(string name) => text.Slice(m.Groups[name].Index, m.Groups[name].Length).Original.Trim();
            var deadline = m.Groups["deadline"].Success ? $"整改时限：{Part("deadline")}。" : "";
            result[i] = (lines[i].Line, DualText.Of($"{m.Groups["n"].Value}.问题：{Part("finding").TrimEnd('。')}。{deadline}整改情况：{Part("status")}"));
        }
        diagnostics.Add(new(Severity.Info, lines[run[0].Index].Line, "glanced-findings",
            $"{run.Count} findings each with its status after a dash (…（2023年12月底前）——已完成) read as findings with their deadline and status"));
        return result;
    }

    private static List<(int Line, DualText Text)> NumberCounted(List<(int Line, DualText Text)> lines, List<Diagnostic> diagnostics)
    {
        var starts = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Counted().Match(lines[i].Text.Folded) is { Success: true } m && ChineseNumerals.Parse(m.Groups["n"].Value) == starts.Count + 1
                && Account().IsMatch(lines[i].Text.Folded))
                starts.Add(i);
            else if (Counted().IsMatch(lines[i].Text.Folded) && starts.Count > 0)
                break;
        }
        if (starts.Count < MinimumRun)
            return lines;
        var result = lines.ToList();
        foreach (var i in starts)
        {
            var original = lines[i].Text.Original;
            var at = original.IndexOf('是', StringComparison.Ordinal);
            result[i] = (lines[i].Line, DualText.Of(original[..at] + "、" + original[(at + 1)..]));
        }
        diagnostics.Add(new(Severity.Info, lines[starts[0]].Line, "counted-findings",
            $"{starts.Count} findings told as paragraphs counted 一是, 二是 … each with its account read as numbered findings"));
        return result;
    }

    private static List<(int Line, DualText Text)> NumberNamed(List<(int Line, DualText Text)> lines, List<Diagnostic> diagnostics)
    {
        var named = new List<(int Index, Match Match)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Named().Match(lines[i].Text.Folded) is not { Success: true } m)
                continue;
            var rest = m.Groups["rest"].Value;
            var accounted = rest.Length > 0 ? AccountLine().IsMatch(rest) : i + 1 < lines.Count && AccountLine().IsMatch(lines[i + 1].Text.Folded);
            if (accounted)
                named.Add((i, m));
        }
        if (named.Count < MinimumRun)
            return lines;
        var result = lines.ToList();
        for (var k = 0; k < named.Count; k++)
        {
            var (i, m) = named[k];
            var text = lines[i].Text;
            var finding = text.Slice(m.Groups["finding"].Index, m.Groups["finding"].Length).Trim().Original.TrimEnd('。');
            var rest = text.Slice(m.Groups["rest"].Index, m.Groups["rest"].Length).Original;
            result[i] = (lines[i].Line, DualText.Of($"{k + 1}、{finding}。{rest}"));
        }
        diagnostics.Add(new(Severity.Info, lines[named[0].Index].Line, "named-findings",
            $"{named.Count} findings named in quotes (关于“…”的问题), each with its account, read as numbered findings"));
        return result;
    }
}
