using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Reading.Tests;

public sealed class XlsxTextTests
{
    private const string Baojing = "001_5cb408abd5d47804";

    [Fact]
    public void AnExcelTaskListOfBaojingsProblemsParsesToTheSameProblemsFieldsAndMeasures()
    {
        var path = Path.Combine(RepoFiles.Root, "seeds", Baojing + ".txt");
        var fromText = PlanPipeline.Read(path, File.ReadAllBytes(path));
        var xlsx = ExcelTwin.Make(fromText, "保靖县贯彻落实第二轮中央生态环境保护督察报告整改任务清单");

        var read = SourceReader.Read("清单.xlsx", xlsx);
        var fromExcel = PlanPipeline.Read("清单.xlsx", xlsx, read);

        read.EncodingName.Should().Be("xlsx");
        fromExcel.Problems.Should().HaveCount(25);
        fromExcel.ShouldMatch(fromText);
    }

    [Fact]
    public void ATaskListWhoseRowsRepeatTheProblemGivesEachProblemOnceWithAllItsMeasures()
    {
        var path = Path.Combine(RepoFiles.Root, "seeds", Baojing + ".txt");
        var fromText = PlanPipeline.Read(path, File.ReadAllBytes(path));
        var xlsx = ExcelTwin.Make(fromText, "保靖县贯彻落实第二轮中央生态环境保护督察报告整改任务清单", repeated: true);

        var fromExcel = PlanPipeline.Read("清单.xlsx", xlsx, SourceReader.Read("清单.xlsx", xlsx));

        fromExcel.Problems.Should().HaveCount(25);
        fromExcel.ShouldMatch(fromText);
    }

    [Fact]
    public void DateCellsAreWrittenAsDatesAndMissingCellsKeepTheirColumns()
    {
        using var buffer = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var styles = workbook.AddNewPart<DocumentFormat.OpenXml.Packaging.WorkbookStylesPart>();
            styles.Stylesheet = new DocumentFormat.OpenXml.Spreadsheet.Stylesheet(new DocumentFormat.OpenXml.Spreadsheet.CellFormats(
                new DocumentFormat.OpenXml.Spreadsheet.CellFormat { NumberFormatId = 0 },
                new DocumentFormat.OpenXml.Spreadsheet.CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var sheet = workbook.AddNewPart<DocumentFormat.OpenXml.Packaging.WorksheetPart>();
            sheet.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(new DocumentFormat.OpenXml.Spreadsheet.SheetData(
                new DocumentFormat.OpenXml.Spreadsheet.Row(
                    Inline("A1", "一"), Inline("C1", "县农业农村局"),
                    new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = "D1", StyleIndex = 1, CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue("44561") },
                    new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = "E1", CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue("90") }) { RowIndex = 1 }));
            workbook.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Sheet1" }));
        }

        SourceReader.Read("dates.xlsx", buffer.ToArray()).Text.Should().Be("一\t\t县农业农村局\t2021年12月31日\t90\n\n");
    }

    [Fact]
    public void AHiddenSheetIsNotReadAndSaysSo()
    {
        // A workbook's list sheet and, hidden, the sheet of values its drop-downs offer (已完成, 未完成): a reader never sees it.
        using var buffer = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var list = workbook.AddNewPart<DocumentFormat.OpenXml.Packaging.WorksheetPart>();
            list.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(new DocumentFormat.OpenXml.Spreadsheet.SheetData(
                new DocumentFormat.OpenXml.Spreadsheet.Row(Inline("A1", "1"), Inline("B1", "县城污水管网不完善")) { RowIndex = 1 }));
            var values = workbook.AddNewPart<DocumentFormat.OpenXml.Packaging.WorksheetPart>();
            values.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(new DocumentFormat.OpenXml.Spreadsheet.SheetData(
                new DocumentFormat.OpenXml.Spreadsheet.Row(Inline("A1", "已完成")) { RowIndex = 1 },
                new DocumentFormat.OpenXml.Spreadsheet.Row(Inline("A1", "未完成")) { RowIndex = 2 }));
            workbook.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets(
                new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(list), SheetId = 1, Name = "清单" },
                new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(values), SheetId = 2, Name = "选项", State = DocumentFormat.OpenXml.Spreadsheet.SheetStateValues.Hidden }));
        }

        var read = SourceReader.Read("清单.xlsx", buffer.ToArray());
        read.Text.Should().Be("1\t县城污水管网不完善\n\n");
        read.Notes.Should().ContainSingle(n => n.Code == "hidden-sheet" && n.Message == "sheet '选项' is hidden in the workbook: not read");
    }

    private static DocumentFormat.OpenXml.Spreadsheet.Cell Inline(string reference, string text) => new(
        new DocumentFormat.OpenXml.Spreadsheet.InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)))
    { CellReference = reference, DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString };

}
