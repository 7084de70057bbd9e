using System.Text;
using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Tests.Support;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Tests.Text;

public sealed class MojibakeRepairTests
{
    private const string Sentence = "全市医疗废物处置抗风险能力较低，现有焚烧炉已经运行十年，检修期间医疗废物需要转移到外市处置，新增危险废物处置生产线项目尚在建设之中。部分乡镇污水处理设施建成后长期不正常运行，进水浓度偏低，管网配套不完善。";

    private static Encoding Gbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(936);
    }

    [Fact]
    public void GbkReadFromAnOddOffsetIsRealignedLosingOnlyTheSplitCharacters()
    {
        var bytes = Gbk().GetBytes(Sentence);
        var garbled = Gbk().GetString(bytes, 1, bytes.Length - 1);
        Mojibake.Looks(garbled, out _).Should().BeTrue();

        var repair = MojibakeRepair.Of(garbled)!;
        repair.Pattern.Should().Be(MojibakeRepair.GbkOneByteOff);
        // The first character lost its first byte, the last its pairing: both gone, everything between as written.
        repair.Text.Should().Be(Sentence[1..^1]);
        repair.CharactersLost.Should().Be(2);
    }

    [Fact]
    public void Utf8ReadAsGbkIsDecodedBack()
    {
        var garbled = Gbk().GetString(Encoding.UTF8.GetBytes(Sentence));
        garbled.Should().StartWith("鍏ㄥ競鍖荤枟搴熺墿");
        var repair = MojibakeRepair.Of(garbled)!;
        repair.Pattern.Should().Be(MojibakeRepair.Utf8ReadAsGbk);
        // The last character's bytes ended on a lone byte the misreading decoder could not pair: it is the one lost.
        repair.Text.Should().StartWith(Sentence[..^1]);
        repair.CharactersLost.Should().BeLessThanOrEqualTo(1);
    }

    [Fact]
    public void ARepairThatWouldLoseMuchOfTheTextIsRefused()
    {
        // Read as GB18030, whose decoder replaces what it cannot map (four-byte forms, line ends): the holes are bytes
        // gone, not misread, one or more on every line.
        var text = string.Join("\n", Enumerable.Range(1, 30).Select(i => $"{i}.{Sentence}"));
        var garbled = Encoding.GetEncoding(54936).GetString(Encoding.UTF8.GetBytes(text));
        Mojibake.Looks(garbled, out _).Should().BeTrue();
        MojibakeRepair.Of(garbled).Should().BeNull();
    }

    [Fact]
    public void AUtf8PageReadAsGbkWithHolesIsRefusedSayingWhatHappenedAndWhatIsLost()
    {
        // A scraper decoded a notice's UTF-8 as GBK, put U+FFFD wherever it could not pair bytes, and saved that: its
        // characters are gone (blind-layouts round 29, a mirror of 188: 18 here, more where a decoder replaced more).
        var notice = File.ReadAllText(Seeds.FixturePath(Path.Combine("blind-layouts", "188_guanyu_items_progress.txt")));
        var garbled = Gbk().GetString(Encoding.UTF8.GetBytes(notice));
        garbled.Should().StartWith("鍏充簬");
        MojibakeRepair.Of(garbled).Should().BeNull();
        MojibakeRepair.Utf8ReadAsGbkLoss(garbled).Should().Be(18);
        var read = () => Rectify.Search.Core.Parsing.PlanParser.Parse(garbled, "193", "193.txt", "h", "utf-8");
        read.Should().Throw<PlanReadException>().Which.Reason.Should().StartWith("the text is UTF-8 that was read as GBK (鍏充簬 for 关于) and saved so: 18 of its characters");
        // A text of another kind of mojibake keeps the general reason.
        MojibakeRepair.Utf8ReadAsGbkLoss(Sentence).Should().BeNull();
    }

    [Theory]
    [InlineData(Sentence)]
    [InlineData("全市醫療廢物處置抗風險能力較低，湖北匯楚危險廢物處置有限公司現有焚燒爐已經運行十年，檢修期間醫療廢物需要轉移到外市處置，新增危險廢物處置生產線項目尚在建設之中。")]
    public void ChineseTextIsLeftAlone(string text) => MojibakeRepair.Of(text).Should().BeNull();

    [Fact]
    public void MojibakeOfNoKnownPatternIsNotRepaired()
    {
        // Rare characters that no realignment or re-decoding turns into Chinese.
        var rare = string.Concat(Enumerable.Range(0, 80).Select(i => (char)(0x9F00 + i)));
        MojibakeRepair.Of(rare).Should().BeNull();
    }

    [Fact]
    public void ADecodedFileWithALostByteIsRepairedWithAWarning()
    {
        var bytes = Gbk().GetBytes("兴国县贯彻落实整改方案\n" + Sentence + "\n");
        // The second byte of the second line's ninth character lost (the title is 11 characters and a line break: 23 bytes).
        var lost = bytes.Take(23 + 17).Concat(bytes.Skip(23 + 18)).ToArray();
        var decoded = SourceDecoder.Decode(lost, "copy.txt");
        decoded.EncodingName.Should().Be("gb18030+gbk-one-byte-off");
        // One character of the two the lost byte stood between is gone (which one the bytes cannot say); the rest as written.
        decoded.Text.Should().StartWith("兴国县贯彻落实整改方案\n" + Sentence[..8]).And.EndWith(Sentence[10..] + "\n")
            .And.HaveLength("兴国县贯彻落实整改方案\n".Length + Sentence.Length - 1 + 1);
        decoded.Notes.Should().ContainSingle(n => n.Code == "mojibake-repaired").Which.Message.Should().EndWith("1 character(s) lost where a byte was");
    }
}
