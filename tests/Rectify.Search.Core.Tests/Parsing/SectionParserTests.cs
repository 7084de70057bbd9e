using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Parsing;

public sealed class SectionParserTests
{
    [Fact]
    public void XingguoBodyHasItsFourPartsAndTheirNumberedPoints()
    {
        var sections = Seeds.Plan(Seeds.Xingguo).Sections;
        sections.Where(s => s.Level == 1).Select(s => s.Heading).Should().Equal("指导思想", "工作目标", "主要措施", "保障措施");
        var measures = sections.Single(s => s.Heading == "主要措施");
        measures.Ordinal.Should().Be("三");
        measures.Children.Select(c => c.Heading).Should().Equal(
            "提高站位，压紧压实责任", "减污降碳，坚持绿色发展", "强化措施，持续打好污染防治攻坚战",
            "立足长远，建立完善生态环境监管执法体系", "加大投入，加快补齐生态环境治理设施短板", "举一反三，大力推进全县共性问题整改");
        measures.Children[3].Text.Should().StartWith("深化生态环境保护综合行政执法改革，增强执法力量，配齐配强执法队伍。");
        sections[0].Level.Should().Be(0);
        sections[0].Text.Should().Contain("兴办字〔2021〕57号");
    }

    [Fact]
    public void JiangxiBodyHasEightGroupsOfTwentySixMeasures()
    {
        var measures = Seeds.Plan(Seeds.Jiangxi).Sections.Single(s => s.Heading == "主要措施");
        measures.Children.Should().HaveCount(8);
        measures.Children.Sum(c => c.Children.Count).Should().Be(26);
        var first = measures.Children[0];
        first.Ordinal.Should().Be("（一）");
        first.Heading.Should().Be("进一步提高认识,切实把环境保护摆在更为突出位置");
        first.Children.Select(c => c.Ordinal).Should().Equal("1", "2", "3", "4", "5");
        first.Children[0].Heading.Should().Be("将生态文明建设和环境保护纳入重要议事日程");
        first.Children[0].Text.Should().StartWith("深入学习贯彻中央有关生态文明建设和环境保护的决策部署");
    }

    [Fact]
    public void SuixianAndJinchengBodiesKeepTheirOwnHeadings()
    {
        Seeds.Plan(Seeds.Suixian).Sections.Where(s => s.Level == 1).Select(s => s.Heading)
            .Should().Equal("指导思想", "基本原则", "整改目标", "主要措施", "组织保障");
        Seeds.Plan(Seeds.Suixian).Sections.Single(s => s.Heading == "整改目标").Text
            .Should().Contain("PM2.5浓度均值").And.NotContain("[bookmark:");
        Seeds.Plan(Seeds.Jincheng).Sections.Where(s => s.Level == 1).Select(s => s.Heading)
            .Should().Equal("指导思想", "整改要求", "保障措施");
    }

    [Fact]
    public void APlanThatIsOnlyAListHasNoBodySections()
    {
        Seeds.Plan(Seeds.Baojing).Sections.Should().BeEmpty();
    }
}
