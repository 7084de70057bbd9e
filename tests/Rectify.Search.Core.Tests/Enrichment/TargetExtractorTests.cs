using Rectify.Search.Core.Enrichment.Targets;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Enrichment;

public sealed class TargetExtractorTests
{
    private static List<(string, string, double, string, string?)> Targets(string documentId, string label, int? measure = null) =>
        TargetExtractor.Default.Extract(Seeds.Problem(documentId, label))
            .Where(t => t.Kind == TargetKind.Target && t.MeasurePosition == measure)
            .Select(t => (t.Metric, t.Cmp.Symbol(), t.Value, t.Unit, t.By)).ToList();

    [Fact]
    public void TargetsOfTheSeedsReadExactly()
    {
        // 整改目标 without a date is due by its problem's deadline; a measure's date is its own.
        Targets(Seeds.Xingguo, "八").Should().Equal(("全县测土配方施肥技术覆盖率", ">=", 90, "%", "2025-12"));
        Targets(Seeds.Xingguo, "八", 1).Should().Equal(("全县主要农作物测土配方施肥技术覆盖率", ">=", 90, "%", "2025"));
        Targets(Seeds.Xingguo, "六", 4).Should().Equal(("主要农作物病虫害专业化统防统治覆盖率", ">=", 45, "%", "2023-12"));
        // 整改目标：全县农作物病虫害防治化学农药使用量实现零增长
        Targets(Seeds.Xingguo, "六").Should().Equal(("全县农作物病虫害防治化学农药使用量增长", "<=", 0, "%", "2023-12"));
        Targets(Seeds.Baojing, "十").Should().Equal(("县城污水处理厂进水COD浓度", ">=", 100, "毫克/升", "2025-12"));
        Targets(Seeds.Baojing, "十", 3).Should().Equal(("县城污水处理厂进水COD浓度", ">=", 100, "毫克/升", "2025-12"));
        Targets(Seeds.Baojing, "十二").Should().Equal(("全县主要农作物测土配方施肥技术覆盖率", ">=", 90, "%", "2022-06"));
        Targets(Seeds.Baojing, "十五", 1).Should().Equal(("砂石土矿采矿权总数", "<=", 10, "个", "2021"));
        Targets(Seeds.Baojing, "十五", 2).Should().Equal(("中型以上砂石土矿规划面积", ">=", 0.1, "平方公里", "2022-12"), ("砂石土矿生产规模", ">=", 30, "万吨/年", "2022-12"));
        Targets(Seeds.Baojing, "十六", 4).Should().Equal(("历史遗留矿山土地复垦率", ">=", 60, "%", "2025-12"));
        Targets(Seeds.Baojing, "二十一").Should().Equal(("排污许可证质量核查率", ">=", 100, "%", "2023-12"));
        Targets(Seeds.Suixian, "四").Should().Equal(
            ("城市生活污水集中收集率", ">=", 70, "%", "2025-12"), ("县级城市生活污水收集率", ">=", 30, "%", "2023"), ("生活污水收集率", ">=", 40, "%", "2025"));
        Targets(Seeds.Suixian, "十二", 3).Should().Equal(("主要农作物绿色防控覆盖率", ">=", 44, "%", "2022"), ("绿色防控覆盖率", ">=", 55, "%", "2025"));
        Targets(Seeds.Suixian, "十二", 4).Should().Equal(("统防统治覆盖率", ">=", 45, "%", "2025"));
        Targets(Seeds.Suixian, "十二", 5).Should().Equal(("粮食作物核心示范面积", ">=", 2000, "亩", "2025-12"), ("经济作物核心示范面积", ">=", 500, "亩", "2025-12"));
        Targets(Seeds.Suixian, "十三").Should().Equal(("测土配方施肥技术覆盖率", ">=", 90, "%", "2025-12"));
        Targets(Seeds.Jiangxi, "三", 4).Should().Equal(("设区城市建成区主要车行道机扫率", ">=", 80, "%", "2017"));
        Targets(Seeds.Jiangxi, "四", 4).Should().Equal(("县污水处理设施配套管网项目建设", "=", 48, "个", "2017"), ("全省设区城市污泥无害化处理处置率", ">=", 90, "%", "2020"));
    }

    [Fact]
    public void CountsOfThingsDoneInMeasuresAndTargetsAreTargetsWithWhatIsCountedAsTheMetric()
    {
        // 000 六 (3): 全县每年新创建病虫害绿色防控示范区3个，示范面积0.36万亩 — yearly, a count and an area.
        Targets(Seeds.Xingguo, "六", 3).Should().Equal(("每年新创建病虫害绿色防控示范区", "=", 3, "个", "2023-12"), ("每年示范面积", "=", 0.36, "万亩", "2023-12"));
        // 000 十七 (1): 2021年底前，对全县7个绿色矿山进行全面复核 — the noun after the number, its verb after it.
        Targets(Seeds.Xingguo, "十七", 1).Should().Equal(("绿色矿山复核", "=", 7, "个", "2021"));
        // 001 九 (2): 新建吕洞山镇生活垃圾压缩转运站1座.
        Targets(Seeds.Baojing, "九", 2).Should().Equal(("新建吕洞山镇生活垃圾压缩转运站", "=", 1, "座", "2024-12"));
        // 001 十七: …完成正在实施闭库的2座尾矿库闭库工程; (2) 对正在实施闭库的2座尾矿库严格落实闭库措施.
        Targets(Seeds.Baojing, "十七").Should().Equal(("尾矿库闭库", "=", 2, "座", "2022-06"));
        Targets(Seeds.Baojing, "十七", 2).Should().Equal(("尾矿库闭库", "=", 2, "座", "2022-06"));
        // 004 6 (1): 关闭公共供水管网覆盖范围内的自备水井3眼 — the noun after the last 的.
        Targets(Seeds.Jincheng, "6", 1).Should().Equal(("关闭自备水井", "=", 3, "眼", "2024-12"));
        // 004 13: 全面完成20个历史遗留矿山图斑治理任务; 004 5: 细化2家企业（金驹热电、卫永堂砖厂）关停退出方案.
        Targets(Seeds.Jincheng, "13").Should().Equal(("历史遗留矿山图斑治理", "=", 20, "个", "2025-12"));
        Targets(Seeds.Jincheng, "5").Should().Equal(("企业关停", "=", 2, "家", "2024-12"));
        // 003 四 (2): 基本完成省政府重点推进的25个城市新区(工业园区)污水管网建设项目.
        Targets(Seeds.Jiangxi, "四", 2).Should().Equal(("城市新区建设", "=", 25, "个", "2017"));
    }

    [Fact]
    public void ACountWithoutAVerbOfDoingIsNoTarget()
    {
        // 000 十二 (2) 为期3个月 (how long); 002 三 (5) 省级36个“两高”项目清单 (a list); 003 二 (1) 《关于加快推进生态文明建设的
        // 意见》提出的八个领域28项重点任务 (建设 is in a title); 003 三 4个城市…浓度 (where); 002 六 (2) 1公里范围内 (a condition).
        Targets(Seeds.Xingguo, "十二", 2).Should().BeEmpty();
        Targets(Seeds.Suixian, "三", 5).Should().BeEmpty();
        Targets(Seeds.Jiangxi, "二", 1).Should().BeEmpty();
        Targets(Seeds.Jiangxi, "三").Should().BeEmpty();
        Targets(Seeds.Suixian, "六", 2).Should().BeEmpty();
    }

    [Fact]
    public void ASeriesGivesOneTargetPerYear()
    {
        // 002 八: 2022年至2025年，城市生活污水集中收集率分别达到55%、60%、65%、70%
        Targets(Seeds.Suixian, "八").Should().Equal(
            ("城市生活污水集中收集率", ">=", 55, "%", "2022"), ("城市生活污水集中收集率", ">=", 60, "%", "2023"),
            ("城市生活污水集中收集率", ">=", 65, "%", "2024"), ("城市生活污水集中收集率", ">=", 70, "%", "2025"));
    }

    [Fact]
    public void TheSameMetricInThreeCountiesSharesOneKey()
    {
        var keys = new[] { (Seeds.Xingguo, "八"), (Seeds.Baojing, "十二"), (Seeds.Suixian, "十三") }
            .Select(x => TargetExtractor.Default.Extract(Seeds.Problem(x.Item1, x.Item2)).First(t => t.Kind == TargetKind.Target).MetricKey)
            .Distinct();
        keys.Should().Equal("测土配方施肥技术覆盖率");
        MetricNames.Default.KeyOf("县城污水处理厂进水化学需氧量浓度").Should().Be("污水处理厂进水cod浓度");
    }

    [Fact]
    public void TheInspectorsNumbersAreFindingsNotTargets()
    {
        // 000 八: …仅完成国家要求的20%，而江西省上报覆盖率超过90%，严重失实
        var findings = TargetExtractor.Default.Extract(Seeds.Problem(Seeds.Xingguo, "八")).Where(t => t.Kind == TargetKind.Finding).ToList();
        findings.Select(t => (t.Cmp.Symbol(), t.Value, t.Unit, t.Source)).Should().Contain([("=", 20, "%", "text"), (">", 90, "%", "text")]);

        // 001 十 (3): 针对县城污水处理厂进水COD浓度低于100毫克/升问题 — the problem the measure answers, not its aim.
        var stated = TargetExtractor.Default.Extract(Seeds.Problem(Seeds.Baojing, "十")).Single(t => t.Kind == TargetKind.Finding && t.Source == "measure");
        (stated.Cmp.Symbol(), stated.Value, stated.MeasurePosition).Should().Be(("<", 100, 3));
    }

    [Fact]
    public void ANumberQualifyingANounIsNoTarget()
    {
        // 002 三 (1): 对年综合能耗5000吨标准煤以上项目向市发改委提出申请
        TargetExtractor.Default.Extract(Seeds.Problem(Seeds.Suixian, "三")).Where(t => t.Kind == TargetKind.Target).Should().BeEmpty();
    }

    [Theory]
    [InlineData("到“十四五”末，全县城市生活污水集中收集率达到70%以上。", "2025")]
    [InlineData("到十五五期末，全县城市生活污水集中收集率达到75%以上。", "2030")]
    public void AFiveYearPlanPeriodDatesATarget(string sentence, string by)
    {
        var target = TargetExtractor.Default.FromText(sentence, "target", TargetKind.Target, null, null).Single();
        (target.MetricKey, target.Cmp.Symbol(), target.By).Should().Be(("生活污水集中收集率", ">=", by));
    }
}
