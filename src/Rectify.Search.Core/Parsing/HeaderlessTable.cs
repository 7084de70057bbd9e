using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// A table whose header stayed on another page (a 续表, a copy of a table's second half) or was never printed: rows of
/// cells parted by bars, tabs or runs of spaces, each opening with its number or its problem's code, and no line naming
/// their columns. Where every row opens with its number and has as many cells as
/// the others, each column is named by what all its cells hold — a date or 长期坚持 the deadline, bodies' names
/// (…局, …人民政府) the units, 已完成… the account, and the one column left, of text at least eight characters long on
/// average, the finding — and a header line is written above the rows, so that the table is read as one printed with
/// its header. Two columns left unnamed (two of prose: which is the finding?) leave the lines as they were, as does a
/// text that has a header of its own.
/// </summary>
internal static partial class HeaderlessTable
{
    public static string[] Rewrite(string[] lines, List<Diagnostic> diagnostics)
    {
        if (lines.Any(l => TableLayoutReader.HeaderOf(TableLayoutReader.Cells(DualText.Of(l.Trim())).Select(c => c.Folded).ToList()).Header))
            return lines;
        var start = Array.FindIndex(lines, l => RowOf(l) is not null);
        if (start < 0)
            return lines;
        var read = new List<(List<DualText> Cells, bool Spaced)>();
        for (var end = start; end < lines.Length && RowOf(lines[end]) is { } row && (read.Count == 0 || row.Cells.Count == read[0].Cells.Count); end++)
            read.Add(row);
        var rows = read.Select(r => r.Cells.Select(c => c.Folded).ToList()).ToList();
        if (rows.Count < 2 || rows[0].Count < 4)
            return lines;
        var names = new string[rows[0].Count];
        names[0] = "序号";
        for (var c = 1; c < names.Length; c++)
        {
            var column = rows.Select(r => r[c]).ToList();
            names[c] = column.All(v => Deadline().IsMatch(v)) ? "整改时限"
                : column.All(v => Units().IsMatch(v)) ? "责任单位"
                : column.All(v => Account().IsMatch(v)) ? "整改情况"
                : "";
        }
        var open = Enumerable.Range(1, names.Length - 1).Where(c => names[c].Length == 0).ToList();
        if (open.Count != 1 || names.Distinct().Count() != names.Length || rows.Average(r => r[open[0]].Length) < 8)
            return lines;
        names[open[0]] = "反馈问题";
        // Rows whose cells runs of spaces part are written with bars, as the header is, cut where they were read.
        var body = lines.Skip(start).Select((l, k) => k < read.Count && read[k].Spaced ? string.Join('|', read[k].Cells.Select(c => c.Original)) : l);
        var rewritten = lines.Take(start).Append(string.Join('|', names)).Concat(body).ToArray();
        diagnostics.Add(new(Severity.Warning, start + 1, "table-without-header",
            $"{rows.Count} numbered rows with no header above them (a table continued from another page): their columns read from what they hold as {string.Join(" | ", names)}"));
        return rewritten;
    }

    /// <summary>
    /// A row's cells when it is one of a headerless table's: bars or tabs between them — or runs of spaces, four cells at
    /// least (DC-2021-05　　北江…　　市自然资源局　　2021年12月底前　　已完成) —, its number or its code first.
    /// </summary>
    private static (List<DualText> Cells, bool Spaced)? RowOf(string line)
    {
        var text = DualText.Of(line.Trim());
        var (cells, spaced) = TableLayoutReader.IsRow(text) ? (TableLayoutReader.Cells(text), false) : (SpacedCells(text), true);
        return cells.Count >= (spaced ? 4 : 3) && Number().IsMatch(cells[0].Folded) ? (cells, spaced) : null;
    }

    /// <summary>The line cut at each run of spaces (on the folded text, where an ideographic space is a space).</summary>
    private static List<DualText> SpacedCells(DualText text)
    {
        var cells = new List<DualText>();
        var from = 0;
        foreach (Match gap in WideSpaces().Matches(text.Folded))
        {
            cells.Add(text.Slice(from, gap.Index - from));
            from = gap.Index + gap.Length;
        }
        cells.Add(text.Slice(from));
        return cells;
    }

    /// <summary>A row's number (3) or its problem's code (DC-2021-05, XT-01).</summary>
    [GeneratedRegex(@"^(?:\d{1,3}|[A-Za-z]{1,4}-?\d{1,4}(?:-\d{1,4}){0,2})$")]
    private static partial Regex Number();

    /// <summary>Two spaces or more in folded text (an ideographic space is folded to a space).</summary>
    [GeneratedRegex(" {2,}")]
    private static partial Regex WideSpaces();

    [GeneratedRegex(@"^(?:(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:底|末|年底|上旬|中旬|下旬)?(?:前|以前)?(?:完成)?(?:[,，;；]?(?:并)?长期坚持)?|长期坚持|立行立改|持续推进)$")]
    private static partial Regex Deadline();

    [GeneratedRegex(@"^(?:[^,。;:，；]{2,30}?(?:局|人民政府|政府|委员会|办公室|管委会|中心|分局|街道办事处)[、,，]?)+$")]
    private static partial Regex Units();

    [GeneratedRegex(@"^(?:已完成|已整改|基本完成|正在|序时推进|按序时|未完成|持续推进中|完成整改)")]
    private static partial Regex Account();
}
