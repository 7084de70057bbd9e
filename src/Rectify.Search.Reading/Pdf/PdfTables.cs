using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Rectify.Search.Reading.Pdf;

/// <summary>
/// Tables drawn with ruling lines, recovered as rows of cells. The vertical rules of a table give its column
/// boundaries, its horizontal rules its rows. A cell merged down (no rule across its column between two rows) holds
/// its whole text in its first row and leaves the rows below empty; a cell spanning columns (no rule between them
/// in that row) holds its text in its first column and leaves the others empty — the shape Word's and Excel's tables
/// are read in. Text inside a cell that wrapped is joined. Tables without rules are not recognised here; their rows are
/// read as lines, columns told by wide gaps.
/// </summary>
internal sealed class PdfTable
{
    private const double Tolerance = 2;

    private readonly List<Segment> _horizontals;
    private readonly List<Segment> _verticals;

    private PdfTable(double[] columns, double[] bands, List<Segment> horizontals, List<Segment> verticals)
    {
        Columns = columns;
        Bands = bands;
        _horizontals = horizontals;
        _verticals = verticals;
    }

    /// <summary>Column boundaries, left to right: n + 1 of them for n columns.</summary>
    public double[] Columns { get; }

    /// <summary>Every horizontal rule's height, top to bottom: the rows lie between consecutive ones.</summary>
    public double[] Bands { get; }

    public double Left => Columns[0];

    public double Right => Columns[^1];

    public double Top => Bands[0];

    public double Bottom => Bands[^1];

    /// <summary>
    /// A table row: the height of its top rule, its cells' text (one per column), and for each cell how far its text
    /// stops above the cell's bottom rule, in glyph sizes (a text cut off by a page break runs to the rule).
    /// </summary>
    public sealed record Row(double Top, string[] Cells, double[] Room);

    /// <summary>A ruling line (or a rectangle thin enough to be one).</summary>
    private readonly record struct Segment(double X1, double Y1, double X2, double Y2)
    {
        public bool IsHorizontal => Y2 - Y1 < 1.5 && X2 - X1 >= 8;

        public bool IsVertical => X2 - X1 < 1.5 && Y2 - Y1 >= 4;

        public double X => (X1 + X2) / 2;

        public double Y => (Y1 + Y2) / 2;
    }

    /// <summary>The ruled tables of a page, top first.</summary>
    public static IReadOnlyList<PdfTable> Find(Page page)
    {
        var segments = Segments(page);
        var verticals = segments.Where(s => s.IsVertical).OrderByDescending(s => s.Y2).ToList();
        var horizontals = segments.Where(s => s.IsHorizontal).ToList();
        var tables = new List<PdfTable>();
        // Verticals whose heights overlap belong to one table.
        var groups = new List<List<Segment>>();
        foreach (var v in verticals)
        {
            var group = groups.FirstOrDefault(g => g.Min(s => s.Y1) <= v.Y2 + Tolerance && g.Max(s => s.Y2) >= v.Y1 - Tolerance);
            if (group is null)
                groups.Add(group = []);
            group.Add(v);
        }
        foreach (var group in groups)
        {
            var columns = Distinct(group.Select(s => s.X)).Order().ToArray();
            if (columns.Length < 3)
                continue;
            var (top, bottom) = (group.Max(s => s.Y2), group.Min(s => s.Y1));
            var inside = horizontals.Where(h => h.Y <= top + Tolerance && h.Y >= bottom - Tolerance && h.X1 < columns[^1] - Tolerance && h.X2 > columns[0] + Tolerance).ToList();
            var bands = Distinct(inside.Select(h => h.Y).Append(top).Append(bottom)).OrderDescending().ToArray();
            if (bands.Length < 2 || top - bottom < 8)
                continue;
            tables.Add(new PdfTable(columns, bands, inside, group));
        }
        return tables;
    }

    /// <summary>True when the glyph's centre is inside the table.</summary>
    public bool Holds(Letter letter)
    {
        var (x, y) = Centre(letter);
        return x > Left - Tolerance && x < Right + Tolerance && y < Top + Tolerance && y > Bottom - Tolerance;
    }

    /// <summary>The table's rows with the text of <paramref name="letters"/> (the glyphs inside it) in their cells; empty rows left out.</summary>
    public List<Row> Rows(IReadOnlyList<Letter> letters, IReadOnlyList<Letter> spaces)
    {
        var cells = new Dictionary<(int Row, int Column), List<Letter>>();
        foreach (var letter in letters)
        {
            var (x, y) = Centre(letter);
            var column = ColumnOf(x);
            var row = BandOfCellTop(column, y);
            var key = (row, SpanStart(row, column));
            if (!cells.TryGetValue(key, out var list))
                cells[key] = list = [];
            list.Add(letter);
        }
        var rows = new List<Row>();
        for (var r = 0; r < Bands.Length - 1; r++)
        {
            var texts = new string[Columns.Length - 1];
            var room = new double[texts.Length];
            for (var c = 0; c < texts.Length; c++)
            {
                texts[c] = cells.TryGetValue((r, c), out var list) ? CellText(list, spaces) : "";
                room[c] = list is null ? double.PositiveInfinity : Room(list);
            }
            if (texts.Any(t => t.Length > 0))
                rows.Add(new Row(Bands[r], texts, room));
        }
        return rows;
    }

    private int ColumnOf(double x) => Math.Clamp(Array.FindLastIndex(Columns, c => c <= x), 0, Columns.Length - 2);

    /// <summary>How far a cell's text stops above the rule below it, in glyph sizes.</summary>
    private double Room(List<Letter> letters)
    {
        var lowest = letters.MinBy(l => l.BoundingBox.Bottom)!;
        var (x, y) = Centre(lowest);
        var (left, right) = (Columns[ColumnOf(x)], Columns[ColumnOf(x) + 1]);
        var below = _horizontals.Where(h => h.X1 <= left + Tolerance && h.X2 >= right - Tolerance && h.Y < y).Select(h => h.Y).Append(Bottom).Max();
        return (lowest.BoundingBox.Bottom - below) / Math.Max(lowest.PointSize, 1);
    }

    /// <summary>
    /// The row a glyph's cell starts in: the nearest rule above the glyph among those crossing its column (a cell
    /// merged down has none between its rows, so its text, however far it runs, belongs to its first row).
    /// </summary>
    private int BandOfCellTop(int column, double y)
    {
        var (left, right) = (Columns[column], Columns[column + 1]);
        var above = _horizontals.Where(h => h.X1 <= left + Tolerance && h.X2 >= right - Tolerance && h.Y >= y).Select(h => h.Y).Append(Top).Min();
        var band = 0;
        for (var i = 0; i < Bands.Length - 1; i++)
        {
            if (Math.Abs(Bands[i] - above) <= Tolerance)
                band = i;
        }
        return band;
    }

    /// <summary>The first column of the cell that holds <paramref name="column"/> in row <paramref name="row"/>: columns with no rule between them in that row are one cell.</summary>
    private int SpanStart(int row, int column)
    {
        var middle = (Bands[row] + Bands[row + 1]) / 2;
        for (var c = column; c > 0; c--)
        {
            if (_verticals.Any(v => Math.Abs(v.X - Columns[c]) <= Tolerance && v.Y1 <= middle && v.Y2 >= middle))
                return c;
        }
        return 0;
    }

    /// <summary>A cell's glyphs as text: its lines top to bottom, joined without a break (a cell's lines are one wrapped text; a space typed where a line wrapped is kept, at its end too, for the rest of a cell a page break cut).</summary>
    private static string CellText(List<Letter> letters, IReadOnlyList<Letter> spaces)
    {
        var text = new StringBuilder();
        foreach (var line in PdfText.GroupLines(letters))
            text.Append(PdfText.LineText(line, spaces));
        return text.ToString().TrimStart();
    }

    private static (double X, double Y) Centre(Letter letter) =>
        ((letter.BoundingBox.Left + letter.BoundingBox.Right) / 2, (letter.BoundingBox.Bottom + letter.BoundingBox.Top) / 2);

    private static IEnumerable<double> Distinct(IEnumerable<double> values)
    {
        var kept = new List<double>();
        foreach (var v in values.Order())
        {
            if (kept.Count == 0 || v - kept[^1] > Tolerance)
                kept.Add(v);
        }
        return kept;
    }

    /// <summary>Straight lines drawn on the page, and filled rectangles thin enough to be lines.</summary>
    private static List<Segment> Segments(Page page)
    {
        var segments = new List<Segment>();
        foreach (var path in page.Paths)
        {
            if (!path.IsStroked && !path.IsFilled)
                continue;
            foreach (var subpath in path)
            {
                if (path.IsFilled && subpath.GetBoundingRectangle() is { } box && (box.Height < 1.5 || box.Width < 1.5))
                {
                    segments.Add(new Segment(box.Left, box.Bottom, box.Right, box.Top));
                    continue;
                }
                if (!path.IsStroked)
                    continue;
                PdfPoint? at = null, start = null;
                foreach (var command in subpath.Commands)
                {
                    switch (command)
                    {
                        case PdfSubpath.Move move:
                            at = start = move.Location;
                            break;
                        case PdfSubpath.Line line:
                            segments.Add(Of(line.From, line.To));
                            at = line.To;
                            break;
                        case PdfSubpath.Close when at is { } a && start is { } s:
                            segments.Add(Of(a, s));
                            at = s;
                            break;
                        default:
                            at = null;
                            break;
                    }
                }
            }
        }
        return segments;
    }

    private static Segment Of(PdfPoint a, PdfPoint b) => new(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.X, b.X), Math.Max(a.Y, b.Y));
}
