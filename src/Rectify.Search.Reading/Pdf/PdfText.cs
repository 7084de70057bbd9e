using System.Text;
using System.Text.RegularExpressions;
using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Rectify.Search.Reading.Pdf;

/// <summary>
/// The text of a PDF's text layer, in reading order: tables drawn with rules read as rows of cells (<see cref="PdfTable"/>;
/// a row split by a page break made whole again), one tab-separated line per row; other glyphs grouped into lines by
/// their baselines and ordered left to right (a gap of more than two characters' width is a borderless table's column
/// break, written as a tab); lines that wrap at the right margin joined into the paragraph they belong to; running headers and footers (the same text, page
/// numbers aside, at the top or bottom of most pages) and page numbers removed. Glyphs come with their fonts'
/// ToUnicode maps. A PDF without a text layer (a scan) is refused as needing OCR, which is not done here.
/// </summary>
public static partial class PdfText
{
    /// <summary>The most pages read; a plan is tens of pages, a thousand-page PDF is something else.</summary>
    public const int MaxPages = 2000;

    /// <summary>Reads the PDF's text; throws <see cref="PlanReadException"/> when it is encrypted, damaged, too long or a scan.</summary>
    public static DecodedText Extract(byte[] bytes, string path)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > MaxPages)
                throw new PlanReadException(path, $"a PDF of {document.NumberOfPages:N0} pages; at most {MaxPages:N0} are read");
            var pages = new List<PageLines>(document.NumberOfPages);
            var images = 0;
            for (var n = 1; n <= document.NumberOfPages; n++)
            {
                var page = document.GetPage(n);
                pages.Add(new PageLines(n, page.Height, Lines(page, out var gutter), gutter));
                if (!page.Letters.Any(l => !string.IsNullOrWhiteSpace(l.Value)))
                    images += page.GetImages().Any() ? 1 : 0;
            }
            // Next to nothing in the text layer (a page number or a stamp's caption per page at most): no text to read.
            var characters = pages.Sum(p => p.Lines.Sum(l => l.Text.Length));
            if (characters < 20 + 2 * pages.Count)
            {
                throw new PlanReadException(path, images > 0
                    ? $"a scanned PDF: {images} of its {pages.Count} page(s) are images without a text layer; it needs OCR (text recognition), which Rectify.Search does not do — ask for the text version or run OCR first"
                    : $"a PDF without text ({characters} characters on {pages.Count} page(s))");
            }
            // A page of a document set in columns that fills one column only (no line of its body across the gutter) is read
            // by the gutter of the others; a page set over the width is read as it is.
            if (pages.Select(p => p.Gutter).OfType<PdfColumns.Gutter>().FirstOrDefault() is { } columns)
            {
                for (var p = 0; p < pages.Count; p++)
                {
                    var page = pages[p];
                    if (page.Gutter is not null || page.Lines.Any(l => l.Table is not null
                        || !l.InMargin(page.Height) && columns.Of(l.Left, l.Right) == PdfColumns.Place.Across))
                        continue;
                    foreach (var line in page.Lines)
                        line.Place = columns.Of(line.Left, line.Right);
                    pages[p] = page with { Lines = ReadingOrder(page.Lines.ToList()) };
                }
            }
            var notes = new List<Diagnostic>();
            var running = RunningLines(pages);
            var text = new StringBuilder();
            var removed = 0;
            var kept = new List<(int Page, Line Line)>();
            foreach (var page in pages)
            {
                var body = page.Lines.Where(l => l.Cells is not null || !(l.InMargin(page.Height) && (running.Contains(Shape(l.Text)) || PageNumber().IsMatch(l.Text)))).ToList();
                removed += page.Lines.Count - body.Count;
                if (body.Count > 0 && kept.Count > 0 && ContinuesSplitRow(kept, body[0]))
                    body.RemoveAt(0);
                kept.AddRange(body.Select(l => (page.Number, l)));
                if (page.Lines.Count == 0)
                    notes.Add(new Diagnostic(Severity.Warning, null, "pdf-page-without-text", $"page {page.Number} has no text layer (an image or a blank page); nothing was read from it"));
            }
            AppendParagraphs(text, kept);
            if (removed > 0)
                notes.Insert(0, new Diagnostic(Severity.Info, null, "pdf-running-lines", $"{removed} running header, footer and page number line(s) left out"));
            return new DecodedText(text.ToString(), "pdf") { Notes = notes };
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new PlanReadException(path, "an encrypted PDF; save it without a password first");
        }
        catch (Exception e) when (e is UglyToad.PdfPig.Core.PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or FormatException)
        {
            throw new PlanReadException(path, $"a damaged PDF that cannot be read ({e.Message})");
        }
    }

    /// <summary>
    /// One line of a page — or one row of a ruled table, its cells kept apart — with its baseline, top, left and right
    /// ends and its glyphs' size.
    /// </summary>
    private sealed class Line(string text, double baseline, double top, double left, double right, double size, PdfTable? table = null, PdfTable.Row? row = null, PdfColumns.Place place = PdfColumns.Place.Across)
    {
        /// <summary>Where on a page set in two columns the line stands; across the page on any other.</summary>
        public PdfColumns.Place Place { get; set; } = place;

        public string Text => Row is null ? text : string.Join('\t', Row.Cells.Select(c => c.TrimEnd()));

        public double Baseline { get; } = baseline;

        public double Top { get; } = top;

        public double Left { get; } = left;

        public double Right { get; } = right;

        public double Size { get; } = size;

        /// <summary>The table this row belongs to; null for a line of text.</summary>
        public PdfTable? Table { get; } = table;

        /// <summary>The table row this line is; a row a page break split is completed from the next page.</summary>
        public PdfTable.Row? Row { get; } = row;

        public string[]? Cells => Row?.Cells;

        /// <summary>In the top or bottom tenth of the page, where running headers and footers are.</summary>
        public bool InMargin(double pageHeight) => Top > pageHeight * 0.9 || Baseline < pageHeight * 0.1;
    }

    /// <summary>A page's lines in reading order, and the gutter between its columns if it is set in two.</summary>
    private sealed record PageLines(int Number, double Height, IReadOnlyList<Line> Lines, PdfColumns.Gutter? Gutter);

    /// <summary>
    /// The page's text as lines top to bottom: ruled tables as one line per row (<see cref="PdfTable"/>), the other
    /// glyphs grouped by baseline (<see cref="GroupLines"/>) and written left to right (<see cref="LineText"/>).
    /// </summary>
    private static List<Line> Lines(Page page, out PdfColumns.Gutter? gutter)
    {
        var letters = page.Letters.Where(l => l.Value.Length > 0 && l.TextOrientation == TextOrientation.Horizontal).ToList();
        // Space glyphs are placed on the rows they stand on, to tell a typed space from the room a typesetter leaves
        // between Chinese and Latin text.
        var spaces = letters.Where(l => string.IsNullOrWhiteSpace(l.Value)).ToList();
        var glyphs = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var lines = new List<Line>();
        foreach (var table in PdfTable.Find(page))
        {
            var inside = glyphs.Where(table.Holds).ToList();
            if (inside.Count == 0)
                continue;
            glyphs = glyphs.Except(inside).ToList();
            var size = Median(inside.Select(Size));
            lines.AddRange(table.Rows(inside, spaces).Select(r => new Line("", r.Top - size, r.Top, table.Left, table.Right, size, table, r)));
        }
        var grouped = GroupLines(glyphs);
        // A problem list printed without rules, its cells wrapped side by side: one line per row, its cells kept apart.
        var taken = new HashSet<int>();
        if (PdfBorderlessTable.Find(grouped, Size) is { } borderless)
        {
            taken = borderless.Taken;
            var size = Median(grouped.Where((_, i) => taken.Contains(i)).SelectMany(r => r).Select(Size));
            lines.AddRange(borderless.Rows.Select(r => new Line(string.Join('\t', r.Cells), r.Bottom, r.Top, 0, page.Width, size)));
        }
        // A page set in two columns: each line's halves go to their columns, but for a line across the gutter and a
        // running header or footer set apart in the page's margin, whose gap may fall where the gutter is.
        var rest = grouped.Where((_, i) => !taken.Contains(i)).ToList();
        gutter = PdfColumns.Find(rest, Size);
        for (var i = 0; i < rest.Count; i++)
        {
            var row = rest[i];
            var y = row[0].StartBaseLine.Y;
            var apart = (i == 0 || rest[i - 1][0].StartBaseLine.Y - y > 2.5 * Size(row[0])) && (i == rest.Count - 1 || y - rest[i + 1][0].StartBaseLine.Y > 2.5 * Size(row[0]));
            if (gutter is null || gutter.Crosses(row, Size) || apart && (y > page.Height * 0.9 || y < page.Height * 0.1))
                lines.Add(TextLine(row, spaces, PdfColumns.Place.Across));
            else
                lines.AddRange(row.GroupBy(gutter.Of).Select(half => TextLine(half.ToList(), spaces, half.Key)));
        }
        return ReadingOrder(lines);
    }

    private static Line TextLine(List<Letter> row, IReadOnlyList<Letter> spaces, PdfColumns.Place place) =>
        new(LineText(row, spaces), row[0].StartBaseLine.Y, row.Max(l => l.BoundingBox.Top), row[0].StartBaseLine.X, row[^1].EndBaseLine.X, Median(row.Select(Size)), place: place);

    /// <summary>
    /// The page's lines in reading order: top to bottom, but where the page is set in columns, what lies between two
    /// lines across the page (or above the first, or below the last) is read column by column, the left one first.
    /// </summary>
    private static List<Line> ReadingOrder(List<Line> lines)
    {
        var across = lines.Where(l => l.Place == PdfColumns.Place.Across).Select(l => l.Top).OrderDescending().ToList();
        // A line across the page opens band i + 1 (i lines across above it); a line in a column belongs to the band of
        // the lines across above it.
        return lines.OrderBy(l => l.Place == PdfColumns.Place.Across ? across.Count(t => t > l.Top) + 1 : across.Count(t => t > l.Top))
            .ThenBy(l => (int)l.Place).ThenByDescending(l => l.Top).ToList();
    }

    /// <summary>Glyphs grouped into lines by baseline (within a third of the glyph size), top to bottom, each left to right.</summary>
    internal static List<List<Letter>> GroupLines(IEnumerable<Letter> glyphs)
    {
        var rows = new List<List<Letter>>();
        foreach (var letter in glyphs.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var row = rows.Count > 0 && Math.Abs(rows[^1][0].StartBaseLine.Y - letter.StartBaseLine.Y) <= Size(letter) / 3 ? rows[^1] : null;
            if (row is null)
                rows.Add(row = []);
            row.Add(letter);
        }
        foreach (var row in rows)
            row.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        return rows;
    }

    /// <summary>
    /// A line's glyphs as text: a gap wider than two glyphs becomes a tab (a borderless table's next column); a space
    /// glyph in a narrower gap, or a gap of a quarter glyph between Latin letters, a space. The room a typesetter
    /// leaves between Chinese and Latin text is none. A space typed at the end of the line is kept, for the text the
    /// line is joined with; a line that stands alone is trimmed by its caller.
    /// </summary>
    internal static string LineText(List<Letter> row, IReadOnlyList<Letter> spaces)
    {
        var text = new StringBuilder();
        var size = Median(row.Select(Size));
        var y = row[0].StartBaseLine.Y;
        for (var i = 0; i < row.Count; i++)
        {
            if (i > 0)
            {
                var (before, after) = (row[i - 1], row[i]);
                var gap = after.StartBaseLine.X - before.EndBaseLine.X;
                var typed = spaces.Any(s => Math.Abs(s.StartBaseLine.Y - y) <= size / 3
                    && (s.StartBaseLine.X + s.EndBaseLine.X) / 2 > (before.StartBaseLine.X + before.EndBaseLine.X) / 2
                    && (s.StartBaseLine.X + s.EndBaseLine.X) / 2 < (after.StartBaseLine.X + after.EndBaseLine.X) / 2);
                if (gap > size * 2)
                    text.Append('\t');
                else if (typed || (gap > size / 4 && !IsChinese(before.Value[0]) && !IsChinese(after.Value[0])))
                    text.Append(' ');
            }
            text.Append(row[i].Value);
        }
        // A space typed after the line's last glyph is kept: the line wrapped there, and the text joined goes on after a space.
        var last = row[^1];
        if (spaces.Any(s => Math.Abs(s.StartBaseLine.Y - y) <= size / 3 && s.StartBaseLine.X >= last.EndBaseLine.X - 0.5 && s.StartBaseLine.X <= last.EndBaseLine.X + size))
            text.Append(' ');
        return text.ToString();
    }

    /// <summary>A CJK character or full-width punctuation: no space is written next to one unless the PDF typed it.</summary>
    internal static bool IsChinese(char c) => c >= '\u2E80';

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    private static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);

    /// <summary>
    /// Text that stands in the top or bottom margin of at least half the pages (two at least: both pages of a document
    /// of two), its digits ignored: the running header and footer ("第 3 页" and "第 4 页" are one).
    /// </summary>
    private static HashSet<string> RunningLines(IReadOnlyList<PageLines> pages)
    {
        return pages.SelectMany(p => p.Lines.Where(l => l.InMargin(p.Height)).Select(l => Shape(l.Text)).Distinct())
            .GroupBy(s => s).Where(g => g.Count() >= 2 && g.Count() * 2 >= pages.Count).Select(g => g.Key).ToHashSet();
    }

    private static string Shape(string text) => Digits().Replace(text.Replace(" ", "").Replace("\t", ""), "#");

    /// <summary>
    /// Completes the table rows a page break split: when a page opens with a row of the table the last page ended with
    /// (the same columns) whose first cell is empty, a cell of it continues the last text of its column on the page
    /// before if that text was cut off — it runs to the bottom of its cell, does not end a sentence, and the text on the
    /// new page does not open a numbered item or a field. True when nothing of the row is left.
    /// </summary>
    private static bool ContinuesSplitRow(List<(int Page, Line Line)> kept, Line first)
    {
        if (first.Cells is not { } cells || cells[0].Length > 0 || kept[^1].Line is not { Table: { } before } || first.Table is not { } table
            || before.Columns.Length != table.Columns.Length || before.Columns.Zip(table.Columns).Any(p => Math.Abs(p.First - p.Second) > 2))
            return false;
        var continued = false;
        for (var c = 1; c < cells.Length; c++)
        {
            if (cells[c].Length == 0 || Opens().IsMatch(cells[c]))
                continue;
            for (var k = kept.Count - 1; k >= 0 && kept[k].Line.Table == before; k--)
            {
                var above = kept[k].Line.Row!;
                if (above.Cells[c].Length == 0)
                    continue;
                if (above.Room[c] < 1.6 && !SentenceEnd().IsMatch(above.Cells[c]))
                {
                    above.Cells[c] += cells[c];
                    cells[c] = "";
                    continued = true;
                }
                break;
            }
        }
        return continued && cells.All(t => t.Length == 0);
    }

    [GeneratedRegex(@"[。；;！!？?]\s*$")]
    private static partial Regex SentenceEnd();

    /// <summary>
    /// Where the document's lines wrap, for the lines across the page and for each column: the right end reached by the
    /// longest tenth of its lines (a line ending in a comma hangs past it; a line whose next word did not fit stops a
    /// glyph or two short of it).
    /// </summary>
    private static Dictionary<PdfColumns.Place, double> RightMargins(IReadOnlyList<(int Page, Line Line)> lines) =>
        lines.Where(l => l.Line.Table is null).GroupBy(l => l.Line.Place).ToDictionary(g => g.Key, g =>
        {
            var rights = g.Select(l => l.Line.Right).Order().ToList();
            return rights[(int)(rights.Count * 0.9)];
        });

    /// <summary>
    /// Writes the lines, joining a line to the one before when that one reached the right margin of its column (it
    /// wrapped) and this one follows it (the next line of the column, or the first of the next column or page), is
    /// not indented (unless both are a title's, in a larger type than the body's), and does not open a numbered item
    /// or a labelled field.
    /// </summary>
    private static void AppendParagraphs(StringBuilder text, IReadOnlyList<(int Page, Line Line)> lines)
    {
        var lefts = lines.Where(l => l.Line.Table is null).GroupBy(l => l.Line.Place).ToDictionary(g => g.Key, g => g.Min(l => l.Line.Left));
        var rights = RightMargins(lines);
        var body = Median(lines.Where(l => l.Line.Table is null).Select(l => l.Line.Size));
        for (var i = 0; i < lines.Count; i++)
        {
            var (page, line) = lines[i];
            var previous = i > 0 ? lines[i - 1] : default;
            var follows = i > 0 && (previous.Page == page && previous.Line.Place == line.Place
                ? line.Baseline < previous.Line.Baseline && previous.Line.Baseline - line.Baseline < previous.Line.Size * 2.2
                : page == previous.Page + 1 || page == previous.Page && previous.Line.Place == PdfColumns.Place.Left && line.Place == PdfColumns.Place.Right);
            // A title in a larger type, centred, wraps to a line that is not at the margin.
            var title = previous.Page == page && line.Size >= body * 1.15 && Math.Abs(line.Size - previous.Line.Size) < 0.3 && !SentenceEnd().IsMatch(previous.Line.Text);
            var wrapped = follows
                && previous.Line.Right >= rights.GetValueOrDefault(previous.Line.Place) - previous.Line.Size * 2
                && (line.Left <= lefts.GetValueOrDefault(line.Place) + line.Size * 0.5 || title)
                && !previous.Line.Text.Contains('\t') && !line.Text.Contains('\t')
                && !Opens().IsMatch(line.Text);
            if (i > 0 && !wrapped)
                EndLine(text);
            text.Append(line.Text);
        }
        EndLine(text);
    }

    private static void EndLine(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] == ' ')
            text.Length--;
        text.Append('\n');
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>A page number alone: 3, - 3 -, — 3 —, · 3 ·, 第3页, 第 3 页 共 10 页, 3/10, Page 3.</summary>
    [GeneratedRegex(@"^\s*(?:[-—–－·•]\s*\d{1,4}\s*[-—–－·•]|\d{1,4}(?:\s*/\s*\d{1,4})?|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|(?:Page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    /// <summary>The start of a numbered item (一、 （一） 1. 1、 （1） ①) or of a labelled field (整改目标：, 责 任 人：).</summary>
    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d{1,3}[、.．](?!\d)|[①-⑳]|附件|(?:[\u4e00-\u9fff]\s*){2,8}[：:])")]
    private static partial Regex Opens();
}
