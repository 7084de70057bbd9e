using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Parsing;

public sealed class ProblemListShapeTests
{
    public static TheoryData<string, string[]> Labels => new()
    {
        { Seeds.Xingguo, ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七"] },
        {
            Seeds.Baojing,
            ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
             "二十一", "二十二", "二十三", "二十四", "二十五"]
        },
        { Seeds.Suixian, ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四"] },
        { Seeds.Jiangxi, ["一", "二", "三", "四", "五", "六（一）", "六（二）", "六（三）", "七", "八", "九"] },
        { Seeds.Jincheng, ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17"] },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void EverySeedYieldsItsProblemLabelsInOrder(string documentId, string[] labels)
    {
        Seeds.Plan(documentId).Problems.Select(p => p.Label).Should().Equal(labels);
    }

    [Fact]
    public void TheFiveSeedsHold84Problems()
    {
        new[] { Seeds.Xingguo, Seeds.Baojing, Seeds.Suixian, Seeds.Jiangxi, Seeds.Jincheng }
            .Sum(id => Seeds.Plan(id).Problems.Count).Should().Be(84);
    }

    [Theory]
    [InlineData(Seeds.Xingguo, 41)]
    [InlineData(Seeds.Baojing, 89)]
    [InlineData(Seeds.Suixian, 56)]
    [InlineData(Seeds.Jiangxi, 50)]
    [InlineData(Seeds.Jincheng, 23)]
    public void EverySeedYieldsItsMeasureCount(string documentId, int measures)
    {
        Seeds.Plan(documentId).AllMeasures.Should().HaveCount(measures);
    }

    [Fact]
    public void FeedbackNumbersAreReadAndLeftOutOfTheText()
    {
        var three = Seeds.Problem(Seeds.Suixian, "三");
        three.FeedbackNo.Should().Be("省序号：9号");
        three.Text.Should().EndWith("未批先建问题突出。");

        var seven = Seeds.Problem(Seeds.Jincheng, "7");
        seven.FeedbackNo.Should().Be("反馈问题14");
        seven.Text.Should().Be("北石店污水处理厂进水化学需氧量（COD）浓度偏低。");
        seven.Title.Should().Be("北石店污水处理厂进水化学需氧量（COD）浓度偏低");
    }

    [Fact]
    public void CategoriesAboveProblemsAreKeptOutermostFirst()
    {
        Seeds.Problem(Seeds.Jincheng, "1").Categories.Should().Equal("一、学习贯彻习近平生态文明思想存在差距", "（一）问题导向不强，研究解决重点问题不够深入");
        Seeds.Problem(Seeds.Jincheng, "5").Categories.Should().Equal("二、结构性、行业性污染较为突出，绿色转型还需加大力度", "（一）工业围城问题突出，退城入园步伐不大");
        Seeds.Problem(Seeds.Jincheng, "6").Categories.Should().Equal("三、水资源保护有待加强，水环境形势不容乐观", "（一）水资源保护利用不够");
    }

    [Fact]
    public void SubProblemsWithTheirOwnTargetsBecomeProblemsUnderTheirParent()
    {
        var sub = Seeds.Problem(Seeds.Jiangxi, "六（二）");
        sub.Title.Should().Be("“稀土开采生态破坏”问题");
        sub.Categories.Should().Equal("六、对于鄱阳湖水质下降、稀土开采生态破坏、乐安河流域重金属污染等问题,省委、省政府推进效果不够明显。");
        sub.Fields.Target.Should().Be("逐步解决赣州市稀土开采造成的生态破坏问题。");
        sub.Fields.DeadlineRaw.Should().Be("持续改善");
    }

    [Fact]
    public void ATruncatedProblemIsKeptAndFlagged()
    {
        var plan = Seeds.Plan(Seeds.Jiangxi);
        var nine = plan.Problems[^1];
        nine.Label.Should().Be("九");
        nine.Fields.Truncated.Should().BeTrue();
        nine.Measures.Should().BeEmpty();
        nine.Text.Should().Be("余干县、进贤县、鄱阳县部分采砂区与鄱阳湖银鱼产卵场、鄱阳湖鲤鲫鱼产卵场等省级自然保护区重叠,重叠面积22.84平方公里,其中进贤县重叠区域位于保护区核心区。");
        plan.Diagnostics.Should().Contain(d => d.Code == "problem-truncated" && d.Line == 319);
    }

    [Fact]
    public void AProblemThatDoesNotApplyIsFlaggedWithoutMeasures()
    {
        var seven = Seeds.Problem(Seeds.Suixian, "七");
        seven.Fields.NotApplicable.Should().BeTrue();
        seven.Fields.NotApplicableNote.Should().Be("随县暂未设立化工园区，无此项整改任务");
        seven.Measures.Should().BeEmpty();
        seven.Fields.Target.Should().BeNull();
        seven.Fields.LeadUnits.Should().Equal("县发改局");
        seven.Fields.ResponsibleUnits.Should().Equal("县发改局", "县科经局", "市生态环境局随县分局");
    }
}
