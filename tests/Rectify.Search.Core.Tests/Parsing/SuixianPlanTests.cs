using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Parsing;

/// <summary>002: 随县, 省序号 numbers, 责任领导 / 责任单位（牵头） / 责任人 first, measures （一）… or 1… with no separator.</summary>
public sealed class SuixianPlanTests
{
    private const string Doc = Seeds.Suixian;

    [Fact]
    public void ProblemOneListsResponsibleUnitsLeadersAndPersons()
    {
        var p = Seeds.Problem(Doc, "一");
        p.FeedbackNo.Should().Be("省序号：1号");
        p.Fields.Leaders.Should().Equal("陈良", "庹大鹏");
        p.Fields.ResponsibleUnits.Should().Equal("县委办公室", "县政府办公室", "县委组织部", "县委宣传部", "市生态环境局随县分局", "各镇（场）党委政府", "随县经济开发区", "太白顶风景名胜区党工委和管委会");
        p.Fields.LeadUnits.Should().BeEmpty();
        p.Fields.ResponsiblePersons.Should().Equal("责任单位主要负责同志");
        p.Fields.Target.Should().StartWith("强化全县各级党委政府生态环境保护主体责任");
        p.Fields.DeadlineRaw.Should().Be("立即整改，长期坚持");
        Expect.Measures(p,
            new M("（一）", "定期组织理论学习。", []),
            new M("（二）", "落实会议研究制度。", []),
            new M("（三）", "健全落实督查整改机制。", []),
            new M("（四）", "强化监督考核。", []),
            new M("（五）", "加强对本地污染源排放现状分析", []),
            new M("（六）", "加强督查督办。", []));
        p.Measures[4].Text.Should().Contain("开展PM2.5等污染成因分析", "the private-use glyph in PM2\uE0105 is read as a full stop");
    }

    [Fact]
    public void ProblemThreeReadsItsLeadUnitFromTheMarkerInTheUnitList()
    {
        var p = Seeds.Problem(Doc, "三");
        p.Title.Should().Be("湖北省近年来致力于产业结构和能源结构优化调整，但“十四五”期间湖北省仍计划上马大量“两高”项目，节能降碳面临较大压力");
        p.Fields.LeadUnits.Should().Equal("县发改局");
        p.Fields.ResponsibleUnits.Should().Equal("县发改局", "县科经局", "市生态环境局随县分局", "县统计局", "各镇（场）党委政府", "随县经济开发区", "太白顶风景名胜区党工委和管委会");
        p.Fields.Leaders.Should().Equal("刘海");
        p.Fields.DeadlineRaw.Should().Be("2022年12月底前，长期坚持");
        p.Text.Should().Contain("占83.3%", "a duplicate full-stop glyph beside a printed dot is dropped");
        Expect.Measures(p,
            new M("（一）", "建立“两高”项目准入部门联审会商制度。", []),
            new M("（二）", "完善“两高”项目动态调整清单管理制度。", []),
            new M("（三）", "按国家和省要求，完善并落实能耗双控政策制度", []),
            new M("（四）", "对照国家高耗能行业中重点领域能效标杆水平", []),
            new M("（五）", "对纳入省级36个“两高”项目清单中的项目开展深入排查", []));
    }

    [Fact]
    public void ProblemTwelveGroupsBareNumberedMeasuresUnderTopicHeadings()
    {
        var p = Seeds.Problem(Doc, "十二");
        p.FeedbackNo.Should().Be("省序号：62号");
        p.Fields.Target.Should().Be("持续推进农药减量化行动");
        p.Fields.DeadlineRaw.Should().Be("2025年12月底前，持续推进");
        p.Fields.LeadUnits.Should().Equal("县农业农村局");
        p.Fields.Leaders.Should().Equal("何仁章");
        Expect.Measures(p,
            new M("1", "贯彻落实《随州市农药减量化行动工作方案》", [], Group: "农药减量"),
            new M("2", "提升病虫监测预警能力。", [], Group: "农药减量"),
            new M("3", "推进病虫害绿色防控", [], Group: "农药减量"),
            new M("4", "推进专业化统防统治。", [], Group: "农药减量"),
            new M("5", "加强技术示范。", [], Group: "农药减量"),
            new M("1", "深入开展测土配方施肥。", [], Group: "化肥减量"),
            new M("2", "加大先进施肥方式推广力度。", [], Group: "化肥减量"),
            new M("3", "加大有机资源利用力度。", [], Group: "化肥减量"),
            new M("1", "加强村级统计基层基础工作。", [], Group: "数据统计"),
            new M("2", "对农业农村基础数据举一反三抓整改。", [], Group: "数据统计"),
            new M("3", "建立长效机制标本兼治抓整改。", [], Group: "数据统计"));
    }

    [Fact]
    public void ProblemFourteenReadsItsDeadlineFromTheCompletionLabel()
    {
        var p = Seeds.Problem(Doc, "十四");
        p.FeedbackNo.Should().Be("省序号：64号");
        p.Fields.Target.Should().Be("县域内生活垃圾全部实现焚烧发电无害化处置");
        p.Fields.DeadlineRaw.Should().Be("2025年12月底前");
        p.Fields.LeadUnits.Should().Equal("县城市管理执法局");
        Expect.Measures(p, new M("", "对全县生活垃圾卫生填埋场运行管理情况进行全面排查整治", []));
    }

    [Fact]
    public void ProblemEightKeepsItsYearlySeriesTarget()
    {
        var p = Seeds.Problem(Doc, "八");
        p.Fields.Target.Should().EndWith("2022年至2025年，城市生活污水集中收集率分别达到55%、60%、65%、70%。");
        p.Fields.LeadUnits.Should().Equal("县住建局");
        p.Fields.Leaders.Should().Equal("刘伟", "刘海");
        Expect.Measures(p,
            new M("（一）", "持续开展管网普查。", []),
            new M("（二）", "推进老旧破损和错接混接污水管网改造。", []));
    }
}
