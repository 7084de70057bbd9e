using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// A table copied out of a PDF as text, its cells parted by single spaces (序号 反馈问题 责任单位 整改时限 … over
/// 1 丹江商州段…河床裸露。 市水利局、商州区政府 2022年底 …): where a line of column names parted by spaces is a problem
/// list's header with 序号 first, every line after it that opens with a number and parts into exactly as many cells is
/// one of its rows, and the rows are written with tabs, as a table copied whole is. The first line that does not part so
/// ends the table (a signature, a note); a row whose cells hold spaces of their own cannot be told apart, so a table with
/// such a row is left as it is.
/// </summary>
internal static partial class SpacePartedTable
{
    public static string[] Rewrite(string[] lines, List<Diagnostic> diagnostics)
    {
        for (var h = 0; h < lines.Length; h++)
        {
            var names = Cells(lines[h]);
            if (names.Count < 3 || lines[h].Contains('\t') || lines[h].Contains('|')
                || !names.All(n => TableLayoutReader.IsColumnName(DualText.Of(n)))
                || TableLayoutReader.HeaderOf(names) is not (true, 0))
                continue;
            var rows = new List<int>();
            for (var i = h + 1; i < lines.Length; i++)
            {
                if (lines[i].Trim().Length == 0)
                    continue;
                if (!NumberedRow().IsMatch(lines[i]) || Cells(lines[i]).Count != names.Count)
                    break;
                rows.Add(i);
            }
            if (rows.Count == 0 || (rows[^1] + 1 < lines.Length && NumberedRow().IsMatch(lines[rows[^1] + 1])))
                return lines; // a numbered line that does not part into the header's cells: a cell with spaces of its own
            var rewritten = (string[])lines.Clone();
            foreach (var i in rows.Prepend(h))
                rewritten[i] = string.Join('\t', Cells(lines[i]));
            diagnostics.Add(new(Severity.Info, h + 1, "space-parted-table",
                $"a table whose cells are parted by spaces ({names.Count} columns, {rows.Count} row(s)) read by its header's columns"));
            return rewritten;
        }
        return lines;
    }

    private static List<string> Cells(string line) => Gaps().Split(line.Trim()).Where(c => c.Length > 0).ToList();

    [GeneratedRegex(@"[ \u3000]+")]
    private static partial Regex Gaps();

    [GeneratedRegex(@"^\s*\d{1,3}[ \u3000]")]
    private static partial Regex NumberedRow();
}
