using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Parsing;

/// <summary>000: 兴国县, fields as 整改目标 / 整改时限 / 牵头单位, measures 1. … 〔责任单位：…〕, page-break debris.</summary>
public sealed class XingguoPlanTests
{
    private const string Doc = Seeds.Xingguo;

    [Fact]
    public void ProblemOneHasNoLeadUnitAndItsFirstListedUnitsLeadEachMeasure()
    {
        var p = Seeds.Problem(Doc, "一");
        p.Title.Should().Be("一些领导干部对保护和发展的理解还比较片面，生态优先理念还未树牢");
        p.Fields.Target.Should().Be("进一步提高全县各级领导干部绿色发展理念，压实生态环境保护责任。");
        p.Fields.DeadlineRaw.Should().Be("立行立改，长期坚持");
        p.Fields.StatusNote.Should().BeNull();
        p.Fields.LeadUnits.Should().BeEmpty();
        p.Fields.SupportUnits.Should().BeEmpty();
        p.Fields.ResponsibleUnits.Should().BeEmpty();
        p.Fields.Leaders.Should().BeEmpty();
        Expect.Measures(p,
            new M("1", "将习近平生态文明思想、中央、省、市有关决策部署", ["县委宣传部", "县委组织部", "县委党校", "县生态环境局", "各乡镇", "经开区", "城市社区"], ["县委宣传部"]),
            new M("2", "深入抓紧抓实中央、省生态环境保护督察整改", ["县生态环境局", "各乡镇", "经开区", "城市社区"], ["县生态环境局"]),
            new M("3", "做好中央生态环境保护督察组交办的 24 件信访问题整改", ["县生态环境局", "县自然资源局", "县城管局", "县农业农村局", "县林业局", "县水利局", "县工信局", "县应急局", "县交运局", "县民政局", "县卫健委", "县教科体局", "有关乡镇", "城市社区"], ["县生态环境局"]),
            new M("4", "加大生态环境保护责任追究力度", ["县生态环境局", "县纪委监委", "县委组织部"], ["县生态环境局"]));
        p.Measures[0].Text.Should().Be("将习近平生态文明思想、中央、省、市有关决策部署以及政策法规等列入全县各级党委（组）中心组学习内容，纳入县委党校培训课程和内容，引导领导干部特别是党政主要领导高度重视生态环境保护工作，进一步认识生态环境保护工作的重要性和紧迫性。");
        p.Measures[3].ResponsiblePerson.Should().Be("责任单位主要负责同志");
    }

    [Fact]
    public void ProblemTwoIsTheTwoHighProblemWithFourMeasures()
    {
        var p = Seeds.Problem(Doc, "二");
        p.Title.Should().Be("“两高”项目控制不力");
        p.Text.Should().Contain("江西省煤炭占能源消费比例仅下降 4.2 个百分点", "the page break inside 占能/源消费 is repaired");
        p.Fields.Target.Should().Be("坚决遏制“两高”项目盲目发展，切实加强能耗“双控”管理，力争完成市下达我县的“十四五”能耗强度目标和 2025 年非化石能源消费占比任务。");
        p.Fields.DeadlineRaw.Should().Be("2025 年 12 月底");
        p.Fields.LeadUnits.Should().Equal("县发改委");
        Expect.Measures(p,
            new M("1", "2021 年 6 月底前，建立能耗双控完成情况“晴雨表”季报制度", ["县发改委", "县统计局"], ["县发改委"]),
            new M("2", "2021 年底前，梳理我县“十四五”拟投产达产“两高”项目情况。", ["县发改委", "县生态环境局", "县工信局", "县行政审批局"], ["县发改委"]),
            new M("3", "持续加强能耗双控考核", ["县发改委", "县行政审批局"], ["县发改委"]),
            new M("4", "大力推进光伏开发", ["县发改委"], ["县发改委"]));
        p.Measures[3].Text.Should().Be("大力推进光伏开发，因地制宜推动生物质发电、城镇生活垃圾发电和水电发展，促进可再生能源持续健康发展。",
            "the unit clause broken as 〔责任 / 单位：县发改委] is rejoined and read off");
    }

    [Fact]
    public void ProblemThreeTakesAUnitClauseStandingOnItsOwnLine()
    {
        var p = Seeds.Problem(Doc, "三");
        p.Fields.Target.Should().Be("在全县范围内开展有色金属冶炼行业淘汰落后产能工作。");
        p.Fields.DeadlineRaw.Should().Be("2021年12月底");
        p.Fields.LeadUnits.Should().Equal("县工信局");
        Expect.Measures(p,
            new M("1", "组织对有色金属冶炼行业开展落后产能排查、淘汰工作。", ["县工信局"], ["县工信局"]),
            new M("2", "督促检查有色金属冶炼行业淘汰落后产能工作。", ["县工信局"], ["县工信局"]));
        p.Measures[0].Text.Should().Be("组织对有色金属冶炼行业开展落后产能排查、淘汰工作。");
    }

    [Fact]
    public void ProblemFourHasOneMeasureWrittenAsAParagraph()
    {
        var p = Seeds.Problem(Doc, "四");
        p.Title.Should().Be("法治意识树立不牢");
        p.Fields.Target.Should().Be("推进工业园区违规用地问题整改。");
        p.Fields.DeadlineRaw.Should().Be("2023年6月底");
        p.Fields.LeadUnits.Should().Equal("县自然资源局");
        Expect.Measures(p, new M("", "2023年6月底前，严格按照《土地管理法》《城乡规划法》", ["县自然资源局", "县发改委", "县生态环境局", "县林业局"], ["县自然资源局"]));
    }

    [Fact]
    public void ProblemNineDropsTheDuplicatedPageBreakDebris()
    {
        var p = Seeds.Problem(Doc, "九");
        p.Fields.Target.Should().Be("建立完善农药统计系统。");
        p.Fields.DeadlineRaw.Should().Be("2022年12月底");
        Expect.Measures(p,
            new M("1", "建立完善农业部门农药使用数据统计系统", ["县农业农村局"], ["县农业农村局"]),
            new M("2", "开展农药减量增效技术培训", ["县农业农村局"], ["县农业农村局"]));
        p.Measures[0].Text.Should().Be("建立完善农业部门农药使用数据统计系统，提高统计数据的科学性，实事求是，严禁弄虚作假。");
        Seeds.Plan(Doc).Diagnostics.Should().Contain(d => d.Code == "page-break-debris" && d.Line == 220);
    }

    [Fact]
    public void ProblemThirteenRepairsAMeasureSplitMidWord()
    {
        var p = Seeds.Problem(Doc, "十三");
        p.Title.Should().Be("园区集中供热推进缓慢");
        p.Fields.DeadlineRaw.Should().Be("2025年12月底");
        p.Fields.LeadUnits.Should().Equal("县发改委");
        Expect.Measures(p,
            new M("1", "2021年9月底前，完成对开发区集中供热热源及分散燃煤锅炉调查工作", ["县发改委", "县工信局", "县生态环境局", "经开区"], ["县发改委"]),
            new M("2", "明确有关部门在开发区集中供热热源及分散燃煤锅炉淘汰中的职责。", ["县发改委", "县生态环境局", "县工信局", "县教科体局", "县商务局", "县市场监管局", "经开区"], ["县发改委"]),
            new M("3", "2022年6月底前，淘汰已实现集中供热管网覆盖区域的燃煤锅炉", ["县生态环境局", "县市场监管局"], ["县生态环境局"]));
        p.Measures[1].Text.Should().Be("明确有关部门在开发区集中供热热源及分散燃煤锅炉淘汰中的职责。");
    }
}
