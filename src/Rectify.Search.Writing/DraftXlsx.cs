using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Writing;

/// <summary>
/// A draft as an Excel 整改清单: a title row, a header row (序号, 反馈问题, 整改目标, 整改时限, 牵头单位, 配合单位,
/// 整改措施, 出处) and one row per measure, the problem's cells merged down its measures' rows, each measure's citation
/// beside it; wrapped text, borders, widths a county would print. Reads back, merged cells and all, into the same plan.
/// </summary>
public static class DraftXlsx
{
    private static readonly string[] Header = [PlanLayout.Number, PlanLayout.Problem, PlanLayout.Target, PlanLayout.Deadline, PlanLayout.Lead, PlanLayout.Support, PlanLayout.Measures, PlanLayout.Source];
    private static readonly double[] Widths = [6, 40, 30, 14, 18, 24, 60, 30];

    // Cell formats of the stylesheet below.
    private const uint TitleStyle = 1, HeaderStyle = 2, CellStyle = 3;

    public static byte[] Write(Draft draft)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var merges = new MergeCells();
            var last = Column(Header.Length - 1);
            data.Append(Row(1, [(PlanLayout.Title(draft), TitleStyle)], height: 36));
            merges.Append(new MergeCell { Reference = $"A1:{last}1" });
            data.Append(Row(2, Header.Select(h => (h, HeaderStyle)).ToArray(), height: 24));
            uint row = 3;
            foreach (var (problem, i) in draft.Problems.Select((p, i) => (p, i + 1)))
            {
                var measures = problem.Measures.Count == 0 ? [null] : problem.Measures.Cast<DraftItem?>().ToList();
                var first = row;
                foreach (var (measure, n) in measures.Select((m, n) => (m, n)))
                {
                    var measureText = measure is null ? "" : $"{n + 1}．{PlanLayout.Line(measure.Text)}";
                    var source = measure?.Source?.Note ?? "";
                    string[] cells = n == 0
                        ? [PlanLayout.Numeral(i), PlanLayout.Line(problem.Text), problem.Target is { } t ? PlanLayout.Line(t.Text) : "", problem.Deadline?.Text ?? "", PlanLayout.Units(problem.LeadUnits), PlanLayout.Units(problem.SupportUnits), measureText, source]
                        : ["", "", "", "", "", "", measureText, source];
                    data.Append(Row(row, cells.Select(c => (c, CellStyle)).ToArray()));
                    row++;
                }
                if (row - first > 1)
                {
                    for (var c = 0; c < 6; c++)
                        merges.Append(new MergeCell { Reference = $"{Column(c)}{first}:{Column(c)}{row - 1}" });
                }
            }
            var columns = new Columns(Widths.Select((w, c) => new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = w, CustomWidth = true }));
            var worksheet = new Worksheet(columns, data);
            if (merges.HasChildren)
                worksheet.Append(merges);
            worksheet.Append(new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9 });
            sheetPart.Worksheet = worksheet;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "整改清单" }));
        }
        return stream.ToArray();
    }

    private static Row Row(uint index, (string Text, uint Style)[] cells, double? height = null)
    {
        var row = new Row { RowIndex = index };
        if (height is { } h)
        {
            row.Height = h;
            row.CustomHeight = true;
        }
        for (var c = 0; c < cells.Length; c++)
        {
            row.Append(new Cell
            {
                CellReference = $"{Column(c)}{index}",
                DataType = CellValues.InlineString,
                StyleIndex = cells[c].Style,
                InlineString = new InlineString(new Text(cells[c].Text) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }
        return row;
    }

    private static string Column(int index) => ((char)('A' + index)).ToString();

    private static Stylesheet Styles()
    {
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 16 }, new FontName { Val = "方正小标宋简体" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "黑体" }));
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        static BorderPropertiesType Thin<T>() where T : BorderPropertiesType, new() => new T { Style = BorderStyleValues.Thin };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Thin<LeftBorder>(), Thin<RightBorder>(), Thin<TopBorder>(), Thin<BottomBorder>(), new DiagonalBorder()));
        static Alignment Align(HorizontalAlignmentValues h) => new() { Horizontal = h, Vertical = VerticalAlignmentValues.Center, WrapText = true };
        var formats = new CellFormats(
            new CellFormat(),
            new CellFormat(Align(HorizontalAlignmentValues.Center)) { FontId = 1, ApplyFont = true, ApplyAlignment = true },
            new CellFormat(Align(HorizontalAlignmentValues.Center)) { FontId = 2, BorderId = 1, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat(Align(HorizontalAlignmentValues.Left)) { FontId = 0, BorderId = 1, ApplyBorder = true, ApplyAlignment = true });
        return new Stylesheet(fonts, fills, borders, formats);
    }
}
