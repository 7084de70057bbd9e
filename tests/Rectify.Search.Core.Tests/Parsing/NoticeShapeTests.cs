using Rectify.Search.Core.Model;
using Rectify.Search.Core.Parsing;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Tests.Parsing;

/// <summary>Shapes of notices and lists on short real-style sentences: each rule with a case that must hold.</summary>
public sealed class NoticeShapeTests
{
    private static PlanDocument Parse(params string[] lines) => PlanParser.Parse(string.Join("\n", lines), "t", "t.txt", "h", "utf-8");

    [Fact]
    public void ANumberedProblemLabelKeepsItsNumberAsTheFeedbackNumber()
    {
        var p = Parse("问题编号12：县城黑臭水体整治不彻底。", "整改目标：消除黑臭水体。", "整改时限：2022年底").Problems.Single();
        (p.FeedbackNo, p.Text).Should().Be(("问题编号12", "县城黑臭水体整治不彻底。"));
    }

    [Fact]
    public void UnitsWrittenUnderEachMeasureBelongToThatMeasure()
    {
        var p = Parse(
            "1.县城污水处理厂提标改造滞后",
            "整改目标：出水达到一级A标准。",
            "整改措施：",
            "（1）完成提标改造工程。",
            "责任单位：县住建局",
            "（2）加强运行监管。",
            "责任单位：市生态环境局县分局").Problems.Single();
        p.Measures.Select(m => m.ResponsibleUnits.Single()).Should().Equal("县住建局", "市生态环境局县分局");
        p.Fields.ResponsibleUnits.Should().BeEmpty();
    }

    [Fact]
    public void SupervisingAccountableAndAcceptanceUnitsKeepTheirRoles()
    {
        var p = Parse("整改任务：饮用水水源地保护区内违建未清理。", "整改目标：全部清理。", "督导单位：市生态环境局", "追责单位：县纪委监委",
            "牵头验收单位：县水利局", "配合验收单位：县自然资源局").Problems.Single();
        p.Fields.OtherUnits.Should().Equal(new RoleUnit(WireNames.Parse<UnitRole>("supervise")!.Value, "市生态环境局"), new RoleUnit(WireNames.Parse<UnitRole>("accountability")!.Value, "县纪委监委"),
            new RoleUnit(WireNames.Parse<UnitRole>("acceptance-lead")!.Value, "县水利局"), new RoleUnit(WireNames.Parse<UnitRole>("acceptance-support")!.Value, "县自然资源局"));
    }

    [Fact]
    public void ASpecialInspectionIsFlagged()
    {
        var doc = Parse("关于长江经济带生态环境保护专项督察反馈问题整改情况的公示", "整改问题：沿江化工企业违规排放。", "整改目标：稳定达标排放。");
        doc.Metadata.Inspection.Special.Should().BeTrue();
    }

    [Fact]
    public void InjectedPinyinIsRemovedAndCounted()
    {
        PageNoise.RemovePinyin("反饋問題第二十二項(xiàng)整改完成情況(kuàng)", out var removed).Should().Be("反饋問題第二十二項整改完成情況");
        removed.Should().Be(2);
        PageNoise.RemovePinyin("执行GB 18918(一级A)标准", out var none).Should().Be("执行GB 18918(一级A)标准");
        none.Should().Be(0);
    }

    [Fact]
    public void OnlyAViewersLineNumbersAreReadOff()
    {
        // Twelve lines numbered one after another, right-aligned: a viewer's numbers.
        var viewer = Enumerable.Range(1, 12).Select(n => $"{n,2}  第{n}行文字").ToArray();
        var diagnostics = new List<Diagnostic>();
        PageNoise.RemoveLineNumbers(viewer, diagnostics)[9].Should().Be("第10行文字");
        diagnostics.Should().ContainSingle(d => d.Code == "line-numbers");
        // A list whose twelve items are each one line keeps its numbers: not padded, no blank line numbered.
        var list = Enumerable.Range(1, 12).Select(n => $"{n} 县城污水管网改造第{n}项").ToArray();
        PageNoise.RemoveLineNumbers(list, diagnostics = [])[9].Should().Be("10 县城污水管网改造第10项");
        diagnostics.Should().BeEmpty();
        // So does a table's 序号 column, parted by tabs.
        var rows = Enumerable.Range(1, 12).Select(n => $"{n,2}\t问题{n}\t2023年底前").ToArray();
        PageNoise.RemoveLineNumbers(rows, diagnostics)[0].Should().Be(" 1\t问题1\t2023年底前");
    }

    [Fact]
    public void RadicalFormsAreTheCharactersTheyStandFor()
    {
        RadicalForms.Restore("整改⽬标：⻓江⼲流⽔质稳定，排⽔⼾管理", out var replaced).Should().Be("整改目标：长江干流水质稳定，排水户管理");
        replaced.Should().Be(6);
        // The analyzer folds them as well: text pasted from such a PDF finds what it says.
        TextNormalizer.Default.Normalize("⽣态环境⻔户").Should().Be("生态环境门户");
        var bad = () => RadicalForms.Parse(["⽣\t生\tKANGXI RADICAL LIFE", "生\t生"]);
        bad.Should().Throw<FormatException>().WithMessage("radicals.txt line 2: *");
    }

    [Fact]
    public void ABilingualPagesOtherScriptIsLeftOutAndChineseKept()
    {
        var diagnostics = new List<Diagnostic>();
        var lines = PageNoise.RemoveOtherScripts(["ཀྲུང་དབྱང་སྐྱེ་ཁམས་ཁོར་ཡུག་སྲུང་སྐྱོབ་", "整改目标：完成保护区核心区设施清理。", "涉及ཁོར་ཡུག་的整改问题共3项"], diagnostics);
        lines.Should().Equal("", "整改目标：完成保护区核心区设施清理。", "涉及ཁོར་ཡུག་的整改问题共3项");
        diagnostics.Should().ContainSingle(d => d.Code == "other-script" && d.Line == 1);
    }

    [Fact]
    public void ARowNumberingAFormsColumnsIsNoProblem()
    {
        var diagnostics = new List<Diagnostic>();
        var lines = PageNoise.RemoveColumnNumbers(["序号\t反馈问题\t整改目标\t责任单位", "1\t2\t3\t4", "①\t②\t③\t④", "1\t县城污水管网不完善\t2023年底前完成\t县住建局"], diagnostics);
        lines.Should().Equal("序号\t反馈问题\t整改目标\t责任单位", "", "", "1\t县城污水管网不完善\t2023年底前完成\t县住建局");
        diagnostics.Should().HaveCount(2);
        // A row of figures that do not count across (a table's totals) stays.
        PageNoise.RemoveColumnNumbers(["合计\t12\t9\t3"], diagnostics = [])[0].Should().Be("合计\t12\t9\t3");
    }

    [Fact]
    public void ColonsInOtherFormsReadAsColons() =>
        WidthFolding.Fold("整改目标∶完成；整改时限︰年底；责任单位﹕县局").Should().Be("整改目标:完成;整改时限:年底;责任单位:县局");

    [Fact]
    public void AMarkUnderAStatesOnlyColumnIsTheState()
    {
        var doc = Parse("某县督察反馈问题整改情况表", "序号\t反馈问题\t整改措施\t责任单位\t已完成",
            "1\t县城部分道路扬尘污染严重\t落实道路机械化清扫\t县住建局\t√", "2\t部分养殖场粪污直排\t完善粪污处理设施\t县农业农村局\t");
        doc.Problems.Select(p => p.Fields.Progress).Should().Equal("已完成", null);
    }

    [Fact]
    public void MojibakeIsToldFromChineseTraditionalIncluded()
    {
        Mojibake.Looks("鏅嬪煄甯傚煄鍖鸿疮褰昏惤瀹炵渷鐢熸€佺幆澧冧繚鎶ょ潱瀵熷弽棣堟剰瑙佹暣鏀规柟妗堛€傞€氳繃鐪佺敓鎬佺幆澧冧繚鎶ょ潱瀵熺粍鐫ｅ療", out _).Should().BeTrue();
        Mojibake.Looks("全市醫療廢物處置抗風險能力較低，湖北匯楚危險廢物處置有限公司現有焚燒爐已經運行十年，檢修期間醫療廢物需要轉移到外市處置，新增危險廢物處置生產線項目尚在建設之中。", out _).Should().BeFalse();
    }

    [Fact]
    public void LabelCellsAndValuesSeparatedBySpacesAreFields()
    {
        var doc = Parse("关于县城污水处理厂提标改造整改情况的公示", "整改问题    县城污水处理厂出水不能稳定达标。", "整改目标    出水稳定达到一级A标准。",
            "整改时限\t2022年12月底", "整改措施    完成提标改造工程。");
        var p = doc.Problems.Single();
        (p.Text, p.Fields.Target, p.Fields.DeadlineRaw).Should().Be(("县城污水处理厂出水不能稳定达标。", "出水稳定达到一级A标准。", "2022年12月底"));
        p.Measures.Single().Text.Should().Be("完成提标改造工程。");
    }

    [Fact]
    public void ASignatureDateInChineseNumeralsDatesTheNotice()
    {
        var doc = Parse("关于秸秆焚烧问题整改情况的公示", "整改问题：秸秆焚烧问题仍存在。", "整改目标：杜绝露天焚烧。", "某某县人民政府", "二〇二三年六月十五日");
        (doc.Metadata.Date, doc.Metadata.YearSource).Should().Be(("2023-06-15", "signature"));
        TextShapes.ParseDateLine("2021年12月17日").Should().Be("2021-12-17");
        TextShapes.ParseDateLine("二〇二三年十二月三十一日").Should().Be("2023-12-31");
        TextShapes.ParseDateLine("二〇二三年二月三十日").Should().BeNull();
    }

    [Fact]
    public void ACityBureausCountyBranchIssuesForItsCounty()
    {
        var titled = Parse("渭南市生态环境局澄城分局关于生活垃圾填埋场问题整改情况的公示", "整改问题：填埋场污泥外流。", "整改目标：全面清理。");
        titled.Metadata.Region!.Code.Should().Be("610525");

        var signed = Parse("关于生活垃圾填埋场问题整改情况的公示", "整改问题：填埋场污泥外流。", "整改目标：全面清理。", "渭南市生态环境局澄城分局", "2021年12月24日");
        signed.Metadata.Region!.Code.Should().Be("610525");
    }

    [Fact]
    public void ACityBureausNoticeAboutACountysFailingIsTheCitysHoweverOftenItNamesTheCounty()
    {
        // Written for this test in the style of a city bureau's notice on a petition: the county named five times in
        // the body and the units, the city once, in the signature that issues it.
        var doc = Parse("关于中央生态环境保护督察交办信访件办理情况的公示",
            "按照督察整改工作要求，现将台前县群众信访举报问题办理情况公示如下。",
            "反馈问题：台前县某化工企业夜间偷排废水，台前县某养殖场粪污直排金堤河。",
            "整改措施：台前县生态环境分局对该企业立案查处，责令台前县该养殖场完成粪污处理设施建设。",
            "整改进展：2023年7月，台前县完成现场核查并处罚款12万元。",
            "整改目标：2026年底前金堤河台前段水质稳定达到IV类。",
            "濮阳市生态环境局");

        doc.Metadata.Region!.Code.Should().Be("410900");
        doc.Metadata.RegionEvidence!.Source.Should().Be("signature");
        // No date printed: the year of the newest thing it reports done (2023年7月), never its target's 2026.
        (doc.Metadata.Year, doc.Metadata.YearSource).Should().Be((2023, "newest-event"));
    }

    [Fact]
    public void ANoticesYearIsNeverADeadlineATargetOrABaseYear()
    {
        var doc = Parse("关于扬尘污染问题整改情况的公示",
            "整改问题：某搅拌站扬尘污染严重。",
            "整改目标：到2027年颗粒物浓度较2020年下降10%，力争2026年完成全部堆场封闭。",
            "整改时限：2025年12月底前",
            "整改情况：2024年5月，已完成堆场苫盖；计划2025年6月前完成喷淋改造。");

        (doc.Metadata.Year, doc.Metadata.YearSource).Should().Be((2024, "newest-event"));
    }

    [Fact]
    public void APlanWithoutADateOrANumberHasNoYearAndSaysSo()
    {
        var doc = Parse("某县贯彻落实省生态环境保护督察反馈意见整改方案",
            "一、县城污水处理厂进水浓度偏低，管网雨污混接严重。",
            "整改目标：2026年底前县城污水处理厂进水COD浓度达到150毫克/升以上。",
            "整改时限：2026年12月底前",
            "牵头单位：县住建局");

        doc.Metadata.Year.Should().BeNull();
        doc.Diagnostics.Should().Contain(d => d.Code == "year-unknown" && d.Message.Contains("a deadline or a target year is not a year of issue"));
    }

    [Fact]
    public void ANumberedLabelMayBeFollowedByItsValueAfterASpace()
    {
        var p = Parse("一、整改任务 部分乡镇生活垃圾转运不及时。", "二、整改目标 垃圾日产日清。", "三、整改时限 2022年底").Problems.Single();
        (p.Text, p.Fields.Target, p.Fields.DeadlineRaw).Should().Be(("部分乡镇生活垃圾转运不及时。", "垃圾日产日清。", "2022年底"));
    }

    [Fact]
    public void MarkupLeftInATextCopyIsRemovedAndItsEntitiesDecoded()
    {
        var doc = Parse("<p>关于&ldquo;散乱污&rdquo;企业整治情况的公示</p>", "<p>整改问题：部分&ldquo;散乱污&rdquo;企业未完成整治。</p>",
            "<span style=\"x\">整改目标：</span>全部完成整治。&nbsp;");
        var p = doc.Problems.Single();
        p.Text.Should().Be("部分“散乱污”企业未完成整治。");
        p.Fields.Target.Should().Be("全部完成整治。");
        doc.Metadata.Title.Should().Be("关于“散乱污”企业整治情况的公示");
        doc.Diagnostics.Should().Contain(d => d.Code == "web-markup");
    }

    [Fact]
    public void TheBodiesAndDateAfterALastDeadlineSignTheNoticeButADateAloneUnderItsLabelIsItsValue()
    {
        var signed = Parse("湖州市信访件办理情况公开（第五批）", "问题描述：天子湖镇某废弃矿山未按方案复绿，山体裸露。", "整改时限：2023年6月底前",
            "湖州市生态环境保护督察整改工作领导小组办公室", "2022年9月28日");
        signed.Problems.Single().Fields.DeadlineRaw.Should().Be("2023年6月底前");
        signed.Sections.Single(s => s.Heading == "落款").Text.Should().Be("湖州市生态环境保护督察整改工作领导小组办公室\n2022年9月28日");

        var dated = Parse("湖州市信访件办理情况公开（第五批）", "问题描述：天子湖镇某废弃矿山未按方案复绿，山体裸露。", "整改时限：", "2023年12月31日");
        dated.Problems.Single().Fields.DeadlineRaw.Should().Be("2023年12月31日");
        dated.Sections.Should().NotContain(s => s.Heading == "落款");
    }
}

