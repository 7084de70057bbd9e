using System.Text;
using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Ingestion;

public sealed class SourceDecoderTests
{
    private static readonly Encoding Gb18030 = CreateGb18030();

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }

    [Fact]
    public void AGb18030CopyOfASeedDecodesToTheSameText()
    {
        var utf8 = File.ReadAllText(Seeds.PathOf(Seeds.Xingguo));
        var decoded = SourceDecoder.Decode(Gb18030.GetBytes(utf8), "copy.txt");
        decoded.EncodingName.Should().Be("gb18030");
        decoded.Text.Should().Be(utf8);
    }

    [Fact]
    public void Utf8WithAByteOrderMarkLosesTheMark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("一、“两高”项目控制不力")).ToArray();
        SourceDecoder.Decode(bytes, "bom.txt").Should().Be(new DecodedText("一、“两高”项目控制不力", "utf-8-bom"));
    }

    [Fact]
    public void PlainUtf8IsReadAsUtf8()
    {
        SourceDecoder.Decode(Encoding.UTF8.GetBytes("整改时限：2025 年 12 月底"), "a.txt").EncodingName.Should().Be("utf-8");
    }

    [Fact]
    public void AnEmptyFileIsRefusedWithItsName()
    {
        var act = () => SourceDecoder.Decode([], "seeds/empty.txt");
        act.Should().Throw<PlanReadException>().WithMessage("seeds/empty.txt: the file is empty");
    }

    [Fact]
    public void BinaryContentIsRefusedWithTheOffsetOfItsFirstNulByte()
    {
        // A PNG image's signature and the length of its first chunk.
        var act = () => SourceDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "scan.png");
        act.Should().Throw<PlanReadException>().WithMessage("scan.png: binary content (a NUL byte at offset 8)*");
    }

    [Fact]
    public void AWordDocumentIsRefusedAsWhatItIsAndAWrongExtensionIsNamed()
    {
        var docx = Zip("[Content_Types].xml", "word/document.xml", "word/numbering.xml");
        var named = () => SourceDecoder.Decode(docx, "seeds/000_plan.txt");
        named.Should().Throw<PlanReadException>().WithMessage(
            "seeds/000_plan.txt: named .txt but the bytes are a Word document (.docx), not text; plans are read from text (UTF-8, UTF-16, GB18030 or Big5): save the plan as text");
        var honest = () => SourceDecoder.Decode(docx, "000_plan.docx");
        honest.Should().Throw<PlanReadException>().WithMessage("000_plan.docx: the bytes are a Word document (.docx), not text;*");
    }

    [Fact]
    public void ABig5CopyOfATraditionalChineseNoticeDecodesAsBig5()
    {
        const string notice = "關於中央第三生態環境保護督察組督察反饋意見整改落實情況的公示\n一、縣城污水管網建設滯後，雨污分流改造推進緩慢。\n整改時限：2025年12月底前\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var decoded = SourceDecoder.Decode(Encoding.GetEncoding(950).GetBytes(notice), "notice.txt");
        decoded.Should().Be(new DecodedText(notice, "big5"));
    }

    [Fact]
    public void Utf16WithoutAByteOrderMarkIsReadFromWhereItsZeroBytesStand()
    {
        var utf8 = File.ReadAllText(Seeds.PathOf(Seeds.Xingguo));
        SourceDecoder.Decode(new UnicodeEncoding(false, false).GetBytes(utf8), "le.txt").Should().Be(new DecodedText(utf8, "utf-16"));
        SourceDecoder.Decode(new UnicodeEncoding(true, false).GetBytes(utf8), "be.txt").Text.Should().Be(utf8);
    }

    /// <summary>A zip holding empty entries of these names: the container a format is told by.</summary>
    internal static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }
        return buffer.ToArray();
    }

    [Fact]
    public void BytesThatAreNeitherUtf8NorGb18030AreRefused()
    {
        var act = () => SourceDecoder.Decode([0xE4, 0xB8, 0x80, 0x81, 0x20], "broken.txt");
        act.Should().Throw<PlanReadException>().WithMessage("broken.txt: the bytes are neither valid UTF-8 nor valid GB18030 or Big5*");
    }
}

public sealed class LineEndingTests
{
    [Fact]
    public void ACrlfCopyOfASeedParsesToTheSameProblemsAndLines()
    {
        var lf = Seeds.Plan(Seeds.Baojing);
        var crlf = Core.Parsing.PlanParser.Parse(File.ReadAllText(Seeds.PathOf(Seeds.Baojing)).Replace("\n", "\r\n"), "crlf", "crlf.txt", "", "utf-8");
        crlf.Problems.Select(p => (p.Label, p.Line, p.Fields.DeadlineRaw, p.Measures.Count))
            .Should().Equal(lf.Problems.Select(p => (p.Label, p.Line, p.Fields.DeadlineRaw, p.Measures.Count)));
        crlf.Problems.SelectMany(p => p.Measures).Should().OnlyContain(m => !m.Text.Contains('\r'));
    }
}
