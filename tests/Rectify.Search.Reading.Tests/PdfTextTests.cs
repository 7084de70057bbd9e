using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Rectify.Search.Reading.Tests;

public sealed class PdfTextTests
{
    private const string Jincheng = "004_5daf789ba15e6675";

    private static string Fixture => Path.Combine(RepoFiles.Root, "tests", "Fixtures", "formats", "004-print.pdf");

    [Fact]
    public void Seed004PrintedByLibreOfficeReadsBackLineForLineWithoutItsRunningHeaderAndPageNumbers()
    {
        var bytes = File.ReadAllBytes(Fixture);

        var read = SourceReader.Read("004-print.pdf", bytes);

        read.EncodingName.Should().Be("pdf");
        var seed = File.ReadAllLines(RepoFiles.Seed(Jincheng)).Where(l => l.Length > 0);
        read.Text.Split('\n').Where(l => l.Length > 0).Should().Equal(seed, "wrapped lines are joined, 责 任 人 keeps its spaces, 2024年 gets none");
        read.Notes.Select(n => (n.Severity, n.Code, n.Message)).Should().Equal(
            (Severity.Info, "pdf-running-lines", "24 running header, footer and page number line(s) left out"));
    }

    [Fact]
    public void Seed004AsAPdfParsesToTheSameProblemsFieldsAndMeasuresAsItsText()
    {
        var bytes = File.ReadAllBytes(Fixture);
        var fromText = PlanPipeline.Read(RepoFiles.Seed(Jincheng), File.ReadAllBytes(RepoFiles.Seed(Jincheng)));

        var fromPdf = PlanPipeline.Read(Jincheng + ".pdf", bytes, SourceReader.Read(Jincheng + ".pdf", bytes));

        fromPdf.Problems.Should().HaveCount(17);
        fromPdf.ShouldMatch(fromText);
        fromPdf.Metadata.Title.Should().Be(fromText.Metadata.Title);
    }

    [Fact]
    public void AWordTablePrintedToPdfComesBackAsRowsWithMergedCellsAndRowsSplitByPageBreaksMadeWhole()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoFiles.Root, "tests", "Fixtures", "formats", "000-word-table.pdf"));

        var lines = SourceReader.Read("000-word-table.pdf", bytes).Text.Split('\n');

        lines.Should().Contain("序号\t反馈问题\t整改目标\t整改措施\t牵头单位\t配合单位\t责任领导\t整改时限");
        // Problem 十六's second measure starts at the foot of one page and ends at the head of the next.
        lines.Should().Contain("\t\t\t2．2022年6月底前，制定废弃露天矿山生态修复实施方案，落实“十四五”期间各年度废弃露天矿山生态修复数量、面积、修复方式等详细计划。\t\t\t\t");
        // A problem's cells merged down over its measures: empty in the rows below.
        lines.Should().Contain("\t\t\t2．2021 年底前，梳理我县“十四五”拟投产达产“两高”项目情况。\t\t\t\t");
        lines.Count(l => l.StartsWith("十五\t矿山整治修复走过场。根据 2019 年自然资源部", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void AScannedPdfIsRefusedAsNeedingOcr()
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < 2; i++)
            builder.AddPage(PageSize.A4).AddPng(OnePixelPng, new PdfRectangle(50, 50, 545, 792));

        var act = () => SourceReader.Read("scan.pdf", builder.Build());

        act.Should().Throw<PlanReadException>().Which.Reason.Should().Be(
            "a scanned PDF: 2 of its 2 page(s) are images without a text layer; it needs OCR (text recognition), which Rectify.Search does not do — ask for the text version or run OCR first");
    }

    [Fact]
    public void ColumnsBecomeTabsLatinWordsKeepTheirSpacesAndALonePageNumberGoes()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Problem one", 12, new PdfPoint(72, 700), font);
        page.AddText("2024-12-31", 12, new PdfPoint(300, 700), font);
        page.AddText("Problem two", 12, new PdfPoint(72, 680), font);
        page.AddText("2025-06-30", 12, new PdfPoint(300, 680), font);
        page.AddText("- 1 -", 9, new PdfPoint(290, 30), font);

        var read = SourceReader.Read("table.pdf", builder.Build());

        read.Text.Should().Be("Problem one\t2024-12-31\nProblem two\t2025-06-30\n");
    }

    [Fact]
    public void APageSetInTwoColumnsIsReadColumnByColumnUnderItsTitleAcrossBoth()
    {
        // A gazette's page: a title over both columns, then ten justified lines in each column, their baselines shared, so
        // that read by baselines each line would hold a line of the left column and one of the right.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Courier);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("TITLE OVER BOTH COLUMNS", 12, new PdfPoint(180, 760), font);
        string Left(int i) => i < 9 ? $"left column line {i + 1:00} abcdefghij" : "end of left.";
        string Right(int i) => i == 0 ? "2. right column line 01 abcdef" : i < 9 ? $"right column line {i + 1:00} abcdefghi" : "end of right.";
        for (var i = 0; i < 10; i++)
        {
            page.AddText(Left(i), 10, new PdfPoint(72, 720 - 14 * i), font);
            page.AddText(Right(i), 10, new PdfPoint(276, 720 - 14 * i), font);
        }

        var read = SourceReader.Read("gazette.pdf", builder.Build());

        read.Text.Split('\n').Should().Equal(
            "TITLE OVER BOTH COLUMNS",
            string.Concat(Enumerable.Range(0, 10).Select(Left)),
            string.Concat(Enumerable.Range(0, 10).Select(Right)),
            "");
    }

    [Fact]
    public void APageSetOverTheWidthInADocumentOfColumnsIsReadTopToBottom()
    {
        // Page 1 in two columns; page 2 over the width, a signature set right and a note left below it: read by page 1's
        // gutter, the signature would be the right column's and come after the note.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Courier);
        var first = builder.AddPage(PageSize.A4);
        for (var i = 0; i < 10; i++)
        {
            first.AddText($"left column line {i + 1:00} abcdefghij", 10, new PdfPoint(72, 720 - 14 * i), font);
            first.AddText($"right column line {i + 1:00} abcdefghi", 10, new PdfPoint(276, 720 - 14 * i), font);
        }
        var second = builder.AddPage(PageSize.A4);
        second.AddText("a line over the width of the page, across the gutter.", 10, new PdfPoint(72, 720), font);
        second.AddText("signed", 10, new PdfPoint(420, 690), font);
        second.AddText("note below", 10, new PdfPoint(72, 660), font);

        var read = SourceReader.Read("annex.pdf", builder.Build());

        read.Text.Should().EndWith("a line over the width of the page, across the gutter.\nsigned\nnote below\n");
    }

    [Theory]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF")]
    [InlineData("%PDF-1.4\n\u0000\u0001\u0002 not a pdf body at all")]
    public void ADamagedPdfIsRefusedNamingItsFile(string content)
    {
        var act = () => SourceReader.Read("broken.pdf", System.Text.Encoding.Latin1.GetBytes(content));

        act.Should().Throw<PlanReadException>().Which.Message.Should().StartWith("broken.pdf: a ");
    }

    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}
