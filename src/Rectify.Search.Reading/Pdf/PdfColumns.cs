using UglyToad.PdfPig.Content;

namespace Rectify.Search.Reading.Pdf;

/// <summary>
/// A page set in two columns, as a gazette (政府公报) prints a plan: read by baselines, each line would hold a line of
/// the left column and a line of the right one side by side. Found by its gutter — a band near the middle of the text
/// that the lines of the page leave empty — between two columns of about the same width, eight lines at least in each,
/// whose lines are justified: most lines of the left column end at the gutter and most of the right column's at the
/// right margin (wrapped text). A line across the gutter (a title over both columns, a running header, a page
/// number) is read over the width; what lies between two such lines is read column by column, the left one first.
/// A page of the same document that fills one column only (the last page, often) is read by the gutter found on the
/// others. A table's cells are not columns: columns of unequal width, or cells that do not reach their column's edge,
/// are read line by line, as before.
/// </summary>
internal static class PdfColumns
{
    /// <summary>Where a line stands: across the page (or a page without columns), in the left column or in the right.</summary>
    public enum Place { Across = 0, Left = 1, Right = 2 }

    /// <summary>The gutter: its left and right ends.</summary>
    public sealed record Gutter(double Left, double Right)
    {
        public double Middle => (Left + Right) / 2;

        /// <summary>Where a glyph stands: left of the gutter's middle, or right of it.</summary>
        public Place Of(Letter letter) => (letter.StartBaseLine.X + letter.EndBaseLine.X) / 2 < Middle ? Place.Left : Place.Right;

        /// <summary>Where a line from <paramref name="left"/> to <paramref name="right"/> stands: in a column, or across the gutter.</summary>
        public Place Of(double left, double right) => right <= Left + 0.5 ? Place.Left : left >= Right - 0.5 ? Place.Right : Place.Across;

        /// <summary>Whether the line prints over the gutter (a glyph inside it, or text running across it unbroken).</summary>
        public bool Crosses(List<Letter> line, Func<Letter, double> size)
        {
            for (var i = 0; i < line.Count; i++)
            {
                var letter = line[i];
                if (letter.EndBaseLine.X > Left + 0.5 && letter.StartBaseLine.X < Right - 0.5)
                    return true;
                if (i > 0 && line[i - 1].EndBaseLine.X <= Left + 0.5 && letter.StartBaseLine.X >= Right - 0.5
                    && letter.StartBaseLine.X - line[i - 1].EndBaseLine.X < size(letter) * 0.8)
                    return true;
            }
            return false;
        }
    }

    /// <summary>The page's gutter among <paramref name="lines"/> (grouped glyphs), or null for a page in one column.</summary>
    public static Gutter? Find(IReadOnlyList<List<Letter>> lines, Func<Letter, double> size)
    {
        var text = lines.Where(l => l.Count >= 4).ToList();
        if (text.Count < 8)
            return null;
        var glyph = Median(text.SelectMany(l => l).Select(size));
        var left = Median(text.Select(l => l[0].StartBaseLine.X), 0.05);
        var right = Median(text.Select(l => l[^1].EndBaseLine.X), 0.95);
        if (right - left < glyph * 20)
            return null;
        // Coverage: how many lines print at each point of the width (their glyphs and the gaps between glyphs of a word).
        var steps = (int)Math.Ceiling(right - left) + 1;
        var covered = new int[steps];
        foreach (var line in text)
        {
            var marks = new bool[steps];
            for (var i = 0; i < line.Count; i++)
            {
                var from = line[i].StartBaseLine.X;
                if (i > 0 && from - line[i - 1].EndBaseLine.X < size(line[i]) * 0.8)
                    from = line[i - 1].EndBaseLine.X;
                for (var x = Math.Max(0, (int)(from - left)); x <= Math.Min(steps - 1, (int)(line[i].EndBaseLine.X - left)); x++)
                    marks[x] = true;
            }
            for (var x = 0; x < steps; x++)
                covered[x] += marks[x] ? 1 : 0;
        }
        // The gutter: in the middle fifth of the width, the widest run of points crossed by no more lines than the
        // fewest that cross any point there (titles and running lines over both columns), a fifth of the lines at most.
        var middle = Enumerable.Range((int)(steps * 0.4), (int)(steps * 0.2) + 1).Where(x => x < steps).ToList();
        var floor = middle.Min(x => covered[x]);
        if (floor > text.Count / 5)
            return null;
        var (start, end) = (-1, -1);
        foreach (var x in middle.Where(x => covered[x] == floor))
        {
            var (from, to) = (x, x + 1);
            while (from > 0 && covered[from - 1] <= floor)
                from--;
            while (to < steps && covered[to] <= floor)
                to++;
            if (to - from > end - start)
                (start, end) = (from, to);
        }
        if (end - start < glyph * 0.8)
            return null;
        var gutter = new Gutter(left + start, left + end);
        // Two columns of about the same width, each justified.
        var (leftWidth, rightWidth) = (gutter.Left - left, right - gutter.Right);
        if (leftWidth < rightWidth * 0.8 || rightWidth < leftWidth * 0.8)
            return null;
        var inColumns = text.Where(l => !gutter.Crosses(l, size)).ToList();
        var lefts = inColumns.Select(l => l.Where(g => gutter.Of(g) == Place.Left).ToList()).Where(l => l.Count > 0).ToList();
        var rights = inColumns.Select(l => l.Where(g => gutter.Of(g) == Place.Right).ToList()).Where(l => l.Count > 0).ToList();
        var leftFull = lefts.Count(l => l[^1].EndBaseLine.X >= gutter.Left - glyph * 1.5);
        var rightFull = rights.Count(l => l[^1].EndBaseLine.X >= right - glyph * 1.5);
        return lefts.Count >= 8 && rights.Count >= 8 && leftFull * 2 >= lefts.Count && rightFull * 2 >= rights.Count ? gutter : null;
    }

    private static double Median(IEnumerable<double> values, double at = 0.5)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[(int)((sorted.Count - 1) * at)];
    }
}
