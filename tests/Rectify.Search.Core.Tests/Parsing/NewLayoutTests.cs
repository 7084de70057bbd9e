using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Parsing;

/// <summary>Layouts none of the seeds use, written for these tests, parsed by the same structural rules.</summary>
public sealed class NewLayoutTests
{
    [Fact]
    public void AFlattenedTableWithOneRowPerMeasureBecomesProblemsAndMeasures()
    {
        var plan = Seeds.Fixture("table-layout.txt");
        plan.Metadata.Title.Should().Be("清河县贯彻落实第三轮中央生态环境保护督察反馈问题整改清单");
        plan.Metadata.Region!.Code.Should().Be("130534");
        plan.Metadata.Inspection.Round.Should().Be(3);
        plan.Problems.Select(p => p.Label).Should().Equal("1", "2", "3");

        var first = plan.Problems[0];
        first.Title.Should().Be("县城污水处理厂进水化学需氧量浓度长期偏低，城区雨污合流管网改造滞后");
        first.Fields.Target.Should().Be("2025年底前县城污水处理厂进水COD浓度达到150毫克/升以上。");
        first.Fields.DeadlineRaw.Should().Be("2024年6月底；2025年12月底；长期坚持");
        first.Fields.ResponsibleUnits.Should().Equal("县住建局", "县财政局", "市生态环境局清河分局");
        Expect.Measures(first,
            new M("", "开展城区排水管网普查，建立错接混接问题清单。", ["县住建局"]),
            new M("", "实施老城区雨污分流改造工程，新建污水管网12公里。", ["县住建局", "县财政局"]),
            new M("", "加强污水处理厂运行监管，按月通报进水浓度。", ["市生态环境局清河分局"]));

        var second = plan.Problems[1];
        second.Fields.DeadlineRaw.Should().Be("2024年3月底；2024年12月底");
        Expect.Measures(second,
            new M("", "全面排查禁养区内养殖场，建立关闭搬迁台账。", ["县农业农村局"]),
            new M("", "督促规模养殖场配套建设粪污处理设施。", ["县农业农村局", "各乡镇人民政府"]));

        plan.Problems[2].Fields.DeadlineRaw.Should().Be("立行立改，长期坚持");
    }

    [Fact]
    public void MeasuresWrittenAsFirstlySecondlyThirdlyBecomeSeparateMeasures()
    {
        var plan = Seeds.Fixture("enumerated-layout.txt");
        plan.Metadata.Title.Should().Be("龙泉市贯彻落实省生态环境保护督察反馈意见整改方案");
        plan.Metadata.Inspection.Kind.Should().Be("provincial");
        plan.Metadata.Region!.Code.Should().Be("331181");
        plan.Problems.Select(p => p.Label).Should().Equal("（一）", "（二）", "（三）");
        plan.Sections.Select(s => s.Heading).Should().Equal("总体要求");

        var first = plan.Problems[0];
        first.Categories.Should().Equal("二、整改任务");
        first.Fields.DeadlineRaw.Should().Be("2024年12月底前");
        first.Fields.Leaders.Should().Equal("王建国");
        first.Fields.LeadUnits.Should().Equal("市住建局");
        first.Fields.SupportUnits.Should().Equal("市生态环境局", "市水利局");
        Expect.Measures(first,
            new M("一是", "开展黑臭水体排查，建立一河一策", ["市住建局", "市水利局"]),
            new M("二是", "实施截污纳管工程，完善城区污水收集管网", ["市住建局", "市水利局"]),
            new M("三是", "建立长效管护机制，落实河长制。", ["市住建局", "市水利局"]));
        first.Measures[0].Text.Should().Be("开展黑臭水体排查，建立一河一策");

        Expect.Measures(plan.Problems[1],
            new M("一是", "编制修复方案", [], Group: "加强矿山生态修复"),
            new M("二是", "争取修复资金", [], Group: "加强矿山生态修复"),
            new M("三是", "开展复绿验收。", [], Group: "加强矿山生态修复"));

        var third = plan.Problems[2];
        third.Fields.NotApplicable.Should().BeTrue();
        third.Fields.NotApplicableNote.Should().Be("经核实，我市无化工园区，无此项整改任务");
        third.Measures.Should().BeEmpty();
    }
}
