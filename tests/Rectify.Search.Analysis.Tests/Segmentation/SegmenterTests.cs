using Rectify.Search.Analysis.Dictionaries;
using Rectify.Search.Analysis.Segmentation;

namespace Rectify.Search.Analysis.Tests.Segmentation;

public sealed class SegmenterTests
{
    private static List<(string Text, TokenKind Kind)> Cut(string text, AnalysisData? data = null)
    {
        var tokens = new List<SegmentToken>();
        (data ?? AnalysisData.Default).Segmenter.Segment(text, tokens);
        return tokens.Select(t => (text.Substring(t.Start, t.Length), t.Kind)).ToList();
    }

    [Fact]
    public void PunctuationMarksAreTokensAndDashesAndEllipsesStayWhole()
    {
        Cut("共同创造美好的新世纪——二○○一年新年贺词").Select(t => t.Text).Should().Equal("共同", "创造", "美好", "的", "新世纪", "——", "二○○一年", "新年贺词");
        Cut("等等……").Select(t => t.Text).Should().Equal("等等", "……");
    }

    [Fact]
    public void TokenKindsAreReported()
    {
        Cut("PM2.5浓度下降12.5%").Should().Equal(("PM2.5", TokenKind.Latin), ("浓度", TokenKind.Word), ("下降", TokenKind.Word), ("12.5%", TokenKind.Number));
    }

    [Fact]
    public void ChineseNumeralDatesComeOutWhole()
    {
        Cut("（二○○○年十二月三十一日）").Select(t => t.Text).Should().Equal("（", "二○○○年", "十二月", "三十一日", "）");
    }

    [Theory]
    [InlineData("二○○一年新年", 5)]
    [InlineData("十二月三十一日", 3)]
    [InlineData("三十一日", 4)]
    [InlineData("三月底前", 2)]
    [InlineData("十年行动", 0)]
    [InlineData("三年攻坚", 0)]
    [InlineData("两月", 0)]
    public void AChineseNumeralDateIsTakenWholeButADurationIsLeftToTheDictionary(string text, int length)
    {
        NumberScanner.HanDate(text, 0).Should().Be(length);
    }

    [Fact]
    public void TheHmmFindsANameTheDictionaryLacks()
    {
        // 胡泽钊 (a supervising leader in 001) is in no dictionary: 胡 is a common word alone, the HMM joins 泽钊.
        var general = AnalysisData.General;
        general.Segmenter.Dictionary.Contains("泽钊").Should().BeFalse();
        Cut("督办县领导：胡泽钊、彭健", general).Select(t => t.Text).Should().Equal("督办", "县", "领导", "：", "胡", "泽钊", "、", "彭健");
    }

    [Fact]
    public void CommonSingleCharacterWordsAreNotGluedByTheHmm()
    {
        Cut("的是在", AnalysisData.General).Select(t => t.Text).Should().Equal("的", "是", "在");
    }

    [Fact]
    public void DomainTermsStayWholeWithTheDomainDictionaryOnly()
    {
        Cut("错接混接", AnalysisData.General).Should().HaveCountGreaterThan(1);
        Cut("错接混接").Select(t => t.Text).Should().Equal("错接混接");
    }

    [Fact]
    public void IndexModeAddsSubWordsAfterTheirWord()
    {
        var tokens = new List<SegmentToken>();
        AnalysisData.Default.Segmenter.Segment("危险废物经营单位", tokens, SegmentMode.Index);
        tokens[0].Should().Be(new SegmentToken(0, 8, TokenKind.Word));
        tokens.Skip(1).Should().OnlyContain(t => t.SubWord && t.End <= 8);
        tokens.Skip(1).Select(t => "危险废物经营单位".Substring(t.Start, t.Length)).Should().Contain(["危险废物", "危险", "废物", "经营", "单位"]);
    }
}
