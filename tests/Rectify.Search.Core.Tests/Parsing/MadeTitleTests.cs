using Rectify.Search.Core.Model;
using Rectify.Search.Core.Parsing;

namespace Rectify.Search.Core.Tests.Parsing;

/// <summary>
/// A document's title when it prints none of a plan's or notice's shape: its first line when that reads as a title,
/// else one made from its region, year and kind — never its file name, never empty.
/// </summary>
public sealed class MadeTitleTests
{
    private static PlanDocument Parse(string name, params string[] lines) => PlanParser.Parse(string.Join("\n", lines), name, name + ".txt", "h", "utf-8");

    [Fact]
    public void ANewsPagesHeadlineIsItsTitleThoughTheLinesAreJoinedIntoOneParagraph()
    {
        var plan = Parse("46_news_page",
            "岳阳市召开中央生态环境保护督察反馈问题整改推进会",
            "8月14日，全市中央生态环境保护督察反馈问题整改推进会召开。会议通报了全市督察整改工作进展情况。");
        plan.Metadata.Title.Should().Be("岳阳市召开中央生态环境保护督察反馈问题整改推进会");
    }

    [Fact]
    public void AnExcerptWithoutATitleIsNamedByItsRegionYearAndKind()
    {
        var plan = Parse("10_tongnan_2022_table",
            "整改任务概述 |", "部分区县生活垃圾及渗滤液处理能力不足。 |", "整改责任单位 |", "重庆市潼南区城市管理局 |",
            "整改目标 |", "确保2022年底我区生活垃圾及渗滤液得到有效处置。 |", "整改时限 |", "2022年12月 |");
        plan.Metadata.Title.Should().NotContain("10_tongnan").And.EndWith("（节选）");
        plan.Metadata.Title.Should().StartWith("潼南区");
    }

    [Fact]
    public void ALineOfSentencesANumberedHeadingOrAMenuIsNoTitle()
    {
        var plan = Parse("x_2024",
            "首页 > 政策法规 > 正文",
            "一、反馈问题",
            "2024年8月,收到第二轮省生态环境保护督察组反馈事项交办件后,县委县政府高度重视。",
            "整改目标：加强河道采砂管理。", "整改时限：2024年12月底前");
        plan.Metadata.Title.Should().NotBe("首页 > 政策法规 > 正文").And.NotBe("一、反馈问题").And.NotContain("x_2024");
        plan.Metadata.Title.Should().EndWith("（节选，地区不详）", "no region is named");
    }

    [Fact]
    public void APrintedPlanTitleIsKeptAsPrinted()
    {
        var plan = Parse("t", "兴国县贯彻落实中央生态环境保护督察报告整改方案", "一、大气污染防治不力", "整改目标：空气质量持续改善。", "整改时限：2020年底",
            "二、污水处理厂运行不正常", "整改目标：稳定达标。", "整改时限：2019年底");
        plan.Metadata.Title.Should().Be("兴国县贯彻落实中央生态环境保护督察报告整改方案");
    }
}
