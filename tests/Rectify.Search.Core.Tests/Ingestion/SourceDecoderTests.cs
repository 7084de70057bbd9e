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
        var act = () => SourceDecoder.Decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x14], "plan.docx");
        act.Should().Throw<PlanReadException>().WithMessage("plan.docx: binary content (a NUL byte at offset 4)*");
    }

    [Fact]
    public void BytesThatAreNeitherUtf8NorGb18030AreRefused()
    {
        var act = () => SourceDecoder.Decode([0xE4, 0xB8, 0x80, 0x81, 0x20], "broken.txt");
        act.Should().Throw<PlanReadException>().WithMessage("broken.txt: the bytes are neither valid UTF-8 nor valid GB18030*");
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
