using System.Text;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// A table copied from a spreadsheet and pasted as text: cells parted by tabs, and a cell holding a line break put in
/// double quotes, its own quotes doubled (1 → "澧县部分乡镇污水处理厂…， / 配套管网建设滞后。" → …), as Excel and WPS put a
/// range on the clipboard. Each such row is written back as one tab-separated line for <see cref="TableLayoutReader"/>,
/// its quotes undone and a quoted cell's lines joined (by a space only between Latin letters or digits); the lines it
/// spanned are left blank, so that every line keeps its number. Only where a row of tabs has a cell whose quotes close
/// on a later line, right before a tab or the line's end: a cell that merely opens with a quotation (“两高”, or
/// "两高"项目 in ASCII) is not a quoted cell and stays as it is.
/// </summary>
internal static class QuotedCellsTable
{
    /// <summary>The most lines one quoted cell is read over; a quote left open further is no cell.</summary>
    private const int MaxCellLines = 40;

    public static string[] Rewrite(string[] lines, List<Diagnostic> diagnostics)
    {
        var rows = new List<(int First, int Last, List<string> Cells)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains('\t') || Row(lines, i) is not { } row)
                continue;
            rows.Add((i, row.Last, row.Cells));
            i = row.Last;
        }
        if (!rows.Any(r => r.Last > r.First))
            return lines;
        var rewritten = (string[])lines.Clone();
        foreach (var (first, last, cells) in rows)
        {
            for (var i = first; i <= last; i++)
                rewritten[i] = "";
            rewritten[first] = string.Join('\t', cells);
        }
        var spanning = rows.Where(r => r.Last > r.First).ToList();
        diagnostics.Add(new(Severity.Info, spanning[0].First + 1, "quoted-cells",
            $"a table pasted from a spreadsheet, cells with line breaks in quotes: {spanning.Count} row(s) over several lines (first: lines {spanning[0].First + 1}–{spanning[0].Last + 1}) read a row per line"));
        return rewritten;
    }

    /// <summary>
    /// A cell's line breaks joined as its text reads: nothing between Chinese characters and punctuation (…低负荷运行，
    /// 配套管网…), a space between Latin letters or digits (COD / 50mg/L).
    /// </summary>
    private static string JoinBreaks(string cell)
    {
        if (!cell.Contains('\n'))
            return cell;
        var joined = new StringBuilder(cell.Length);
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] != '\n')
                joined.Append(cell[i]);
            else if (joined.Length > 0 && i + 1 < cell.Length && char.IsAscii(joined[^1]) && char.IsAscii(cell[i + 1])
                     && !char.IsWhiteSpace(joined[^1]) && !char.IsWhiteSpace(cell[i + 1]))
                joined.Append(' ');
        }
        return joined.ToString();
    }

    /// <summary>
    /// The row of tab-separated cells opening at line <paramref name="start"/> with at least one quoted cell, and the
    /// line it ends on; null when no cell is quoted or a quoted cell is ill-formed (a quote closing before other text).
    /// </summary>
    private static (int Last, List<string> Cells)? Row(string[] lines, int start)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = start;
        var s = lines[line];
        var p = 0;
        var quoted = false;
        while (true)
        {
            if (p < s.Length && s[p] == '"')
            {
                quoted = true;
                p++;
                while (true)
                {
                    if (p >= s.Length)
                    {
                        if (line + 1 >= lines.Length || line - start >= MaxCellLines)
                            return null;
                        s = lines[++line];
                        p = 0;
                        cell.Append('\n');
                        continue;
                    }
                    if (s[p] == '"')
                    {
                        if (p + 1 < s.Length && s[p + 1] == '"')
                        {
                            cell.Append('"');
                            p += 2;
                            continue;
                        }
                        p++;
                        break;
                    }
                    cell.Append(s[p++]);
                }
                if (p < s.Length && s[p] != '\t')
                    return null;
            }
            else
            {
                var end = s.IndexOf('\t', p) is var tab and >= 0 ? tab : s.Length;
                cell.Append(s, p, end - p);
                p = end;
            }
            cells.Add(JoinBreaks(cell.ToString()).Trim());
            cell.Clear();
            if (p >= s.Length)
                break;
            p++;
        }
        return quoted ? (line, cells) : null;
    }
}
