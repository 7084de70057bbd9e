using System.Text;
using Rectify.Search.Core.Ingestion;

namespace Rectify.Search.Core.Tests.Ingestion;

public sealed class FormatSnifferTests
{
    [Theory]
    [InlineData(SourceFormat.Docx, "[Content_Types].xml", "word/document.xml")]
    [InlineData(SourceFormat.Xlsx, "[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")]
    [InlineData(SourceFormat.OpenDocument, "mimetype", "content.xml", "styles.xml")]
    [InlineData(SourceFormat.Zip, "plans/000.txt", "plans/001.txt")]
    public void AZipIsToldByTheNamesOfItsEntries(SourceFormat format, params string[] entries) =>
        FormatSniffer.Detect(SourceDecoderTests.Zip(entries)).Should().Be(format);

    [Theory]
    [InlineData(SourceFormat.Pdf, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj")]
    [InlineData(SourceFormat.Rtf, "{\\rtf1\\ansi\\ansicpg936 整改方案}")]
    [InlineData(SourceFormat.Html, "\uFEFF  <!DOCTYPE html><html lang=\"zh-CN\"><head><title>整改方案</title>")]
    [InlineData(SourceFormat.Html, "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">")]
    [InlineData(SourceFormat.Text, "兴国县贯彻落实第二轮中央生态环境保护督察报告整改方案\n一、“两高”项目")]
    [InlineData(SourceFormat.Text, "<p>整改时限</p> is not a page until it opens as one")]
    [InlineData(SourceFormat.Mhtml, "From: <Saved by Blink>\r\nSubject: =?utf-8?Q?=E6=95=B4?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----b\"\r\n\r\n------b")]
    [InlineData(SourceFormat.Mhtml, "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"----=_NextPart_01D9\"\n\n此文档为“单个文件网页”")]
    [InlineData(SourceFormat.Text, "MIME-Version: 1.0 is no header of a plan\n\nContent-Type: multipart/related")]
    public void OtherFormatsAreToldByHowTheyBegin(SourceFormat format, string start) =>
        FormatSniffer.Detect(Encoding.UTF8.GetBytes(start)).Should().Be(format);

    [Fact]
    public void AnOle2CompoundFileIsAnOlderOfficeOrWpsFile() =>
        FormatSniffer.Detect([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00]).Should().Be(SourceFormat.LegacyOffice);

    [Fact]
    public void ATruncatedZipIsStillAZipNotText() =>
        FormatSniffer.Detect(SourceDecoderTests.Zip("word/document.xml").AsSpan(0, 30)).Should().Be(SourceFormat.Zip);

    [Theory]
    [InlineData("plan.DOCX", SourceFormat.Docx)]
    [InlineData("清单.xls", SourceFormat.LegacyOffice)]
    [InlineData("page.htm", SourceFormat.Html)]
    [InlineData("公示.mht", SourceFormat.Mhtml)]
    [InlineData("README", null)]
    public void AnExtensionOnlyClaimsAFormat(string path, SourceFormat? claimed) => FormatSniffer.Claimed(path).Should().Be(claimed);

    [Fact]
    public void EveryFormatPlansAreReadFromIsOneAFolderIsIndexedFromAndAZipIsNot()
    {
        // .shtml was claimed as a web page and yet skipped by `rectify index`: the two lists are now one.
        FormatSniffer.PlanExtensions.Should().Contain([".shtml", ".mht", ".csv", ".wps", ".ods"]).And.NotContain(".zip");
        FormatSniffer.PlanExtensions.Select(e => FormatSniffer.Claimed("plan" + e)).Should().NotContain([null, SourceFormat.Zip]);
    }
}

