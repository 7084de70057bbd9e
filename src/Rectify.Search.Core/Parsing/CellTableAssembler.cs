using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// Puts back together a table that a copy flattened one cell per line — a header of column names (序号, 反馈问题,
/// 整改措施, 责任单位, 完成时限), each on its own line, then each row's cells, each on its own line — and a header
/// whose cells a copy separated by spaces instead of tabs. Rows come back as tab-separated lines, which
/// <see cref="TableLayoutReader"/> reads. Rows are found by their 序号 (1, 2, 3 … each alone on a line) where the
/// table has one, else by counting cells; a row with more lines than columns joins the extra lines into its
/// measures cell (a long cell broken over lines), one with fewer leaves its last cells empty; both are reported.
/// </summary>
internal static partial class CellTableAssembler
{
    /// <summary>A header needs this many column names, one of them the problem or its measures.</summary>
    private const int MinimumColumns = 3;

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"[ \u3000]+")]
    private static partial Regex Spaces();

    /// <summary>A piece of a column name its cell broke over lines (序 / 号, 反馈 / 问题) is at most so long.</summary>
    private const int MaxNamePiece = 3;

    /// <summary>
    /// The column names one per line from <paramref name="start"/> on, and how many lines they take: a name broken over
    /// two lines, as a narrow cell's line break copies (序 / 号, 整改 / 时限, 责任 / 单位), is one — unless the first piece
    /// names a column of its own other than the whole's, so that 序号 over 问题 stay two columns.
    /// </summary>
    private static List<DualText> ColumnNames(List<(int Line, DualText Text)> lines, int start, out int taken)
    {
        var names = new List<DualText>();
        var j = start;
        while (j < lines.Count)
        {
            var text = lines[j].Text;
            if (j + 1 < lines.Count && text.Length <= MaxNamePiece && lines[j + 1].Text.Length <= MaxNamePiece
                && text + lines[j + 1].Text is var joined && TableLayoutReader.IsColumnName(joined)
                && (!TableLayoutReader.IsColumnName(text) || TableLayoutReader.NameTheSameColumn(text, joined)))
            {
                names.Add(joined);
                j += 2;
            }
            else if (TableLayoutReader.IsColumnName(text))
            {
                names.Add(text);
                j++;
            }
            else
                break;
        }
        taken = j - start;
        return names;
    }

    public static List<(int Line, DualText Text)> Reassemble(List<(int Line, DualText Text)> lines, List<Diagnostic> diagnostics)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (SpacedHeader(lines[i].Text) is { } cells)
            {
                // 序号 反馈问题 整改措施 责任单位 完成时限: a header whose tabs became spaces.
                var header = (lines[i].Line, DualText.Of(string.Join("\t", cells.Select(c => c.Original))));
                diagnostics.Add(new(Severity.Info, lines[i].Line, "table-header-spaced", $"a table header with its cells separated by spaces read as {cells.Count} columns"));
                // Rows already separated by tabs need only the header; rows flattened one cell per line are put back.
                if (i + 1 < lines.Count && TableLayoutReader.IsRow(lines[i + 1].Text))
                    return [.. lines.Take(i), header, .. lines.Skip(i + 1)];
                // Rows whose cells are parted by runs of spaces too (1  督察报告第12项  西洞庭湖…  2022年12月底前).
                if (i + 1 < lines.Count && SpacedCells(lines[i + 1].Text).Count >= cells.Count - 1)
                {
                    var rows = lines.Skip(i + 1).TakeWhile(l => SpacedCells(l.Text).Count >= cells.Count - 1).ToList();
                    diagnostics.Add(new(Severity.Info, lines[i + 1].Line, "table-rows-spaced", $"{rows.Count} table row(s) with their cells separated by spaces read as columns"));
                    return [.. lines.Take(i), header, .. rows.Select(r => (r.Line, DualText.Of(string.Join("\t", SpacedCells(r.Text).Select(c => c.Original))))),
                        .. lines.Skip(i + 1 + rows.Count)];
                }
                return [.. lines.Take(i), .. Rows(lines, i + 1, cells, header, diagnostics)];
            }
            var names = ColumnNames(lines, i, out var run);
            if (names.Count >= MinimumColumns && TableLayoutReader.HasContentColumn(names))
            {
                var header = (lines[i].Line, DualText.Of(string.Join("\t", names.Select(c => c.Original))));
                diagnostics.Add(new(Severity.Info, lines[i].Line, "table-cells-joined",
                    $"a table flattened one cell per line (header of {names.Count} columns on lines {lines[i].Line}–{lines[i + run - 1].Line}) read back as rows"));
                return [.. lines.Take(i), .. Rows(lines, i + run, names, header, diagnostics)];
            }
        }
        return lines;
    }

    private static List<DualText>? SpacedHeader(DualText text)
    {
        if (text.Folded.Contains('\t') || text.Folded.Contains('|') || text.Length > 80)
            return null;
        var parts = Spaces().Split(text.Folded.Trim());
        if (parts.Length < MinimumColumns)
            return null;
        var cells = parts.Select(DualText.Of).ToList();
        // Every name a column's, or all but one (任务来源, a column of the table's own, among 序号 反馈问题 整改目标 …).
        var named = cells.Count(TableLayoutReader.IsColumnName);
        return named >= MinimumColumns && named >= cells.Count - 1 && TableLayoutReader.HasContentColumn(cells) ? cells : null;
    }

    /// <summary>A line's cells where they are parted by two spaces or more (or an ideographic space).</summary>
    private static List<DualText> SpacedCells(DualText text) =>
        text.Folded.Contains('\t') || text.Folded.Contains('|') ? [] : WideSpaces().Split(text.Original.Trim()).Select(DualText.Of).ToList();

    [GeneratedRegex(@"(?: {2,}|\u3000+)")]
    private static partial Regex WideSpaces();

    /// <summary>The header, then the lines from <paramref name="start"/> grouped into rows of one line each.</summary>
    private static IEnumerable<(int Line, DualText Text)> Rows(List<(int Line, DualText Text)> lines, int start, IReadOnlyList<DualText> names,
        (int Line, DualText Text) header, List<Diagnostic> diagnostics)
    {
        yield return header;
        var width = names.Count;
        var numbered = TableLayoutReader.IsNumberColumn(names[0]);
        var measureAt = TableLayoutReader.MeasureColumn(names);
        var i = start;
        var expected = 1;
        while (i < lines.Count)
        {
            List<(int Line, DualText Text)> cells;
            if (numbered)
            {
                if (lines[i].Text.Folded.Trim() != expected.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    break;
                var next = i + 1;
                while (next < lines.Count && lines[next].Text.Folded.Trim() != (expected + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
                    next++;
                // The last row ends after its cells: what follows it (a signature, a note) is not part of the table —
                // its measures cell taking as many lines as it numbers (1.… 2.… on lines of their own).
                if (next == lines.Count)
                    next = Math.Min(lines.Count, i + width + (measureAt >= 0 ? NumberedContinuations(lines, i + measureAt) : 0));
                cells = lines.GetRange(i, next - i);
                expected++;
            }
            else
            {
                cells = lines.GetRange(i, Math.Min(width, lines.Count - i));
            }
            var row = Fit(cells.Select(c => c.Text).ToList(), width, measureAt);
            if (cells.Count != width)
                diagnostics.Add(new(Severity.Warning, cells[0].Line, "table-row-uneven",
                    $"row on lines {cells[0].Line}–{cells[^1].Line} has {cells.Count} cell lines for {width} columns; {(cells.Count > width ? "extra lines joined into the measures cell" : "its last cells left empty")}"));
            yield return (cells[0].Line, DualText.Join("\t", row));
            i += cells.Count;
        }
        foreach (var rest in lines.Skip(i))
            yield return rest;
    }

    /// <summary>
    /// How many lines after <paramref name="at"/> go on numbering it: 2.… 3.… after a cell that opens 1.…, in its style.
    /// </summary>
    private static int NumberedContinuations(List<(int Line, DualText Text)> lines, int at)
    {
        if (at >= lines.Count || Headings.Match(lines[at].Text) is not { } first)
            return 0;
        var count = 0;
        while (at + count + 1 < lines.Count && Headings.Match(lines[at + count + 1].Text) is { } h && h.Style == first.Style && h.Number == first.Number + count + 1)
            count++;
        return count;
    }

    /// <summary>Fits a row's cell lines to the columns: extra lines join the measures cell (or the last), missing cells are empty.</summary>
    private static List<DualText> Fit(List<DualText> cells, int width, int measureAt)
    {
        if (cells.Count <= width)
            return [.. cells, .. Enumerable.Repeat(DualText.Empty, width - cells.Count)];
        var at = measureAt >= 0 ? measureAt : width - 1;
        var after = width - at - 1;
        var joined = DualText.Join("", cells.Skip(at).Take(cells.Count - at - after));
        return [.. cells.Take(at), joined, .. cells.Skip(cells.Count - after)];
    }
}
