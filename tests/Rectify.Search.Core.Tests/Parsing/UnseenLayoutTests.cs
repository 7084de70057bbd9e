using Rectify.Search.Core.Enrichment;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Parsing;

/// <summary>
/// The twelve real excerpts of Fixtures/layouts (copies of the project's layout set, with their SOURCES.md and gold.tsv):
/// each problem's text start, target, deadline (date and kind), units by role and measures, as gold.tsv gives them. The
/// folders' expect.tsv (region, year, problem count, date, copies) are checked through the whole reading pipeline, CSV
/// included, in the service's `DocumentFolderTests`.
/// </summary>
public sealed class UnseenLayoutTests
{
    private static PlanDocument Doc(string name) => Seeds.Fixture(Path.Combine("layouts", name + ".txt"));

    private static Problem Only(string name) => Doc(name).Problems.Should().ContainSingle().Subject;

    private static Deadline DeadlineOf(Problem p) => DeadlineParser.Parse(p.Fields.DeadlineRaw, p.Fields.StatusNote);

    private static void Measures(Problem p, params (string Ordinal, string Start)[] expected)
    {
        p.Measures.Select(m => m.Ordinal).Should().Equal(expected.Select(e => e.Ordinal));
        for (var i = 0; i < expected.Length; i++)
            p.Measures[i].Text.Should().StartWith(expected[i].Start);
    }

    [Fact]
    public void Jinzhong_TaskTargetAndUnitsWithoutMeasures_AndTheDroppedDateIsReportedNotRead()
    {
        var doc = Doc("02_jinzhong_2018_dropped_dates");
        var p = Only("02_jinzhong_2018_dropped_dates");
        p.Text.Should().StartWith("露天开采严重破坏地表植被").And.EndWith("对生态环境造成严重破坏。");
        p.Fields.Target.Should().StartWith("加强露天开采环境管理");
        p.Fields.ResponsibleUnits.Should().Equal("市煤炭局", "市国土局", "市环保局", "昔阳", "和顺", "灵石", "介休", "寿阳县(市)委", "县(市)政府");
        p.Fields.DeadlineRaw.Should().BeNull();
        p.Measures.Should().BeEmpty();
        p.Fields.Progress.Should().Contain("全市共有五座露天煤矿").And.Contain("经验收组验收");
        doc.Metadata.Title.Should().Be("晋中市煤炭工业局关于贯彻落实省环境保护督察组反馈意见整改方案30号整改任务阶段整改的公示");
        doc.Metadata.Inspection.Should().BeEquivalentTo(new { Kind = "provincial", Round = 1 });
        doc.Metadata.Date.Should().Be("2018-04-17");
        doc.Diagnostics.Should().Contain(d => d.Code == "dropped-date-span" && d.Message.StartsWith("\"2018416日\""));
        doc.Diagnostics.Should().Contain(d => d.Code == "repeated-title");
    }

    [Fact]
    public void Yueyang_HeadingFieldsAndAnUnnumberedMeasureThatCarriesTheDeadline()
    {
        var doc = Doc("03_yueyang_zjj_2019");
        var p = Only("03_yueyang_zjj_2019");
        p.Text.Should().StartWith("污水处理厂提标改造进度缓慢。").And.EndWith("目前仅完成3座。");
        p.Fields.Target.Should().Be("洞庭湖区县以上城镇污水处理设施全面达到一级A排放标准。");
        p.Fields.DeadlineRaw.Should().BeNull();
        p.Fields.ResponsibleUnits.Should().BeEmpty();
        Measures(p, ("", "2019年9月30日前,完成南津港、湖滨污水处理厂的提标改造工程。"));
        DeadlineParser.ForMeasure(p.Measures[0].Text)!.Date.Should().Be("2019-09-30");
        p.Fields.Progress.Should().StartWith("整改效果：南津港");
        doc.Sections.Select(s => s.Heading).Should().Contain(["公示期限", "联系电话", "落款"]);
    }

    [Fact]
    public void Chengcheng_MeasuresRunTogetherOnOneLine_AndTheirFollowUpIsStatus()
    {
        var p = Only("09_chengcheng_2021");
        p.Text.Should().Be("澄城县生活垃圾填埋场污泥混合液问题。");
        p.Fields.Target.Should().StartWith("严格按照环境保护要求").And.EndWith("消除环境污染。");
        DeadlineOf(p).Should().BeEquivalentTo(new { Date = "2021-10-31", Kind = DeadlineKind.Date });
        p.Fields.ResponsibleUnits.Should().BeEmpty();
        Measures(p, ("（一）", "全面清理外流污泥"), ("（二）", "依法依规对生活垃圾填埋场"), ("（三）", "制定污染区域环境治理方案"));
        p.Fields.Progress.Should().Contain("关于第1项整改措施落实情况").And.EndWith("整改完成时间：2021年9月").And.NotContain("如有异议");
    }

    [Fact]
    public void Tongnan_ATwoColumnTableOneCellPerLine_WithAnEnumeratedMeasureCellAndARange()
    {
        var doc = Doc("10_tongnan_2022_table");
        var p = Only("10_tongnan_2022_table");
        p.Text.Should().Be("部分区县生活垃圾及渗滤液处理能力不足。");
        p.Fields.ResponsibleUnits.Should().Equal("潼南区");
        p.Fields.Target.Should().StartWith("坚持问题导向").And.Contain("2020年底前完成生活垃圾填埋场扩容");
        p.Fields.DeadlineRaw.Should().Be("2020年6月至2021年12月");
        DeadlineOf(p).Date.Should().Be("2021-12-31");
        Measures(p, ("一是", "对生活垃圾填埋区"), ("二是", "区城投集团"), ("三是", "潼南区湟海水处理"), ("四是", "将生活垃圾处理费"), ("五是", "2021年7月5日区政府"), ("六是", "积极推进生活垃圾发电"));
        p.Fields.Progress.Should().Be("整改成效：渗滤液得到及时有效处置,两个渗滤液调节池处于安全水位。");
        p.Fields.ResponsiblePersons.Should().BeEmpty();
        doc.Sections.Should().Contain(s => s.Heading == "社会监督联系人及电话" && s.Text == "敬峰15310389382");
    }

    [Fact]
    public void Xianning_TraditionalWithInjectedPinyin_KeepsItsLabelsAndMeasures()
    {
        var doc = Doc("11_xianning_2022_trad");
        var p = Only("11_xianning_2022_trad");
        p.Text.Should().StartWith("全市醫療廢物處置抗風險能力較低");
        p.Fields.Target.Should().Be("提高全市醫療廢物處置抗風險能力。");
        p.Fields.DeadlineRaw.Should().BeNull();
        Measures(p, ("（一）", "督促湖北匯楚危險廢物處置有限公司"), ("（二）", "對湖北匯楚危險廢物處置有限公司"));
        DeadlineParser.ForMeasure(p.Measures[0].Text)!.Date.Should().Be("2021-12-31");
        doc.Diagnostics.Should().Contain(d => d.Code == "injected-pinyin");
        string.Concat(doc.Problems.Select(x => x.Text + x.Fields.Target)).Should().NotContain("(hào)").And.NotContain("(xiàng)");
        doc.Metadata.Inspection.Should().BeEquivalentTo(new { Kind = "provincial", FollowUp = true });
    }

    [Fact]
    public void Honghu_TraditionalWithPortalChrome_ThreeNumberedMeasures()
    {
        var doc = Doc("13_honghu_2023_trad");
        var p = Only("13_honghu_2023_trad");
        p.Text.Should().StartWith("退垸還湖進展滯后。").And.EndWith("卻聲稱已完成年度任務。");
        p.Fields.Target.Should().Be("按照《荊州市退垸還湖還濕方案》,完成洪湖退垸還湖目標任務。");
        Measures(p, ("1", "實施《荊州市退垸還湖還濕方案》"), ("2", "力爭2022年完成退垸群眾安置"), ("3", "推進湖泊生態修復。"));
        DeadlineParser.ForMeasure(p.Measures[0].Text)!.Date.Should().Be("2021-01-31");
        p.Fields.Progress.Should().StartWith("完成情况：1.是加快推進");
        doc.Diagnostics.Should().Contain(d => d.Code == "page-chrome");
        doc.Metadata.Inspection.Should().BeEquivalentTo(new { Kind = "central", Round = 1, FollowUp = true });
    }

    [Fact]
    public void Xuancheng_OtherLabelsForTheSameFields_AndOrdinalsRunningIntoYears()
    {
        var doc = Doc("14_xuancheng_2023_trad");
        var p = Only("14_xuancheng_2023_trad");
        p.Text.Should().StartWith("一些市縣及自然資源部門對礦山整治工作重視不夠").And.EndWith("長期未落實治理要求。");
        p.Fields.ResponsibleUnits.Should().Equal("宣城市委", "市政府");
        Measures(p, ("1", "2021年底前完成礦山生態修復驗收標準制定"), ("2", "2021年底前對全省已完成整治的礦山"), ("3", "2022年底前對露天礦山"), ("4", "2021年底前完善礦山生態修復項目管理制度"));
        p.Fields.Target.Should().StartWith("礦山整治“回頭看”基本完成");
        DeadlineOf(p).Should().BeEquivalentTo(new { Date = "2023-12-31", Kind = DeadlineKind.Date });
        p.Fields.Progress.Should().StartWith("整改完成情况：針對督察指出問題");
        doc.Metadata.Inspection.Should().BeEquivalentTo(new { Kind = "central", Round = 2, FollowUp = false });
    }

    [Fact]
    public void Tongshan_NoProblemStatement_TwoKindsOfDeadline_MeasuresOnOneLine()
    {
        var p = Only("15_tongshan_2024");
        p.Text.Should().BeEmpty();
        p.Fields.Target.Should().StartWith("进一步加强河道采砂统一管理");
        DeadlineOf(p).Should().BeEquivalentTo(new { Date = "2024-12-31", Kind = DeadlineKind.Date, Ongoing = true, Immediate = true });
        Measures(p, ("1", "全面清理整治河道治理范围内乱占"), ("2", "加强监督管理"), ("3", "科学修订编制河道采砂规则"));
        p.Fields.ResponsibleUnits.Should().BeEmpty();
        p.Fields.Progress.Should().StartWith("整改完成情况：针对环保督察反馈问题");
    }

    [Fact]
    public void Cangyuan_MaskedNamesAndValuesBrokenAcrossLines()
    {
        var doc = Doc("19_cangyuan_2025_masked");
        var p = Only("19_cangyuan_2025_masked");
        p.Text.Should().StartWith("**市有历史遗留矿山349座").And.EndWith("修复任务艰巨。");
        p.Fields.LeadUnits.Should().Equal("******局");
        p.Fields.ResponsibleUnits.Should().Equal("****草原局", "应急管理局", "市生态环境****分局");
        p.Fields.SupportUnits.Should().Equal("各乡(镇)党委", "政府", "****管委会");
        p.Fields.Target.Should().Be("完成历史遗留矿山核查、《县级历史遗留矿山生态修复方案》编制备案,按方案计划逐步推进历史遗留矿山生态修复工作");
        DeadlineOf(p).Date.Should().Be("2025-12-31");
        Measures(p, ("", "******局牵头负责"));
        doc.Diagnostics.Should().Contain(d => d.Code == "masked-names");
    }

    [Fact]
    public void Heilongjiang_InlineNumberedFields_WithoutDeadlineOrUnit()
    {
        var p = Only("20_heilongjiang_2025_province");
        p.Text.Should().StartWith("牡丹江、佳木斯、双鸭山、伊春、黑河等市有200余台锅炉").And.EndWith("污染问题突出。");
        p.Fields.Target.Should().Be("污染防治设施稳定运行,污染物稳定达标排放。");
        p.Fields.DeadlineRaw.Should().BeNull();
        p.Fields.ResponsibleUnits.Should().BeEmpty();
        Measures(p, ("1", "指导各地科学制定整改方案"), ("2", "建立日常调度督办机制"), ("3", "督导各地加强燃煤锅炉环境监管"));
        p.Fields.Progress.Should().StartWith("整改主要工作及成效：1.指导各地制定整改方案");
    }

    [Fact]
    public void Jiangsu_OneValueCarriesLeadAndSupportingUnits()
    {
        var doc = Doc("23_jiangsu_2026_province");
        var p = Only("23_jiangsu_2026_province");
        p.Text.Should().StartWith("海洋生态破坏现象依然存在。").And.EndWith("破坏海洋生态问题时有发生。");
        p.Fields.LeadUnits.Should().Equal("省自然资源厅");
        p.Fields.SupportUnits.Should().Equal("省发展改革委", "省生态环境厅", "省农业农村厅", "省林业局");
        p.Fields.OtherUnits.Should().Equal(new RoleUnit(WireNames.Parse<UnitRole>("acceptance-lead")!.Value, "省自然资源厅"), new RoleUnit(WireNames.Parse<UnitRole>("acceptance-support")!.Value, "省发展改革委"),
            new RoleUnit(WireNames.Parse<UnitRole>("acceptance-support")!.Value, "省生态环境厅"), new RoleUnit(WireNames.Parse<UnitRole>("acceptance-support")!.Value, "省农业农村厅"), new RoleUnit(WireNames.Parse<UnitRole>("acceptance-support")!.Value, "省林业局"));
        p.Fields.Target.Should().Be("编制海岸带综合保护与利用规划,建立海洋环境保护长效机制。");
        DeadlineOf(p).Date.Should().Be("2025-12-31");
        Measures(p, ("", "严格落实养殖水域滩涂规划"));
        doc.Metadata.Inspection.Should().BeEquivalentTo(new { Kind = "central", Round = 2 });
    }

    [Fact]
    public void Mashan_ALabelEndingInASemicolon_AndTheDeadlineInsideTheTarget()
    {
        var doc = Doc("24_mashan_2026");
        var p = Only("24_mashan_2026");
        p.Text.Should().Be("麻山区污水处理厂收集率低影响稳定运行。");
        p.Fields.Target.Should().StartWith("全面提升污水收集处理能力").And.EndWith("力争2025年底前实现城市污水集中收集率70%以上。");
        p.Fields.DeadlineSource.Should().Be("target");
        DeadlineOf(p).Date.Should().Be("2025-12-31");
        Measures(p, ("", "按照国家下发提高污水处理治理的要求"));
        p.Fields.Progress.Should().StartWith("整改主要工作及成效：2025年12月底完成");
        doc.Metadata.Inspection.Should().BeEquivalentTo(new { Kind = "provincial", Round = 3 });
    }
}
