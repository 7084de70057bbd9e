using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Reading.Tests;

public sealed class DocxTextTests
{
    private const string Xingguo = "000_fd899eb3d1702b98";

    [Fact]
    public void AWordTwinOfXingguosPlanGivesItsTextWithTheNumbersWordPrints()
    {
        var path = Path.Combine(RepoFiles.Root, "seeds", Xingguo + ".txt");
        var text = File.ReadAllText(path);
        var (docx, numbered) = WordTwin.Make(text);
        numbered.Should().BeGreaterThan(60, "most labels come from Word's numbering, not typed text");

        var read = SourceReader.Read(Xingguo + ".docx", docx);

        read.EncodingName.Should().Be("docx");
        read.Text.TrimEnd('\n').Split('\n').Should().Equal(text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void XingguosProblemListAsAWordTableWithMergedCellsParsesToTheSameRecords()
    {
        var path = Path.Combine(RepoFiles.Root, "seeds", Xingguo + ".txt");
        var bytes = File.ReadAllBytes(path);
        var fromText = PlanPipeline.Read(path, bytes);
        var docx = WordTableTwin.Make(File.ReadAllText(path), fromText, "兴国县贯彻落实中央生态环境保护督察报告整改任务清单");

        var read = SourceReader.Read(Xingguo + ".docx", docx);
        var fromTable = PlanPipeline.Read(Xingguo + ".docx", docx, read);

        read.Text.Split('\n').Should().Contain("序号\t反馈问题\t整改目标\t整改措施\t牵头单位\t配合单位\t责任领导\t整改时限");
        fromTable.Metadata.Layout.Should().Be("table");
        fromTable.Problems.Should().HaveCount(17);
        fromTable.ShouldMatch(fromText);
    }

    [Fact]
    public void AWordDocumentNamedAsTextIsReadAsWordAndThePlanSaysSo()
    {
        var (docx, _) = WordTwin.Make(File.ReadAllText(Path.Combine(RepoFiles.Root, "seeds", Xingguo + ".txt")));

        var read = SourceReader.Read(Xingguo + ".txt", docx);
        var plan = PlanPipeline.Read(Xingguo + ".txt", docx, read);

        read.EncodingName.Should().Be("docx");
        plan.Problems.Should().HaveCount(17);
        plan.Diagnostics.Where(d => d.Code == "format-mismatch").Select(d => (d.Severity, d.Line, d.Message)).Should().Equal(
            (Severity.Warning, (int?)null, "named .txt but the bytes are a Word document (.docx); read as a Word document (.docx)"));
        SourceReader.Read(Xingguo + ".docx", docx).Notes.Should().BeEmpty();
    }

    [Fact]
    public void AWordTwinParsesToTheSameProblemsFieldsAndMeasuresAsItsText()
    {
        var path = Path.Combine(RepoFiles.Root, "seeds", Xingguo + ".txt");
        var bytes = File.ReadAllBytes(path);
        var fromText = PlanPipeline.Read(path, bytes);
        var (docx, _) = WordTwin.Make(File.ReadAllText(path));

        var fromWord = PlanPipeline.Read(Xingguo + ".docx", docx, SourceReader.Read(Xingguo + ".docx", docx));

        fromWord.Problems.Should().HaveCount(17);
        fromWord.ShouldMatch(fromText);
    }


    [Theory]
    [InlineData(1, "chineseCounting", "一")]
    [InlineData(10, "chineseCounting", "十")]
    [InlineData(12, "taiwaneseCountingThousand", "十二")]
    [InlineData(3, "chineseLegalSimplified", "叁")]
    [InlineData(11, "chineseCounting", "十一")]
    [InlineData(20, "chineseCounting", "二十")]
    [InlineData(25, "chineseCountingThousand", "二十五")]
    [InlineData(101, "chineseCounting", "一百零一")]
    [InlineData(3, "ideographTraditional", "丙")]
    [InlineData(4, "decimalEnclosedCircle", "④")]
    [InlineData(12, "decimalFullWidth", "１２")]
    [InlineData(28, "lowerLetter", "bb")]
    [InlineData(14, "upperRoman", "XIV")]
    [InlineData(7, "decimal", "7")]
    public void NumbersAreWrittenAsWordWritesEachFormat(int n, string format, string printed) =>
        NumberFormats.Format(n, format).Should().Be(printed);

    [Fact]
    public void AWordDocumentWhoseBodyIsNotXmlIsRefusedAsDamaged()
    {
        var package = WordPackage("<w:document 一、问题 not xml");
        var act = () => SourceReader.Read("garbled.docx", package);
        act.Should().Throw<PlanReadException>().WithMessage("garbled.docx: a damaged Word document (.docx): a part's XML is malformed (at line 1, position *)");
    }

    [Fact]
    public void AWordDocumentDeclaringADtdIsRefusedInTheProjectsWordsNotTheXmlLibrarys()
    {
        // Billion laughs: entities defined by a DTD, each ten of the one before.
        var document = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>";
        var package = WordPackage(document);
        var act = () => SourceReader.Read("laughs.docx", package);
        act.Should().Throw<PlanReadException>().WithMessage("laughs.docx: a damaged Word document (.docx): a part declares a DTD (<!DOCTYPE …>), which Office never writes and which can expand entities without end: refused")
            .Which.Message.Should().NotContain("DtdProcessing");
    }

    [Fact]
    public void ADamagedWordDocumentIsRefusedWithItsName()
    {
        var (docx, _) = WordTwin.Make("一、问题\n1. 措施\n");
        var damaged = docx.AsSpan(0, docx.Length - 40).ToArray();
        var act = () => SourceReader.Read("broken.docx", damaged);
        act.Should().Throw<PlanReadException>().WithMessage("broken.docx: *");
    }

    [Fact]
    public void ATableInsideACellIsSplicedIntoTheListUnderItsOwnColumnNames()
    {
        // A problem's measures as a small table (具体措施 | 责任单位) inside the 整改措施及责任单位 cell: each inner row a row of
        // the list, the problem's cells empty below its first (as a merged cell), the inner header naming the columns.
        static string Inner(params string[][] rows) => Table([["具体措施", "责任单位"], .. rows]) + "<w:p/>";
        var body = Table([
            ["序号", "反馈问题", "整改措施及责任单位"],
            ["1", "部分小水电站未落实生态流量下泄要求。", Inner(["安装生态流量在线监测设施。", "县水利局"], ["对未下泄的电站依法查处。", "县水利局、县生态环境分局"])],
            ["2", "部分乡镇生活垃圾随意堆放。", Inner(["完善乡镇垃圾中转站。", "县城市管理局"])],
        ]);

        var text = SourceReader.Read("nested.docx", WordPackage(Document(body))).Text;

        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "序号\t反馈问题\t具体措施\t责任单位",
            "1\t部分小水电站未落实生态流量下泄要求。\t安装生态流量在线监测设施。\t县水利局",
            "\t\t对未下泄的电站依法查处。\t县水利局、县生态环境分局",
            "2\t部分乡镇生活垃圾随意堆放。\t完善乡镇垃圾中转站。\t县城市管理局");
    }

    [Fact]
    public void ATableThatOnlyFramesAnotherGivesTheInnerTablesRowsAsTheyAre()
    {
        // One cell holding the list: no row above to take the inner header, so it stays the first row.
        var body = Table([[Table([["序号", "反馈问题", "整改时限"], ["1", "县城污水管网建设滞后。", "2025年12月底"]]) + "<w:p/>"]]);

        var text = SourceReader.Read("framed.docx", WordPackage(Document(body))).Text;

        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal("序号\t反馈问题\t整改时限", "1\t县城污水管网建设滞后。\t2025年12月底");
    }

    /// <summary>A table of cells, each a paragraph of text or, when it is already WordprocessingML, that.</summary>
    private static string Table(string[][] rows) =>
        "<w:tbl>" + string.Concat(rows.Select(r => "<w:tr>" + string.Concat(r.Select(c => "<w:tc>" + (c.StartsWith("<w:", StringComparison.Ordinal) ? c : $"<w:p><w:r><w:t>{c}</w:t></w:r></w:p>") + "</w:tc>")) + "</w:tr>")) + "</w:tbl>";

    private static string Document(string body) =>
        $"<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>";

    /// <summary>A Word package of the three parts a reader needs, <paramref name="document"/> as its body part.</summary>
    private static byte[] WordPackage(string document)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in new[]
            {
                ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/></Types>"),
                ("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
                ("word/document.xml", document),
            })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }
        return buffer.ToArray();
    }

    [Fact]
    public void ALineBreakInsideACellPartsItsWordsAndTheRowStaysOneLine()
    {
        // 序<w:br/>号 in a narrow header cell, 1.…<w:br/>2.… in a measures cell.
        const string broken = "<w:p><w:r><w:t>序</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>号</w:t></w:r></w:p>";
        const string measures = "<w:p><w:r><w:t>1.完善管网。</w:t><w:br/><w:t>2.实施雨污分流。</w:t></w:r></w:p>";
        var body = Table([[broken, "反馈问题", "整改措施"], ["1", "县城污水管网建设滞后。", measures]]);

        var text = SourceReader.Read("breaks.docx", WordPackage(Document(body))).Text;

        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal("序 号\t反馈问题\t整改措施", "1\t县城污水管网建设滞后。\t1.完善管网。 2.实施雨污分流。");
    }
}
