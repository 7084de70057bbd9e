using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rectify.Search.Core.Ingestion;

namespace Rectify.Search.Reading.Docx;

/// <summary>
/// The text of a Word document as a plan's text: the body's paragraphs in order, each with the number Word's automatic
/// numbering prints before it (<see cref="WordNumbering"/>); tables as one line per row, cells separated by tabs — the
/// shape the parser reads a problem list table in — with a cell's paragraphs and its line breaks joined by spaces, a
/// cell merged down from the one above left empty (the parser continues the problem above), a cell spanning columns
/// followed by empty ones, so columns stay under their headers, and a table inside a cell spliced into its rows. Content
/// controls (a form's fields, its repeating rows and cells) are read as what they hold. Headers, footers, page numbers and comments are other parts of the
/// package and are not read.
/// </summary>
internal static class DocxText
{
    public static string Extract(byte[] bytes, string path) =>
        OfficePackage.Read(bytes, path, SourceFormat.Docx, (stream, settings) => WordprocessingDocument.Open(stream, false, settings), document =>
        {
            if (document.MainDocumentPart?.Document?.Body is not { } body)
                throw new PlanReadException(path, $"{FormatSniffer.Describe(SourceFormat.Docx)} without a body");
            var text = new StringBuilder();
            Blocks(body, new WordNumbering(document.MainDocumentPart), text);
            return text.ToString();
        });

    private static void Blocks(OpenXmlElement container, WordNumbering numbering, StringBuilder text)
    {
        foreach (var element in container.Elements())
        {
            switch (element)
            {
                case Paragraph p:
                    text.Append(Line(p, numbering)).Append('\n');
                    break;
                case Table table:
                    foreach (var row in Rows(table, numbering))
                        text.Append(string.Join('\t', row)).Append('\n');
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    Blocks(content, numbering, text);
                    break;
            }
        }
    }

    /// <summary>
    /// A table's rows as cells. A cell holding a table of its own (a problem's measures as a small table of 具体措施 and
    /// 责任单位 inside the 整改措施 cell) is spliced into the outer one (<see cref="Splice"/>), so that each inner row is a row
    /// of the list, as a sheet would print it.
    /// </summary>
    private static List<List<string>> Rows(Table table, WordNumbering numbering)
    {
        var rows = new List<List<Cell>>();
        foreach (var row in Controlled<TableRow, SdtRow>(table, r => r.SdtContentRow))
        {
            var cells = new List<Cell>();
            foreach (var cell in Controlled<TableCell, SdtCell>(row, c => c.SdtContentCell))
            {
                var properties = cell.TableCellProperties;
                var continued = properties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                // Paragraphs and tables in document order, so that automatic numbers count as Word prints them.
                var lines = new List<string>();
                var inner = new List<List<string>>();
                foreach (var part in continued ? [] : cell.Elements())
                {
                    // A break inside a cell (序<w:br/>号, 1.…<w:br/>2.…) parts its words as its paragraphs are parted: a
                    // row stays one line.
                    if (part is Paragraph p && Line(p, numbering) is { Length: > 0 } line)
                        lines.Add(line.Replace('\n', ' '));
                    else if (part is Table t)
                        inner.AddRange(Rows(t, numbering));
                }
                var text = string.Join(" ", lines);
                cells.Add(new Cell(text, inner.Count > 0 ? inner : null));
                for (var span = properties?.GridSpan?.Val?.Value ?? 1; span > 1; span--)
                    cells.Add(new Cell("", null));
            }
            rows.Add(cells);
        }
        return Splice(rows);
    }

    /// <summary>
    /// The <typeparamref name="T"/> children of <paramref name="parent"/> in order, those wrapped in content controls
    /// (<typeparamref name="TControl"/>: a form's repeating section puts each row of its table in one) read as their own.
    /// </summary>
    private static IEnumerable<T> Controlled<T, TControl>(OpenXmlElement parent, Func<TControl, OpenXmlElement?> content)
        where T : OpenXmlElement where TControl : OpenXmlElement
    {
        foreach (var element in parent.Elements())
        {
            if (element is T own)
                yield return own;
            else if (element is TControl control && content(control) is { } inside)
            {
                foreach (var wrapped in Controlled<T, TControl>(inside, content))
                    yield return wrapped;
            }
        }
    }

    /// <summary>A cell's text, and the rows of the tables it holds (null when none).</summary>
    private sealed record Cell(string Text, List<List<string>>? Inner);

    /// <summary>
    /// The rows with every inner table spliced in: a column whose cells hold tables widens to the widest of them; a row
    /// holding them becomes as many rows as its inner tables have, its other cells left empty below the first (as a
    /// cell merged down is, so the parser reads them as further measures of the problem above). When the inner tables
    /// of a column all begin with the same row and a row above the first of them heads the table, that first row is the
    /// inner tables' header and names the widened columns in the outer header (具体措施, 责任单位 for 整改措施及责任单位);
    /// without a header the outer cell's name stays over the first inner column. A cell's own text before its table
    /// joins the first inner cell.
    /// </summary>
    private static List<List<string>> Splice(List<List<Cell>> rows)
    {
        if (rows.All(r => r.All(c => c.Inner is null)))
            return rows.Select(r => r.Select(c => c.Text).ToList()).ToList();
        var width = rows.Max(r => r.Count);
        var spans = new int[width];
        // A column's inner header, and the row of the outer table that it names the widened columns in.
        var headers = new (List<string> Names, int Row)?[width];
        for (var c = 0; c < width; c++)
        {
            var inner = rows.Select((r, i) => (Row: i, Rows: c < r.Count ? r[c].Inner : null)).Where(x => x.Rows is not null).ToList();
            spans[c] = inner.Count == 0 ? 1 : inner.Max(x => x.Rows!.Max(r => r.Count));
            if (inner.Count == 0)
                continue;
            var first = inner[0].Rows![0];
            if (HeaderRow(rows, c, inner[0].Row) is >= 0 and var headerRow && inner.All(x => x.Rows!.Count >= 2 && x.Rows[0].SequenceEqual(first)))
                headers[c] = (first, headerRow);
        }
        var spliced = new List<List<string>>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            // The inner rows each cell contributes, its header (when the column has one) left out.
            var inner = row.Select((cell, c) => cell.Inner is null ? null : headers[c] is null ? cell.Inner : cell.Inner.Skip(1).ToList()).ToList();
            var height = Math.Max(1, inner.Max(r => r?.Count ?? 0));
            for (var k = 0; k < height; k++)
            {
                var cells = new List<string>();
                for (var c = 0; c < width; c++)
                {
                    var cell = c < row.Count ? row[c] : new Cell("", null);
                    List<string> values;
                    if (inner[c] is { } rowsOf)
                    {
                        values = k < rowsOf.Count ? [.. rowsOf[k]] : [];
                        if (k == 0 && cell.Text.Length > 0)
                            values = values.Count == 0 ? [cell.Text] : [(cell.Text + " " + values[0]).Trim(), .. values.Skip(1)];
                    }
                    else if (k > 0)
                        values = [];
                    else if (headers[c] is { } header && i == header.Row)
                        values = [.. header.Names];
                    else
                        values = [cell.Text];
                    while (values.Count < spans[c])
                        values.Add("");
                    cells.AddRange(values.Take(spans[c]));
                }
                spliced.Add(cells);
            }
        }
        return spliced;
    }

    /// <summary>The row heading column <paramref name="column"/>: the last row above <paramref name="firstInner"/> with text in it.</summary>
    private static int HeaderRow(List<List<Cell>> rows, int column, int firstInner)
    {
        for (var i = firstInner - 1; i >= 0; i--)
        {
            if (column < rows[i].Count && rows[i][column].Text.Length > 0)
                return i;
        }
        return -1;
    }

    /// <summary>
    /// A paragraph's number and text; tabs become spaces (a tab separates cells), breaks new lines. A text box anchored
    /// in it (a 公文's red masthead, a caption) is read first, its paragraphs lines of their own; Word writes a box twice,
    /// as a drawing and as a VML copy for older readers (mc:Fallback), and only the drawing is read.
    /// </summary>
    private static string Line(Paragraph paragraph, WordNumbering numbering)
    {
        var line = new StringBuilder();
        foreach (var box in paragraph.Descendants<TextBoxContent>().Where(b => Own(b, paragraph)))
            Blocks(box, numbering, line);
        line.Append(numbering.Next(paragraph));
        foreach (var run in paragraph.Descendants<Run>().Where(r => Own(r, paragraph)))
        {
            foreach (var part in run.Elements())
            {
                switch (part)
                {
                    case Text t:
                        line.Append(t.Text);
                        break;
                    case TabChar:
                        line.Append(' ');
                        break;
                    case Break or CarriageReturn:
                        line.Append('\n');
                        break;
                }
            }
        }
        return line.ToString();
    }

    /// <summary>
    /// Whether an element is the paragraph's own: not inside a text box in it (read as the box's lines), nor inside a
    /// drawing's copy for older readers.
    /// </summary>
    private static bool Own(OpenXmlElement element, Paragraph paragraph)
    {
        for (var parent = element.Parent; parent is not null && parent != paragraph; parent = parent.Parent)
        {
            if (parent is TextBoxContent or AlternateContentFallback)
                return false;
        }
        return true;
    }
}
