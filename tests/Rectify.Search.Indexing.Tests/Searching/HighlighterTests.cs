using Rectify.Search.Indexing.Searching;

namespace Rectify.Search.Indexing.Tests.Searching;

public sealed class HighlighterTests
{
    [Fact]
    public void EscapesHtmlAndMarksExactCharacters()
    {
        Highlighter.Highlight("进水COD<100毫克/升 & 超标。", ["cod"]).Should().Equal("进水<em>COD</em>&lt;100毫克/升 &amp; 超标。");
    }

    [Fact]
    public void PicksTheSentencesThatMatchMostNotTheFirst()
    {
        const string text = "湖南是农业大省，水稻产量居全国前列。农药、化肥施用量大，面源污染突出。其他情况。";
        Highlighter.Highlight(text, ["化肥", "面源污染"]).Should().Equal("农药、<em>化肥</em>施用量大，<em>面源污染</em>突出。");
    }

    [Fact]
    public void MatchesTraditionalAndFullWidthTextOnItsOwnCharacters()
    {
        Highlighter.Highlight("推進污水管網建設，ＰＭ２．５下降。", ["污水管网", "pm2.5"]).Should().Equal("推進<em>污水管網</em>建設，<em>ＰＭ２．５</em>下降。");
    }

    [Fact]
    public void WithoutAMatchTheFirstSentenceIsShown()
    {
        Highlighter.Highlight("第一句。第二句。", ["无"]).Should().Equal("第一句。");
    }
}
