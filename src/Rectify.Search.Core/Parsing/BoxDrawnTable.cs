using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// A table drawn in text with box-drawing characters (┌──┬──┐ / │序号│反馈问题│ / ├──┼──┤ / └──┴──┘) or in ASCII
/// (+----+----+ / | … | … |), as an older system's export or a text copy of a ruled table prints it, each cell wrapped
/// over several lines between its bars. Each row is written back as one tab-separated line, its cells' pieces joined
/// in order, as a table copied whole is (<see cref="TableLayoutReader"/> reads it). A row runs from one rule to the next;
/// where no rule parts the rows, a line whose first cell is filled opens a row and the lines below with that cell empty
/// continue it. Rules and continued lines are left blank, so that every line keeps its number. Only a block with a
/// rule and two lines of cells is read so; a Markdown table (| a | b | without + or box corners) is left as it is.
/// </summary>
internal static partial class BoxDrawnTable
{
    public static string[] Rewrite(string[] lines, List<Diagnostic> diagnostics)
    {
        string[]? rewritten = null;
        for (var start = 0; start < lines.Length; start++)
        {
            if (!IsRule(lines[start]) && !IsCells(lines[start]))
                continue;
            var end = start;
            while (end < lines.Length && (IsRule(lines[end]) || IsCells(lines[end])))
                end++;
            var block = Enumerable.Range(start, end - start).ToList();
            if (block.Count(i => IsRule(lines[i])) >= 1 && block.Count(i => IsCells(lines[i])) >= 2)
            {
                rewritten ??= (string[])lines.Clone();
                var rows = Rows(lines, block);
                foreach (var i in block)
                    rewritten[i] = "";
                foreach (var row in rows)
                    rewritten[row[0]] = string.Join('\t', Join(row.Select(i => Cells(lines[i])).ToList()));
                diagnostics.Add(new(Severity.Info, start + 1, "box-drawn-table",
                    $"lines {start + 1}–{end}: a table drawn with rules in text ({rows.Count} row(s), the header among them) read a row per line, its wrapped cells joined"));
            }
            start = end;
        }
        return rewritten ?? lines;
    }

    /// <summary>
    /// The lines of cells of each row. Where rules part the rows (three runs of lines or more between rules: the header
    /// and two rows at least), each run is a row. Where a rule parts only the header from the rows, a line whose first
    /// cell is filled opens a row in that run, and lines below with that cell empty continue it.
    /// </summary>
    private static List<List<int>> Rows(string[] lines, List<int> block)
    {
        var runs = new List<List<int>>();
        var opens = true;
        foreach (var i in block)
        {
            if (IsRule(lines[i]))
            {
                opens = true;
                continue;
            }
            if (opens)
                runs.Add([]);
            runs[^1].Add(i);
            opens = false;
        }
        if (runs.Count >= 3)
            return runs;
        var rows = new List<List<int>>();
        foreach (var run in runs)
        {
            var keyed = Cells(lines[run[0]])[0].Length > 0;
            foreach (var i in run)
            {
                if (i == run[0] || keyed && Cells(lines[i])[0].Length > 0)
                    rows.Add([]);
                rows[^1].Add(i);
            }
        }
        return rows;
    }

    /// <summary>The cells of a line between its bars, trimmed (empty where the cell has no text on this line).</summary>
    private static List<string> Cells(string line)
    {
        var inner = line.Trim();
        inner = inner[1..];
        if (inner.Length > 0 && Bars.Contains(inner[^1]))
            inner = inner[..^1];
        return inner.Split(Bars).Select(c => c.Trim(' ', '\u3000')).ToList();
    }

    /// <summary>A row's cells: each column's pieces over its lines joined, in order.</summary>
    private static List<string> Join(List<List<string>> lines)
    {
        var columns = lines.Max(l => l.Count);
        return Enumerable.Range(0, columns).Select(c => string.Concat(lines.Select(l => c < l.Count ? l[c] : ""))).ToList();
    }

    private static readonly char[] Bars = ['│', '┃', '║', '|', '｜'];

    private static bool IsCells(string line) => Cell().IsMatch(line);

    private static bool IsRule(string line) => Rule().IsMatch(line);

    /// <summary>A line of cells: opening with a bar, two bars more at least.</summary>
    [GeneratedRegex(@"^\s*[│┃║|｜](?:[^│┃║|｜]*[│┃║|｜]){2,}\s*$")]
    private static partial Regex Cell();

    /// <summary>A rule: box corners and joints over lines (┌──┬──┐, ├──┼──┤, ╞══╪══╡), or + and - in ASCII (+----+----+).</summary>
    [GeneratedRegex(@"^\s*(?:[┌├└╔╠╚┏┣┗╒╞╘╓╟╙][─━═┬┼┴╤╪╧╦╬╩┳╋┻╥╫╨\s]+[┐┤┘╗╣╝┓┫┛╕╡╛╖╢╜]|\+[-=]+(?:\+[-=]+)*\+)\s*$")]
    private static partial Regex Rule();
}
