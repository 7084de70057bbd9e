using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Parsing;

/// <summary>003: 江西省 web copy, half-width punctuation, 责任单位 after the measures with 牵头负责第N条.</summary>
public sealed class JiangxiPlanTests
{
    private const string Doc = Seeds.Jiangxi;

    [Fact]
    public void ProblemOneMapsEachLeadUnitToTheMeasuresItLeads()
    {
        var p = Seeds.Problem(Doc, "一");
        p.Title.Should().Be("江西省部分地方党委、政府紧迫感、危机感不强,对环境保护面临问题和压力认识不足");
        p.Fields.Target.Should().Be("切实提高对环境保护工作的认识。");
        p.Fields.DeadlineRaw.Should().Be("立行立改、长期坚持");
        p.Fields.LeadUnits.Should().Equal("省委宣传部", "省委党校", "省委办公厅", "省政府办公厅", "省委组织部", "省监察厅", "省河长办", "省考评办");
        p.Fields.ResponsibleUnits.Should().Equal("省委宣传部", "省委党校", "省委办公厅", "省政府办公厅", "省委组织部", "省监察厅", "省河长办", "省考评办", "省环保厅", "各级党委", "政府");
        Expect.Measures(p,
            new M("1", "将*有关生态文明建设与环境保护新理念", ["省委宣传部"], ["省委宣传部"]),
            new M("2", "将中央和省委、省政府关于生态文明建设", ["省委党校"], ["省委党校"]),
            new M("3", "将中央环保督察反馈意见问题整改工作纳入2017年度", ["省委办公厅", "省政府办公厅"], ["省委办公厅", "省政府办公厅"]),
            new M("4", "出台《江西省党委、政府及有关部门生态环境和资源保护工作职责》", ["省委组织部"], ["省委组织部"]),
            new M("5", "严格落实环境保护“党政同责”“一岗双责”要求", ["省监察厅", "省委组织部"], ["省监察厅", "省委组织部"]),
            new M("6", "落实《江西省实施“河长制”工作方案》", ["省河长办"], ["省河长办"]),
            new M("7", "完善市县科学发展综合考评体系", ["省考评办"], ["省考评办"]),
            new M("8", "邀请国内有关专家进行生态文明建设和环境保护专题授课", ["省委宣传部"], ["省委宣传部"]));
    }

    [Fact]
    public void ProblemThreeAssignsFiveLeadUnitsToFiveMeasures()
    {
        var p = Seeds.Problem(Doc, "三");
        p.Fields.Target.Should().StartWith("到2017年底,南昌、新余、赣州、宜春4个城市可吸入颗粒物(PM10)浓度");
        p.Fields.DeadlineRaw.Should().Be("持续改善");
        p.Fields.ResponsibleUnits.Should().StartWith(["省环保厅", "省工信委", "省住建厅", "省公安厅", "省发改委"]).And.EndWith(["吉安市政府"]);
        Expect.Measures(p,
            new M("1", "加快推进火电、钢铁、水泥等重点行业脱硫脱硝除尘设施改造升级", ["省环保厅"], ["省环保厅"]),
            new M("2", "逐步淘汰燃煤小锅炉", ["省工信委"], ["省工信委"]),
            new M("3", "制定有机化工、医药、表面涂装、塑料制品、包装印刷等五大重点行业", ["省环保厅"], ["省环保厅"]),
            new M("4", "加强施工工地扬尘环境监管", ["省住建厅"], ["省住建厅"]),
            new M("5", "加快淘汰黄标车和老旧车辆。", ["省公安厅"], ["省公安厅"]));
    }

    [Fact]
    public void SubProblemSixOneHasItsOwnFieldsAndLeads()
    {
        var p = Seeds.Problem(Doc, "六（一）");
        p.Title.Should().Be("“鄱阳湖水质下降”问题");
        p.Fields.Target.Should().Be("鄱阳湖湖区水质稳步改善。");
        p.Fields.DeadlineRaw.Should().Be("持续改善");
        p.Fields.LeadUnits.Should().Equal("省水利厅", "省环保厅", "省农业厅");
        Expect.Measures(p,
            new M("1", "实施省、市、县、乡、村五级“河长制”", ["省水利厅"], ["省水利厅"]),
            new M("2", "推动《水污染防治行动计划》和《江西省水污染防治工作方案》实施", ["省环保厅"], ["省环保厅"]),
            new M("3", "强化部门协同配合", ["省环保厅"], ["省环保厅"]),
            new M("4", "推进蓄滞洪区生态农业发展", ["省农业厅"], ["省农业厅"]),
            new M("5", "加强水污染防治工作调度", ["省环保厅"], ["省环保厅"]),
            new M("6", "根据国家《水污染防治行动计划实施情况考核规定》", ["省环保厅"], ["省环保厅"]));
    }

    [Fact]
    public void ProblemSevenAppliesARespectiveRemarkToEveryCityListed()
    {
        var p = Seeds.Problem(Doc, "七");
        p.Fields.ResponsibleUnits.Should().Equal("宜春", "景德镇", "上饶市政府");
        p.Fields.LeadUnits.Should().Equal("宜春", "景德镇", "上饶市政府");
        Expect.Measures(p,
            new M("1", "加强宜春市罗宾公司、乐平市、万年县、铅山县工业园区企业", []),
            new M("2", "强化乐平市、万年县、铅山县工业园区企业进出水量监管", []),
            new M("3", "实施卫生防护距离内的居民搬迁工作。", []),
            new M("4", "实施宜春市罗宾公司搬迁。底前制定完成搬迁方案", []),
            new M("5", "乐平市工业园区严格执行不利季节严于国家大气污染物排放标准25%的标准排放。", []),
            new M("6", "2017年6月底前,完成乐平凯发新泉污水处理厂提标改造", []));
    }

    [Fact]
    public void ProblemEightReadsAMeasureNumberedWithAnIdeographicComma()
    {
        var p = Seeds.Problem(Doc, "八");
        p.Fields.DeadlineRaw.Should().Be("2017年3月底");
        p.Fields.ResponsibleUnits.Should().Equal("省发改委", "省环保厅", "省政府办公厅", "宜春市政府");
        p.Fields.LeadUnits.Should().BeEmpty();
        Expect.Measures(p,
            new M("1", "2017年1月底前,宜春市政府聘请规划环评技术机构", []),
            new M("2", "由省发改委将说明与规划一并补充征求意见", []),
            new M("3", "宜春市政府根据《昌铜高速生态经济带总体规划(2015-2020年)》", []));
    }
}
