using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rectify.Search.Core.Model;
using static Rectify.Search.Writing.SheetCells;

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
            data.Append(Row(1, [(PlanLayout.Title(draft), TitleCell)], height: 36));
            merges.Append(new MergeCell { Reference = $"A1:{last}1" });
            data.Append(Row(2, Header.Select(h => (h, HeaderCell)).ToArray(), height: 24));
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
                    data.Append(Row(row, cells.Select(c => (c, BodyCell)).ToArray()));
                    row++;
                }
                if (row - first > 1)
                {
                    for (var c = 0; c < 6; c++)
                        merges.Append(new MergeCell { Reference = $"{Column(c)}{first}:{Column(c)}{row - 1}" });
                }
            }
            var columns = SheetCells.Widths(Widths);
            var worksheet = new Worksheet(columns, data);
            if (merges.HasChildren)
                worksheet.Append(merges);
            worksheet.Append(new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9 });
            sheetPart.Worksheet = worksheet;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "整改清单" }));
        }
        return stream.ToArray();
    }
}
