using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// A table set in fixed columns, as a form printed to text lays it out: a header of column names parted by runs of
/// spaces, 序号 first (序号  反馈问题      责任单位      整改时限 …), each row opening with its number under 序号 and its
/// cells under the names, and a cell too long for its column going on in the same column on the lines below, the number
/// column left blank there (1  韩江…生活垃圾随意堆放，  县住建局、 / ␣␣␣␣␣␣雨季随径流进入河道。  沿江各镇人民政府). Each cell is
/// placed by where it starts on the line (in display width: a Chinese character two columns, as a fixed-width font sets
/// it), the lines a row runs on over are joined into its cells, and the rows are written with tabs, as a table copied
/// whole is. A header parted by single spaces is <see cref="SpacePartedTable"/>'s.
/// </summary>
internal static partial class AlignedColumnsTable
{
    /// <summary>How far a cell may start before its column's name and still be that column's (a name centred over it).</summary>
    private const int Slack = 2;

    public static string[] Rewrite(string[] lines, List<Diagnostic> diagnostics)
    {
        for (var h = 0; h < lines.Length; h++)
        {
            if (lines[h].Contains('\t') || lines[h].Contains('|'))
                continue;
            var names = Cells(lines[h]);
            if (names.Count < 3 || !names.All(n => TableLayoutReader.IsColumnName(DualText.Of(n.Text)))
                || TableLayoutReader.HeaderOf(names.Select(n => n.Text).ToList()) is not (true, 0))
                continue;
            var starts = names.Select(n => n.At).ToList();
            var rows = new List<(int Line, string[] Cells)>();
            var continued = new List<int>();
            var afterBlank = false;
            for (var i = h + 1; i < lines.Length; i++)
            {
                if (lines[i].Trim().Length == 0)
                {
                    afterBlank = true;
                    continue;
                }
                var cells = Cells(lines[i]);
                if (cells[0].At < starts[1] - Slack && RowNumber().IsMatch(cells[0].Text))
                {
                    var row = new string[starts.Count];
                    Array.Fill(row, "");
                    Place(cells, starts, row);
                    rows.Add((i, row));
                    afterBlank = false;
                }
                // A wrapped cell goes on right below its row: an indented paragraph after a blank line (　　公示期间…) is the
                // notice's own.
                else if (rows.Count > 0 && !afterBlank && cells[0].At >= starts[1] - Slack)
                {
                    Place(cells, starts, rows[^1].Cells);
                    continued.Add(i);
                }
                else
                {
                    break;
                }
            }
            if (rows.Count == 0)
                continue;
            var rewritten = (string[])lines.Clone();
            rewritten[h] = string.Join('\t', names.Select(n => n.Text));
            foreach (var (line, cells) in rows)
                rewritten[line] = string.Join('\t', cells);
            foreach (var line in continued)
                rewritten[line] = "";
            diagnostics.Add(new(Severity.Info, h + 1, "aligned-columns-table",
                $"a table set in fixed columns ({starts.Count} columns, {rows.Count} row(s), {continued.Count} line(s) of cells wrapped within their columns) read by where its cells start"));
            return rewritten;
        }
        return lines;
    }

    /// <summary>Adds each cell to the column it starts under: the last whose name starts at or before it (with <see cref="Slack"/>).</summary>
    private static void Place(List<(int At, string Text)> cells, List<int> starts, string[] row)
    {
        foreach (var (at, text) in cells)
        {
            var column = starts.FindLastIndex(s => s <= at + Slack);
            if (column < 0)
                column = 0;
            row[column] += text;
        }
    }

    /// <summary>The cells of a line parted by runs of two spaces or more (or an ideographic space), each with its start in display width.</summary>
    private static List<(int At, string Text)> Cells(string line)
    {
        var cells = new List<(int At, string Text)>();
        foreach (Match m in Cell().Matches(line))
            cells.Add((TextShapes.DisplayWidth(line.AsSpan(0, m.Index)), m.Value));
        return cells;
    }

    /// <summary>A cell: text whose words are parted by single spaces at most.</summary>
    [GeneratedRegex(@"[^ \u3000]+(?: [^ \u3000]+)*")]
    private static partial Regex Cell();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex RowNumber();
}
