using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Parsing;

/// <summary>001: 保靖县, fields before the measures, 整改时限 after them, status notes, department groups.</summary>
public sealed class BaojingPlanTests
{
    private const string Doc = Seeds.Baojing;

    [Fact]
    public void ProblemOneHasLeadAndSupportUnitsAndSupervisingLeaders()
    {
        var p = Seeds.Problem(Doc, "一");
        p.Fields.Target.Should().StartWith("对长江大保护等重大国家战略的重要性认识进一步深化").And.EndWith("突出生态环境问题整改取得新进展。");
        p.Fields.DeadlineRaw.Should().Be("立行立改，持续推进");
        p.Fields.LeadUnits.Should().Equal("县委办", "县政府办");
        p.Fields.SupportUnits.Should().Equal("县发改局", "县委组织部", "县纪委监委", "县委宣传部", "县自然资源局", "州生态环境局保靖分局", "县住建局（县人防办）", "县农业农村局");
        p.Fields.Leaders.Should().Equal("杨志慧", "周建武", "黄宇", "龙文斌", "田明");
        Expect.Measures(p,
            new M("1", "深入学习贯彻习近平生态文明思想。县委理论学习中心组", []),
            new M("2", "压紧压实生态环境保护政治责任。", []),
            new M("3", "深入打好污染防治攻坚战。", []),
            new M("4", "高标准、严要求抓好长江大保护。", []),
            new M("5", "持续推进突出生态环境问题整改。", []));
    }

    [Fact]
    public void ProblemTwoCarriesAStatusNoteAfterItsDeadline()
    {
        var p = Seeds.Problem(Doc, "二");
        p.Fields.DeadlineRaw.Should().Be("2021年12月31日");
        p.Fields.StatusNote.Should().Be("已完成整改并上报销号");
        p.Fields.LeadUnits.Should().Equal("县农业农村局", "州生态环境局保靖分局");
        p.Fields.SupportUnits.Should().BeEmpty();
        p.Fields.Leaders.Should().Equal("胡泽钊", "彭健");
        Expect.Measures(p,
            new M("1", "深入学习贯彻习近平总书记关于“镉大米”事件重要批示精神", []),
            new M("2", "充分利用土壤重金属污染成因排查与分析试点成果", []),
            new M("3", "加强严格管控类耕地管控", []),
            new M("4", "加强日常监管，防止严格管控类耕地种植水稻。", []));
    }

    [Fact]
    public void ProblemSixAttachesEachDepartmentHeadingToTheMeasuresUnderIt()
    {
        var p = Seeds.Problem(Doc, "六");
        p.Title.Should().Be("化解过剩产能不够有力");
        p.Fields.Target.Should().Be("积极化解煤炭、水泥等过剩产能。");
        p.Fields.LeadUnits.Should().Equal("县发改局", "县科工信局");
        p.Fields.Leaders.Should().Equal("田明", "滕建志");
        p.Fields.DeadlineRaw.Should().Be("持续推进");
        Expect.Measures(p,
            new M("1", "根据国家重点领域化解过剩产能有关要求", ["县发改局"], Group: "县发改局"),
            new M("2", "认真抓好国家、省、州有关“去产能”政策的宣传贯彻落实", ["县发改局"], Group: "县发改局"),
            new M("", "根据工业和信息化部产能置换实施办法和我县产能置换工作规程要求", ["县科工信局"], Group: "县科工信局"));
    }

    [Fact]
    public void ProblemSixteenKeepsADeadlineWrittenAsTwoSentences()
    {
        var p = Seeds.Problem(Doc, "十六");
        p.Fields.DeadlineRaw.Should().Be("持续推进。按省时限要求，完成全县废弃矿山生态损毁和修复情况核查等工作");
        p.Fields.LeadUnits.Should().Equal("县自然资源局");
        p.Fields.Leaders.Should().Equal("彭健");
        Expect.Measures(p,
            new M("1", "源头管控，不欠“新账”。", []),
            new M("2", "开展核查，摸清底数。", []),
            new M("3", "专项整治，压实责任。", []),
            new M("4", "因地制宜，分类推进。", []));
    }

    [Fact]
    public void ProblemNineteenNamesCompaniesAmongItsSupportUnits()
    {
        var p = Seeds.Problem(Doc, "十九");
        p.Fields.Target.Should().Be("提高天然气消费比例。");
        p.Fields.DeadlineRaw.Should().Be("2025年12月31日");
        p.Fields.LeadUnits.Should().Equal("县发改局", "县住建局（县人防办）");
        p.Fields.SupportUnits.Should().HaveCount(11).And.EndWith(["湖南保靖渝燃能源有限责任公司", "保靖中燃城镇燃气有限责任公司"]);
        Expect.Measures(p, new M("", "稳妥推进天然气体制改革，加快天然气长输管道城镇专线和入户管网建设", []));
    }
}
