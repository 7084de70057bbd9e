using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static Rectify.Search.Writing.SheetCells;

namespace Rectify.Search.Writing;

/// <summary>
/// A <see cref="ResultTable"/> as an Excel sheet: the title, the criteria, the header row (frozen, repeated on every
/// printed page) and one row per result, wrapped and bordered, landscape A4.
/// </summary>
public static class TableXlsx
{
    public static byte[] Write(ResultTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var merges = new MergeCells();
            var last = Column(table.Columns.Count - 1);
            uint row = 1;
            data.Append(Row(row, [(table.Title, TitleCell)], height: 30));
            merges.Append(new MergeCell { Reference = $"A{row}:{last}{row}" });
            foreach (var line in table.Criteria)
            {
                row++;
                data.Append(Row(row, [(line, NoteCell)]));
                merges.Append(new MergeCell { Reference = $"A{row}:{last}{row}" });
            }
            var header = ++row;
            data.Append(Row(header, table.Columns.Select(c => (c.Header, HeaderCell)).ToArray(), height: 22));
            foreach (var cells in table.Rows)
                data.Append(Row(++row, cells.Select(c => (c, BodyCell)).ToArray()));

            var view = new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = header, TopLeftCell = $"A{header + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 });
            var worksheet = new Worksheet(view, Widths(table.Columns.Select(c => c.Width)), data, merges,
                new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9 });
            sheetPart.Worksheet = worksheet;
            var name = table.FileStem.Length > 31 ? table.FileStem[..31] : table.FileStem;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = name.Length == 0 ? "结果" : name }));
            // The header row printed on every page.
            workbook.Workbook.AppendChild(new DefinedNames(new DefinedName($"'{name.Replace("'", "''")}'!${header}:${header}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
        }
        return stream.ToArray();
    }
}
