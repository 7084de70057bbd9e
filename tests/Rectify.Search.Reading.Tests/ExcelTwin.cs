using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Reading.Tests;

/// <summary>
/// An Excel task list (整改任务清单) made from a parsed plan as counties publish them: a title row, a header row, then one
/// row per measure; a problem's number, text, target, units and deadline stand in its first row and are merged down
/// over the rows of its other measures (the merged cells hold nothing); texts are shared strings, as Excel saves them.
/// </summary>
internal static class ExcelTwin
{
    private static readonly string[] Header = ["序号", "反馈问题", "整改目标", "整改措施", "牵头单位", "配合单位", "责任领导", "整改时限"];

    /// <param name="repeated">Every measure row repeats its problem's cells (a list exported from a database) instead of merging them.</param>
    public static byte[] Make(PlanDocument plan, string title, bool repeated = false)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = new List<string>();
            CellValue Shared(string text)
            {
                var index = strings.IndexOf(text);
                if (index < 0)
                {
                    strings.Add(text);
                    index = strings.Count - 1;
                }
                return new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            var data = new SheetData();
            var merges = new MergeCells();
            var rowNumber = 0u;
            Row Append(IReadOnlyList<string?> values)
            {
                rowNumber++;
                var row = new Row { RowIndex = rowNumber };
                for (var c = 0; c < values.Count; c++)
                {
                    if (values[c] is { Length: > 0 } value)
                        row.Append(new Cell { CellReference = $"{(char)('A' + c)}{rowNumber}", DataType = CellValues.SharedString, CellValue = Shared(value) });
                }
                data.Append(row);
                return row;
            }
            Append([title]);
            merges.Append(new MergeCell { Reference = "A1:H1" });
            Append(Header);
            foreach (var problem in plan.Problems)
            {
                var first = rowNumber + 1;
                var measures = problem.Measures.Count == 0 ? [null] : problem.Measures.Select(m => (Measure?)m).ToList();
                for (var i = 0; i < measures.Count; i++)
                {
                    var measure = measures[i] is not { } m ? "" : m.Ordinal.Length > 0 ? $"{m.Ordinal}．{m.Text}" : m.Text;
                    Append(i == 0 || repeated
                        ? [problem.Label, problem.Text, problem.Fields.Target, measure, string.Join("、", problem.Fields.LeadUnits), string.Join("、", problem.Fields.SupportUnits), string.Join("、", problem.Fields.Leaders), problem.Fields.DeadlineRaw]
                        : [null, null, null, measure, null, null, null, null]);
                }
                if (measures.Count > 1 && !repeated)
                {
                    foreach (var column in "ABCEFGH")
                        merges.Append(new MergeCell { Reference = $"{column}{first}:{column}{rowNumber}" });
                }
            }
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = new Worksheet(data, merges);
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "整改清单" }));
        }
        return buffer.ToArray();
    }
}
