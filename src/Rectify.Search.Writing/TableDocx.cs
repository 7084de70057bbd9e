using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rectify.Search.Writing;

/// <summary>
/// A <see cref="ResultTable"/> as a Word document: the title, the criteria, and a bordered table whose header row repeats
/// on every page, each row ending in its citation, on landscape A4 — a table that pasted into another document keeps
/// every row's source.
/// </summary>
public static class TableDocx
{
    public static byte[] Write(ResultTable table)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            DocxStyles.Add(main);
            var body = new Body();
            body.Append(DocxStyles.Paragraph("Title", table.Title));
            foreach (var line in table.Criteria)
                body.Append(DocxStyles.Paragraph("Note", line));
            body.Append(Table(table));
            body.Append(new SectionProperties(
                new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>Twentieths of a point in the landscape page's text width (A4 less 2 cm margins).</summary>
    private const int TextWidth = 16838 - 2 * 1134;

    private static Table Table(ResultTable table)
    {
        static BorderType Line<T>() where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4, Color = "000000" };
        var total = table.Columns.Sum(c => c.Width);
        var widths = table.Columns.Select(c => (int)(TextWidth * c.Width / total)).ToList();
        var t = new Table(new TableProperties(
            new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>())),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        t.Append(Row(table.Columns.Select(c => c.Header).ToList(), widths, header: true));
        foreach (var cells in table.Rows)
            t.Append(Row(cells, widths, header: false));
        return t;
    }

    private static TableRow Row(IReadOnlyList<string> cells, IReadOnlyList<int> widths, bool header)
    {
        var row = new TableRow();
        if (header)
            row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
            // A cell's own line breaks stay line breaks within the cell.
            var lines = cells[i].Split('\n');
            foreach (var line in lines)
                cell.Append(DocxStyles.Paragraph(header ? "TableHeader" : "TableText", line));
            row.Append(cell);
        }
        return row;
    }
}
