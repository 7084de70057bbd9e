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
        // 完成农药减量0.8%的目标任务。全县主要农作物测土配方施肥技术覆盖率稳定在90%以上。
        Targets(Seeds.Baojing, "十二").Should().Equal(("农药减量", ">=", 0.8, "%", "2022-06"), ("全县主要农作物测土配方施肥技术覆盖率", ">=", 90, "%", "2022-06"));
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
        // 基本完成省政府重点推进的25个城市新区(工业园区)污水管网建设项目: the bracket names which, the verb closes the noun.
        Targets(Seeds.Jiangxi, "四", 2).Should().Equal(("城市新区污水管网建设", "=", 25, "个", "2017"));
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
            .Select(x => TargetExtractor.Default.Extract(Seeds.Problem(x.Item1, x.Item2)).First(t => t.Kind == TargetKind.Target && t.Metric.Contains("测土配方")).MetricKey)
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

    private static List<(string, string, double, string, string?)> Read(string text, string? dueBy = null) =>
        TargetExtractor.Default.FromText(text, "measure", TargetKind.Target, dueBy, 1)
            .Where(t => t.Kind == TargetKind.Target).Select(t => (t.Metric, t.Cmp.Symbol(), t.Value, t.Unit, t.By)).ToList();

    [Fact]
    public void LengthsVolumesAndCapacitiesAreReadWithTheWorkTheyMeasure()
    {
        // The layouts of other provinces and of the parser's tests: the work is what the verb of doing closes.
        Read("完成紫阳镇老城区雨污分流改造12公里。").Should().Equal(("紫阳镇老城区雨污分流改造", "=", 12, "公里", null));
        Read("实施老城区雨污分流改造工程，新建污水管网12公里。", "2025-12").Should().Equal(("新建污水管网", "=", 12, "公里", "2025-12"));
        Read("新建渗滤液收集池1座，容积50立方米。").Should().Equal(("新建渗滤液收集池", "=", 1, "座", null), ("容积", "=", 50, "立方米", null));
        Read("启动园区污水处理厂二期扩建工程，新增处理能力1万吨/日。").Should().Equal(("新增处理能力", "=", 1, "万吨/日", null));
        // 10_tongnan: 约 between the metric and its number belongs to neither; m³/天 is 立方米/日.
        Read("二是区城投集团(原区建工集团)实施填埋区应急加固工程,新增库容约70万立方米以上,满足5年以上的生活垃圾填埋处置需要。")
            .Should().Equal(("新增库容", ">=", 70, "万立方米", null));
        // 39: the boilers' size qualifies them; their number is the target.
        Read("淘汰城区10蒸吨以下燃煤锅炉23台").Should().Equal(("淘汰城区10蒸吨以下燃煤锅炉", "=", 23, "台", null));
        // Per-area amounts and emission concentrations have their units too.
        Read("亩均化肥使用量控制在20公斤以内").Should().Equal(("亩均化肥使用量", "<=", 20, "公斤", null));
        Read("颗粒物排放浓度不高于10mg/m³").Should().Equal(("颗粒物排放浓度", "<=", 10, "毫克/立方米", null));
        // 33: what follows 并 is another task, not what was counted.
        Read("取缔非法码头5处并完成生态复绿").Should().Equal(("取缔非法码头", "=", 5, "处", null));
    }

    [Fact]
    public void AQuantityIsReadWhereItEndsNotWhereItStarts()
    {
        // 11_xianning (traditional characters): 由现有3000噸/年增加至4500噸/年 — the target is 4500 吨/年 by the sentence's 2021.
        Read("確保2021年底前投入運行,將醫療廢物處置能力由現有3000噸/年增加至4500噸/年。").Should().Equal(("医疗废物处置能力", ">=", 4500, "吨/年", "2021"));
        // 13_honghu: 除…外 is what the count leaves out; 共 belongs to neither.
        Read("到2021年1月底,全面完成除洪獅、王小垸外所有圍垸共19.99萬畝。").Should().Equal(("完成围垸", "=", 19.99, "万亩", "2021-01"));
    }

    [Fact]
    public void AReductionIsAFloorOnHowMuchAndItsBaseYearIsNoDeadline()
    {
        // 32: 化肥使用量较2020年减少5% is due by the problem's deadline, not by 2020.
        Read("化肥使用量较2020年减少5%。", "2023-12").Should().Equal(("化肥使用量减少", ">=", 5, "%", "2023-12"));
        // 001 十二: 完成农药减量0.8%的目标任务 — a number followed by 的目标 states a target.
        Read("完成农药减量0.8%的目标任务。", "2022-06").Should().Equal(("农药减量", ">=", 0.8, "%", "2022-06"));
        // A range is one target, its lower bound.
        Read("化肥农药使用量减少3%-5%").Should().Equal(("化肥农药使用量减少", ">=", 3, "%", null));
        // 003 五: 自2017年起 is when a yearly count starts, not when it is due.
        Read("自2017年起,省委常委会涉及生态文明和环境保护工作议题每年不少于3次").Should().Equal(("省委常委会涉及生态文明和环境保护工作议题每年", ">=", 3, "次", null));
    }

    [Fact]
    public void WhatIsThereNowOrWasDoneIsNoTarget()
    {
        // 10_tongnan: 现有处理设施处理能力达160m³/天 is the facility as it is.
        TargetExtractor.Default.FromText("现有处理设施(生化+膜)处理能力达160m³/天", "measure", TargetKind.Target, null, 1)
            .Single().Kind.Should().Be(TargetKind.Finding);
        // 24_mashan: 已对…进行了改造，由原来设计日处理0.5万吨改造至日处理0.2万吨 — done, and a from-value.
        Read("按照国家下发提高污水处理治理的要求已对生活污水处理厂进行了提标升级技术改造由原来设计日处理0.5万吨改造至日处理0.2万吨改造后将会大幅度提高生活污水收集率").Should().BeEmpty();
        // …but 现有 naming which farms, with a target's comparator, is a target.
        Read("现有畜禽规模养殖场粪污处理设施装备配套率达到95%以上").Should().Equal(("畜禽规模养殖场粪污处理设施装备配套率", ">=", 95, "%", null));
    }

    [Fact]
    public void ARateStatedWithoutAVerbInATargetIsAFloor()
    {
        // 001 二十一 (1): 确保2023年12月底前全县排污许可证质量核查率100%.
        Read("确保2023年12月底前全县排污许可证质量核查率100%。").Should().Equal(("全县排污许可证质量核查率", ">=", 100, "%", "2023-12"));
        // 31: 保持 keeps a rate at least where it is.
        Read("规模养殖场粪污处理设施装备配套率保持100%。").Should().Equal(("规模养殖场粪污处理设施装备配套率", ">=", 100, "%", null));
    }

    [Fact]
    public void CountsInChineseNumeralsTenThousandsAndFloorsAreCounts()
    {
        Read("新建两座污水处理厂").Should().Equal(("新建污水处理厂", "=", 2, "座", null));
        Read("完成农村改厕1.2万户").Should().Equal(("完成农村改厕", "=", 1.2, "万户", null));
        Read("完成农村改厕1,200户").Should().Equal(("完成农村改厕", "=", 1200, "户", null));
        Read("建成5个以上示范村").Should().Equal(("建成示范村", ">=", 5, "个", null));
        Read("年内20个行政村达到美丽乡村建设标准").Should().Equal(("行政村达到", "=", 20, "个", null));
        // Slogans' numbers are no counts (001 二十五, 004 11), nor is a size that says which (003 六（二）).
        Read("将生态文明建设纳入五个文明建设绩效考核").Should().BeEmpty();
        Read("严格落实施工扬尘六个百分百").Should().BeEmpty();
        Read("加快10公顷以上集中连片废弃稀土矿区破坯土地、植被修复").Should().BeEmpty();
    }

    [Fact]
    public void AShareOfThingsAndAnIncreaseAreFloors()
    {
        Read("确保90%以上的行政村生活垃圾得到有效治理").Should().Equal(("行政村生活垃圾得到有效治理比例", ">=", 90, "%", null));
        Read("空气质量优良天数比例提高5个百分点").Should().Equal(("空气质量优良天数比例提高", ">=", 5, "个百分点", null));
        // 003 七 (5): a percentage that qualifies a standard is none.
        Read("乐平市工业园区严格执行不利季节严于国家大气污染物排放标准25%的标准排放").Should().BeEmpty();
    }
}
