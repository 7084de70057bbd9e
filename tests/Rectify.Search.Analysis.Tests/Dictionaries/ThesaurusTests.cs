using Rectify.Search.Analysis.Dictionaries;
using Rectify.Search.Analysis.Lucene;
using Rectify.Search.Core.Text;
using Rectify.Search.Analysis.Segmentation;
using Rectify.Search.Analysis.Tests.Support;

namespace Rectify.Search.Analysis.Tests.Dictionaries;

public sealed class ThesaurusTests
{
    private static readonly Thesaurus T = Thesaurus.Default;

    [Theory]
    [InlineData("两高", "高耗能高排放")]
    [InlineData("高耗能高排放", "两高")]
    [InlineData("COD", "化学需氧量")]
    [InlineData("化学需氧量", "COD")]
    [InlineData("PM2.5", "细颗粒物")]
    [InlineData("细颗粒物", "PM2.5")]
    [InlineData("环评", "环境影响评价")]
    [InlineData("危废", "危险废物")]
    [InlineData("危险废物", "危废")]
    [InlineData("复绿", "生态修复")]
    [InlineData("生态修复", "复绿")]
    [InlineData("煤改电", "清洁取暖")]
    [InlineData("煤改气", "清洁取暖")]
    [InlineData("环保局", "生态环境局")]
    [InlineData("安监局", "应急管理局")]
    [InlineData("ＰＭ２．５", "细颗粒物")]
    [InlineData("cod", "化学需氧量")]
    [InlineData("下水道", "污水管网")]
    [InlineData("烧麦秆", "秸秆焚烧")]
    [InlineData("工地灰尘", "施工扬尘")]
    [InlineData("烧煤取暖", "燃煤")]
    [InlineData("烧煤取暖", "散煤取暖")]
    [InlineData("废矿", "废弃矿山")]
    [InlineData("臭水沟", "黑臭水体")]
    [InlineData("举报热线", "信访")]
    [InlineData("没环评", "未批先建")]
    public void ExpandsAsTheIssueAndThePlansWriteIt(string term, string expansion)
    {
        T.Expand(term).Should().Contain(expansion);
    }

    [Fact]
    public void OneWayEntriesDoNotExpandBackwards()
    {
        T.Expand("清洁取暖").Should().NotContain("煤改电").And.NotContain("煤改气");
    }

    [Fact]
    public void HoldsAtLeast300Entries()
    {
        T.Entries.Should().HaveCountGreaterThanOrEqualTo(300);
    }

    [Fact]
    public void EveryTermIsFoundWholeInsideAQuery()
    {
        // A term typed among other words is still found as itself (or inside a longer entry), not cut by its neighbours.
        foreach (var term in T.Entries.SelectMany(e => e).Distinct().Where(t => T.Expand(t).Count > 0))
        {
            var query = "关于" + term + "的问题";
            T.FindIn(query).Should().Contain(m => m.Start <= 2 && m.Start + m.Length >= 2 + term.Length, $"'{term}' is found in '{query}'");
        }
    }

    [Fact]
    public void EveryEntryExpandsAsWrittenAndEveryTermAnalyzesToWords()
    {
        var analyzer = new ChineseAnalyzer(SegmentMode.Query);
        foreach (var entry in T.Entries)
        {
            foreach (var term in entry)
                Tokens.Terms(analyzer, term).Should().NotBeEmpty($"'{term}' must leave words to search for");
            // Every term of an equivalence group finds all the others; a one-way source finds its targets.
            var sources = T.Expand(entry[0]).Count == entry.Count - 1 && entry.Skip(1).All(t => T.Expand(t).Contains(entry[0])) ? entry : [entry[0]];
            foreach (var source in sources)
                T.Expand(source).Should().Contain(entry.Where(t => t != source), $"'{source}' expands to its entry");
        }
    }

    [Fact]
    public void FindsTermsInAQueryLongestFirst()
    {
        var matches = T.FindIn("严控两高项目和危废处置");
        matches.Select(m => (m.Term, m.Start)).Should().Equal(("两高项目", 2), ("危废", 7));
        matches[0].Alternatives.Should().Contain("高耗能高排放项目");
    }

    [Fact]
    public void AMalformedLineIsAnErrorNamingTheLine()
    {
        var act = () => Thesaurus.Parse(["# version: 9", "两高 = 高耗能高排放", "只有一个词"], "custom.txt", TextNormalizer.Default);
        act.Should().Throw<FormatException>().WithMessage("custom.txt:3: expected 'term = term' or 'term -> term'");
    }
}
