using Rectify.Search.Analysis.Dictionaries;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Analysis.Tests.Dictionaries;

public sealed class RelatedTermsTests
{
    private static RelatedTermMiner.Unit U(string source, string finding, string answer) =>
        new(source, finding.Split(' '), answer.Split(' '));

    [Fact]
    public void NpmiIsOneForTermsAlwaysTogetherZeroForIndependentOnesAndZeroForTermsInEveryUnit()
    {
        RelatedTermMiner.Npmi(together: 3, x: 3, y: 3, n: 90).Should().BeApproximately(1, 1e-12);
        // Independent: p(x,y) = p(x) p(y) = 1/2 × 1/2.
        RelatedTermMiner.Npmi(together: 25, x: 50, y: 50, n: 100).Should().BeApproximately(0, 1e-12);
        RelatedTermMiner.Npmi(together: 10, x: 10, y: 10, n: 10).Should().Be(0);
        RelatedTermMiner.Npmi(together: 0, x: 3, y: 3, n: 10).Should().Be(-1);
    }

    [Fact]
    public void MinesTheAnswerWordsAFindingsWordMeetsMoreThanChanceAndNeverAWordInsideAnother()
    {
        // Three tailings problems answered by 重金属 monitoring; 加强 is in every answer and says nothing.
        var units = new List<RelatedTermMiner.Unit>
        {
            U("a:1", "尾矿库 渗漏", "加强 重金属 监测 污水"),
            U("a:2", "尾矿库 隐患", "加强 重金属 排查"),
            U("b:3", "尾矿库 闭库", "加强 重金属 治理"),
            U("b:4", "污水管网 欠账", "加强 污水 管网 雨污分流"),
            U("c:5", "污水管网 渗漏", "加强 管网 雨污分流"),
            U("c:6", "散煤 燃烧", "加强 清洁取暖"),
        };

        var mined = RelatedTermMiner.Mine(units, minTogether: 2, minNpmi: 0.5);

        var pair = mined.Should().ContainSingle(c => c.Term == "尾矿库" && c.Related == "重金属").Subject;
        pair.Npmi.Should().BeApproximately(1, 1e-12);
        (pair.Together, pair.TermCount, pair.RelatedCount).Should().Be((3, 3, 3));
        pair.Examples.Should().Equal("a:1", "a:2", "b:3");
        mined.Should().Contain(c => c.Term == "污水管网" && c.Related == "雨污分流");
        mined.Should().NotContain(c => c.Related == "加强", "a word of every answer is independent of every finding");
        mined.Should().NotContain(c => c.Term == "污水管网" && (c.Related == "污水" || c.Related == "管网"), "污水管网 holds them already");
        mined.Should().NotContain(c => c.Term == "散煤", "met once, below --min-together");
        mined.Select(c => c.Npmi).Should().BeInDescendingOrder();
    }

    private static readonly string[] File =
    [
        "# version: 1",
        "# " + RelatedTerms.Columns,
        "尾矿库\t重金属\t0.767\t3\t4\t3\tkeep\t001:十四 004:3",
        "污水\t管网\t0.685\t9\t12\t11\tkeep\t000:十一",
        "紧迫\t督查\t1.000\t4\t4\t4\tdrop\t001:一",
        "两高\t投产\t1.000\t3\t3\t3\t?\t000:二",
    ];

    [Fact]
    public void OnlyKeptPairsExpandAQueryBothWaysWeighedByTheirNpmi()
    {
        var related = RelatedTerms.Parse(File, "related.tsv", TextNormalizer.Default);

        related.Entries.Should().HaveCount(4);
        related.FindIn("尾矿库渗漏").Should().Equal([("重金属", 0.767f)]);
        related.FindIn("重金属超标").Should().Equal([("尾矿库", 0.767f)]);
        related.FindIn("尾礦庫").Should().Equal([("重金属", 0.767f)], "traditional characters are normalized");
        related.FindIn("生活污水直排").Should().Equal([("管网", 0.685f)]);
        related.FindIn("污水管网").Should().BeEmpty("a term the query holds is not added again");
        related.FindIn("紧迫性不够").Should().BeEmpty("a dropped pair does not count");
        related.FindIn("两高项目").Should().BeEmpty("a pair not reviewed does not count");
    }

    [Theory]
    [InlineData("尾矿库\t重金属\t0.7\t3\t4\t3\tkeep", "expected 8 tab-separated columns")]
    [InlineData("尾矿库\t重金属\t1.7\t3\t4\t3\tkeep\tx", "npmi must be a number in (0, 1], not '1.7'")]
    [InlineData("尾矿库\t重金属\t0.7\tthree\t4\t3\tkeep\tx", "must be whole numbers")]
    [InlineData("尾矿库\t重金属\t0.7\t3\t4\t3\tyes\tx", "review must be keep, drop or ?, not 'yes'")]
    public void AMalformedLineIsAnErrorNamingTheFileAndLine(string line, string message)
    {
        var act = () => RelatedTerms.Parse(["# version: 1", line], "related.tsv", TextNormalizer.Default);
        act.Should().Throw<FormatException>().WithMessage($"related.tsv:2: *{message}*");
    }

    [Fact]
    public void TheShippedFileIsReviewedAndReachesTheDefaultThesaurus()
    {
        var shipped = RelatedTerms.Default;
        shipped.Entries.Count(e => e.Kept).Should().BeGreaterThanOrEqualTo(40);
        shipped.Entries.Should().OnlyContain(e => e.Examples.Length > 0 && e.Together >= 3, "every pair says where it was mined");
        Thesaurus.Default.Related.FindIn("尾矿库").Select(r => r.Term).Should().Contain("重金属");
        Thesaurus.Default.Related.FindIn("进水浓度低").Select(r => r.Term).Should().Contain(["污水处理厂", "污水管网"]);
    }
}
