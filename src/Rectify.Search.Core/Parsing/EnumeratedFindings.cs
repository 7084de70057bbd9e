using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// A 通报's findings told as paragraphs counted in words — 一是南明河…问题。整改情况：… / 二是…问题。整改情况：… — read as
/// numbered findings (一、南明河…问题。整改情况：…), which a progress report's rules then read with their accounts. Only
/// a run of at least two such paragraphs, counted 一是, 二是 … in order, each telling what was done after a label of
/// its own: measures written 一是…；二是… on lines of their own carry no such label and are left as they are.
/// </summary>
internal static partial class EnumeratedFindings
{
    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]{1,3})是(?!否)(?<rest>.+)$")]
    private static partial Regex Counted();

    [GeneratedRegex(@"[。；;](整改情况|整改进展|整改成效|办理情况|处理情况|落实情况)\s*[:：]")]
    private static partial Regex Account();

    private const int MinimumRun = 2;

    public static List<(int Line, DualText Text)> Number(List<(int Line, DualText Text)> lines, List<Diagnostic> diagnostics)
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
}
