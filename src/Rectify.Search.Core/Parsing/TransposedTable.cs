using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// A table whose columns are its records and whose rows are their fields — 项目 | 问题一 | 问题二 over 反馈问题 | … | …,
/// 整改目标 | … | … — turned to one row per record under a header of the field labels (序号 | 反馈问题 | 整改目标 …), as
/// <see cref="TableLayoutReader"/> reads any table. The header row's first cell names the rows (项目, 类别 …) and the
/// others number the records (问题一, 问题2, 1); each following row opens with a field label, one of them the problem's.
/// </summary>
internal static partial class TransposedTable
{
    [GeneratedRegex(@"^(项目|类别|事项|栏目|名称|内容|序号)$")]
    private static partial Regex Corner();

    [GeneratedRegex(@"^(问题|事项|任务|反馈问题)?\s*(?<n>\d{1,3}|[一二三四五六七八九十]{1,3})$")]
    private static partial Regex RecordName();

    public static List<(int Line, DualText Text)> Turn(List<(int Line, DualText Text)> lines, List<Diagnostic> diagnostics)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var head = Cells(lines[i].Text);
            if (head.Count < 2 || !Corner().IsMatch(head[0].Folded) || !head.Skip(1).All(c => RecordName().IsMatch(c.Folded)))
                continue;
            var rows = new List<List<DualText>>();
            for (var j = i + 1; j < lines.Count; j++)
            {
                var cells = Cells(lines[j].Text);
                if (cells.Count < 2 || cells.Count > head.Count || !FieldLabels.TryMatchHeading(cells[0], null, out var field) || !field.Value.IsEmpty)
                    break;
                rows.Add(cells);
            }
            if (rows.Count < 2 || !rows.Any(r => FieldLabels.TryMatchHeading(r[0], null, out var f) && f.Kind == FieldKind.Problem))
                continue;
            var turned = new List<(int, DualText)> { (lines[i].Line, DualText.Of(string.Join("\t", rows.Select(r => r[0].Original).Prepend("序号")))) };
            for (var k = 1; k < head.Count; k++)
                turned.Add((lines[i].Line, DualText.Of(string.Join("\t", rows.Select(r => k < r.Count ? r[k].Original : "").Prepend(k.ToString(System.Globalization.CultureInfo.InvariantCulture))))));
            diagnostics.Add(new(Severity.Info, lines[i].Line, "table-transposed",
                $"a table whose columns are its records ({string.Join(" | ", head.Select(c => c.Original))}) read as one row per record"));
            return [.. lines.Take(i), .. turned, .. lines.Skip(i + 1 + rows.Count)];
        }
        return lines;
    }

    /// <summary>
    /// A tab-separated row's cells (the table reader's split), matched as folded — 項目 | 問題一 in a traditional copy are
    /// 项目 | 问题一 — and written as printed; none for a line without tabs.
    /// </summary>
    private static List<DualText> Cells(DualText text) =>
        text.Folded.Contains('\t') ? [.. TableLayoutReader.Cells(text)] : [];
}
