using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Parsing;

/// <summary>004: 晋城市城区, categories above problems 1.（反馈问题N）：, measures （1） or plain paragraphs, 责 任 人, 整改期限.</summary>
public sealed class JinchengPlanTests
{
    private const string Doc = Seeds.Jincheng;

    [Fact]
    public void ProblemOneHasTwoParenthesisedMeasuresAndItsUnitsAfterThem()
    {
        var p = Seeds.Problem(Doc, "1");
        p.FeedbackNo.Should().Be("反馈问题1");
        p.Title.Should().Be("在思想认识上，有些部门认为大气、水环境质量在全省位居前列，存在盲目乐观、小绩大满思想，工作目标满足于河流断面考核达标，环境空气质量排名进步，而对区域性、行业性突出生态环境问题，没有引起足够重视，如在洗矸行业清理整顿、历史遗留废弃矿山生态修复、城镇污水处理厂规范运行等方面推进力度还不大");
        p.Fields.Target.Should().Be("提高思想认识,以更加强烈的使命感、责任感、紧迫感,开拓创新,积极推动经济社会发展全面绿色转型。");
        p.Fields.ResponsibleUnits.Should().Equal("区生态环境分局", "区发改（能源）局", "区直相关单位");
        p.Fields.ResponsiblePersons.Should().Equal("责任单位主要负责同志");
        p.Fields.DeadlineRaw.Should().Be("2024年12月底");
        Expect.Measures(p,
            new M("（1）", "严格落实晋城市空气、水和土壤行动计划", []),
            new M("（2）", "按照市洗矸行业清理整顿工作方案，区发改（能源）局牵头开展清理整顿工作。", []));
    }

    [Fact]
    public void ProblemSevenHasAnOngoingDeadline()
    {
        var p = Seeds.Problem(Doc, "7");
        p.Categories.Should().Equal("三、水资源保护有待加强，水环境形势不容乐观", "（二）城镇生活污水处理设施建设管理亟需加强");
        p.Fields.Target.Should().Be("城镇污水处理厂正常运行。");
        p.Fields.ResponsibleUnits.Should().Equal("区住建局");
        p.Fields.DeadlineRaw.Should().Be("长期坚持");
        Expect.Measures(p, new M("", "区住建局对北石店污水处理厂上游生活污水收集管网及非生活污水排放管网进行排查", []));
    }

    [Fact]
    public void ProblemThirteenIsAMineRestorationProblem()
    {
        var p = Seeds.Problem(Doc, "13");
        p.FeedbackNo.Should().Be("反馈问题35");
        p.Fields.Target.Should().Be("全面完成20个历史遗留矿山图斑治理任务。");
        p.Fields.ResponsibleUnits.Should().Equal("区自然资源局");
        p.Fields.DeadlineRaw.Should().Be("2025年12月底");
        Expect.Measures(p, new M("", "按照晋城市《“十四五”历史遗留矿山生态修复行动计划》要求", []));
    }

    [Fact]
    public void ProblemFourteenHasTwoMeasuresWrittenAsParagraphs()
    {
        var p = Seeds.Problem(Doc, "14");
        p.Title.Should().Be("治理资金投入不足，2023年配套资金为0");
        p.Fields.ResponsibleUnits.Should().Equal("区自然资源局", "区财政局");
        p.Fields.DeadlineRaw.Should().Be("2025年12月底");
        Expect.Measures(p,
            new M("", "区自然资源局待年度实施方案经省、市主管部门批复后", []),
            new M("", "区财政局将历史遗留矿山生态修复专项资金列入年度财政预算", []));
    }

    [Fact]
    public void ProblemElevenReadsTheSpacedPersonLabel()
    {
        var p = Seeds.Problem(Doc, "11");
        p.Fields.ResponsibleUnits.Should().Equal("各镇（街道）", "区住建局");
        p.Fields.ResponsiblePersons.Should().Equal("责任单位主要负责同志");
        p.Fields.DeadlineRaw.Should().Be("长期坚持");
        Expect.Measures(p,
            new M("（1）", "各镇（街道）充分发挥网格员力量", []),
            new M("（2）", "区住建局针对背街小巷、老旧小区改造等落实主体监管责任", []));
    }
}
