using Rectify.Search.Core.Parsing;
using UglyToad.PdfPig.Content;

namespace Rectify.Search.Reading.Pdf;

/// <summary>
/// A problem list printed without rules (a sheet printed to PDF with no cell borders), whose cells wrap over several
/// lines printed side by side: read line by line, each line would hold a piece of every cell. Found by its header row,
/// whose words name a problem list's columns, 序号 (or 编号, 问题编号) first (<see cref="TableHeaders"/>: the names the parser reads a table
/// by). Each glyph below it goes to the column it stands under: a column begins where most of its lines begin, else
/// halfway between the headers' centres. Rows are parted by the cells' padding — a gap between two lines wider than
/// their usual spacing — or, where no padding shows, at each line whose 序号 column holds a number; every row must hold
/// exactly one number (or code: HT-01), else the lines are read as lines, as before. The table ends at a line with words in the 序号
/// column (a note or signature printed over the width) or at a gap half again the widest inside it.
/// </summary>
internal static partial class PdfBorderlessTable
{
    /// <summary>A row of the table: its cells, and the top and bottom of its lines.</summary>
    public sealed record Row(string[] Cells, double Top, double Bottom);

    /// <summary>
    /// The table among <paramref name="lines"/> (grouped glyphs, top to bottom), if any: its rows, and the indices of the
    /// lines it took (its header and rows), which are not read again as lines.
    /// </summary>
    public static (List<Row> Rows, HashSet<int> Taken)? Find(List<List<Letter>> lines, Func<Letter, double> size)
    {
        for (var h = 0; h < lines.Count; h++)
        {
            var header = Runs(lines[h], size);
            if (header.Count < 3 || TableHeaders.Of(header.Select(r => r.Text).ToList()) is not (true, 0))
                continue;
            // The 序号 column, first, is what lies left of the second column's header: a number, right-aligned or not.
            string InNumber(int i) => string.Concat(lines[i].Where(l => Centre(l) < header[1].Left - 1).Select(l => l.Value)).Trim();
            // The table's lines: down to a line with words in the 序号 column (a note or signature printed over the
            // width), or a gap wider than half again the widest inside the table (a tall row's cells set at its bottom
            // leave room above them), two lines at least; the first row may stand up to twelve lines below the header.
            var body = new List<int>();
            var lineHeight = size(lines[h][0]) * 1.2;
            var widest = 2 * lineHeight;
            for (var i = h + 1; i < lines.Count; i++)
            {
                var gap = lines[body.Count > 0 ? body[^1] : h][0].StartBaseLine.Y - lines[i][0].StartBaseLine.Y;
                if (gap > (body.Count == 0 ? 12 * lineHeight : 1.5 * widest) || InNumber(i) is { Length: > 0 } n && !IsKey(n))
                    break;
                widest = Math.Max(widest, gap);
                body.Add(i);
            }
            // Each column begins where most of its lines begin (cells are written from their left edge, whether the
            // header above them is centred or not); a column whose lines all run on from the one before is parted
            // halfway between the headers' centres.
            var lefts = body.SelectMany(i => Runs(lines[i], size)).Select(r => Math.Round(r.Left)).ToList();
            var bounds = header.Zip(header.Skip(1), (a, b) =>
            {
                var centre = (a.Left + a.Right) / 2;
                var starts = lefts.Where(x => x > centre && x <= b.Right).ToList();
                return starts.Count == 0 ? (centre + (b.Left + b.Right) / 2) / 2
                    : starts.GroupBy(x => x).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key - 1;
            }).ToArray();
            int ColumnOf(double x) => bounds.Count(b => x > b);
            bool Numbered(int i) => InNumber(i) is { Length: > 0 } n && IsKey(n);
            if (body.Count(Numbered) < 2)
                continue;
            // Rows are parted by the cells' padding: a gap between lines wider than their median spacing (by more than
            // the 8 % a baseline's rounding moves it). Each row holds one number, wherever the cell aligns it (top,
            // middle or bottom). Where no padding shows (rows of one line each), each numbered line opens a row.
            var gaps = body.Zip(body.Skip(1), (a, b) => lines[a][0].StartBaseLine.Y - lines[b][0].StartBaseLine.Y).ToList();
            var spacing = gaps.Count == 0 ? 0 : gaps.Order().ElementAt(gaps.Count / 2) * 1.08;
            var groups = Parted(body, k => gaps[k - 1] > spacing);
            if (groups.Any(g => g.Count(Numbered) != 1))
                groups = Parted(body, k => Numbered(body[k]));
            if (groups.Any(g => g.Count(Numbered) != 1))
                continue;
            var rows = groups.Select(g =>
            {
                var cells = header.Select(_ => new System.Text.StringBuilder()).ToArray();
                foreach (var letter in g.SelectMany(i => lines[i]))
                    cells[ColumnOf(Centre(letter))].Append(letter.Value);
                return new Row(cells.Select(c => c.ToString()).ToArray(), lines[g[0]].Max(l => l.BoundingBox.Top), lines[g[^1]][0].StartBaseLine.Y);
            }).ToList();
            // The header is a row of its own.
            rows.Insert(0, new Row(header.Select(r => r.Text).ToArray(), lines[h].Max(l => l.BoundingBox.Top), lines[h][0].StartBaseLine.Y));
            return (rows, body.Append(h).ToHashSet());
        }
        return null;
    }

    /// <summary>
    /// What a row's first cell holds in a list keyed by it: a number (1, 12), or a code of Latin letters and digits
    /// (HT-01, XT2023-3) under 编号 or 问题编号 — never words, which are a note printed over the table's width.
    /// </summary>
    private static bool IsKey(string cell) => cell.All(char.IsAsciiDigit) || Code().IsMatch(cell);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?=.*\d)[A-Za-z0-9][A-Za-z0-9\-_.]{0,15}$")]
    private static partial System.Text.RegularExpressions.Regex Code();

    /// <summary><paramref name="body"/> cut before each index <paramref name="opens"/> says starts a row.</summary>
    private static List<List<int>> Parted(List<int> body, Func<int, bool> opens)
    {
        var groups = new List<List<int>> { new() { body[0] } };
        for (var k = 1; k < body.Count; k++)
        {
            if (opens(k))
                groups.Add([]);
            groups[^1].Add(body[k]);
        }
        return groups;
    }

    private static double Centre(Letter letter) => (letter.StartBaseLine.X + letter.EndBaseLine.X) / 2;

    /// <summary>
    /// A line's runs of glyphs parted by gaps wider than half a glyph: Chinese is set without gaps, so a gap parts cells
    /// (序号 and 反馈问题 over a narrow column stand a glyph apart).
    /// </summary>
    private static List<(string Text, double Left, double Right)> Runs(List<Letter> line, Func<Letter, double> size)
    {
        var runs = new List<(string, double, double)>();
        var start = 0;
        for (var i = 1; i <= line.Count; i++)
        {
            if (i < line.Count && line[i].StartBaseLine.X - line[i - 1].EndBaseLine.X <= size(line[i]) / 2)
                continue;
            runs.Add((string.Concat(line.Skip(start).Take(i - start).Select(l => l.Value)), line[start].StartBaseLine.X, line[i - 1].EndBaseLine.X));
            start = i;
        }
        return runs;
    }
}
