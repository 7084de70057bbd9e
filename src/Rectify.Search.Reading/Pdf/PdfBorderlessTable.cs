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
/// exactly one number (or code: HT-01); where none of that holds because each cell is centred in its row's height, each
/// column's cells go to the row whose number stands nearest (<see cref="Centred"/>); else the lines are read as lines, as
/// before. A 序号 set too close to the next column's name to leave a gap (序号类别) is parted from it. The table ends at a line with words in the 序号
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
            var header = KeyApart(Runs(lines[h], size), lines[h]);
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
            List<Row> rows;
            if (groups.All(g => g.Count(Numbered) == 1))
            {
                rows = groups.Select(g =>
                {
                    var cells = header.Select(_ => new System.Text.StringBuilder()).ToArray();
                    foreach (var letter in g.SelectMany(i => lines[i]))
                        cells[ColumnOf(Centre(letter))].Append(letter.Value);
                    return new Row(cells.Select(c => c.ToString()).ToArray(), lines[g[0]].Max(l => l.BoundingBox.Top), lines[g[^1]][0].StartBaseLine.Y);
                }).ToList();
            }
            else if (Centred(lines, body, header.Count, ColumnOf, Numbered) is { } centred)
            {
                (rows, body) = centred;
            }
            else
            {
                continue;
            }
            // The header is a row of its own.
            rows.Insert(0, new Row(header.Select(r => r.Text).ToArray(), lines[h].Max(l => l.BoundingBox.Top), lines[h][0].StartBaseLine.Y));
            return (rows, body.Append(h).ToHashSet());
        }
        return null;
    }

    /// <summary>
    /// The rows of a table whose cells are centred in their rows' height, so that the lines of a short cell fall between
    /// those of a tall one and no gap between lines parts the rows: each column's lines are cut into cells where they
    /// stand further apart than a cell's own lines do (by the 8 % a baseline's rounding moves), and each cell goes to
    /// the row whose number stands nearest its middle (a cell merged down over two rows, midway, to the first). A row
    /// reaches below its number as far as above it: a signature under the last row stays out. Null unless every row has
    /// two cells. The lines taken come with the rows (a line none of whose cells a row took is left to be read as a line).
    /// </summary>
    private static (List<Row> Rows, List<int> Taken)? Centred(List<List<Letter>> lines, List<int> body, int columns, Func<double, int> columnOf, Func<int, bool> numbered)
    {
        var pieces = body.SelectMany(i => lines[i].GroupBy(l => columnOf(Centre(l))).Select(g => new Piece(i, g.Key, string.Concat(g.Select(l => l.Value)),
            g.Average(l => l.StartBaseLine.Y), g.Max(l => l.BoundingBox.Top), g.Max(l => l.PointSize)))).ToList();
        var numbers = pieces.Where(p => p.Column == 0 && numbered(p.Line)).Select(p => p.Y).ToList();
        // A cell's lines stand a line's pitch apart: the closest two lines of one column, a glyph's height at least.
        var pitch = pieces.GroupBy(p => p.Column).SelectMany(g => g.Zip(g.Skip(1), (a, b) => (Gap: a.Y - b.Y, Size: a.Size)))
            .Where(g => g.Gap >= g.Size / 2).Select(g => g.Gap).DefaultIfEmpty(0).Min();
        if (pitch <= 0 || numbers.Count < 2)
            return null;
        var cells = new List<(int Row, int Column, List<Piece> Pieces)>();
        foreach (var column in pieces.GroupBy(p => p.Column))
        {
            var run = new List<Piece>();
            foreach (var piece in column.Append(null))
            {
                if (run.Count > 0 && (piece is null || run[^1].Y - piece.Y > pitch * 1.08))
                {
                    var middle = (run[0].Y + run[^1].Y) / 2;
                    var distances = numbers.Select(n => Math.Abs(n - middle)).ToList();
                    var row = distances.IndexOf(distances.Min());
                    // Midway between two rows: a cell merged down over them, which a table reads in its first.
                    if (row > 0 && distances[row - 1] - distances[row] < pitch / 2)
                        row--;
                    cells.Add((row, column.Key, [.. run]));
                    run.Clear();
                }
                if (piece is not null)
                    run.Add(piece);
            }
        }
        // The last row reaches below its number as far as its cells stand above it.
        var last = numbers.Count - 1;
        var above = cells.Where(c => c.Row == last).Select(c => c.Pieces[0].Top - numbers[last]).DefaultIfEmpty(0).Max();
        cells.RemoveAll(c => c.Row == last && numbers[last] - c.Pieces[^1].Y > above + pitch / 2);
        var rows = new List<Row>();
        for (var r = 0; r < numbers.Count; r++)
        {
            var own = cells.Where(c => c.Row == r).ToList();
            if (own.Count < 2)
                return null;
            var texts = Enumerable.Range(0, columns).Select(c => string.Concat(own.Where(o => o.Column == c).SelectMany(o => o.Pieces).Select(p => p.Text))).ToArray();
            rows.Add(new Row(texts, own.Max(o => o.Pieces[0].Top), own.Min(o => o.Pieces[^1].Y)));
        }
        return (rows, cells.SelectMany(c => c.Pieces).Select(p => p.Line).Distinct().Order().ToList());
    }

    /// <summary>The glyphs of one line that stand in one column: its line, column, text, baseline, top and glyph size.</summary>
    private sealed record Piece(int Line, int Column, string Text, double Y, double Top, double Size);

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

    /// <summary>
    /// The header's runs with its 序号 (编号, 问题编号) parted from a name set too close after it to leave a gap (序号类别:
    /// two narrow columns' names centred a few points apart).
    /// </summary>
    private static List<(string Text, double Left, double Right)> KeyApart(List<(string Text, double Left, double Right)> runs, List<Letter> line)
    {
        if (runs.Count == 0 || Keys.FirstOrDefault(k => runs[0].Text.StartsWith(k, StringComparison.Ordinal) && runs[0].Text.Length > k.Length) is not { } key
            || line.Take(key.Length).Sum(l => l.Value.Length) != key.Length)
            return runs;
        var (text, left, right) = runs[0];
        return [(key, left, line[key.Length - 1].EndBaseLine.X), (text[key.Length..], line[key.Length].StartBaseLine.X, right), .. runs.Skip(1)];
    }

    /// <summary>The names a list's key column is headed by.</summary>
    private static readonly string[] Keys = ["问题编号", "序号", "编号"];

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
