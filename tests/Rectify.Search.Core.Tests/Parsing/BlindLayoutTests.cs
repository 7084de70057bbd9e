using Rectify.Search.Core.Model;
using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Parsing;

/// <summary>
/// The layouts of Fixtures/blind-layouts, written without looking at the parser and measured before any rule was written
/// for them: what each of the four it first misread asks of the parser.
/// </summary>
public sealed class BlindLayoutTests
{
    private static PlanDocument Doc(string name) => Seeds.Fixture(Path.Combine("blind-layouts", name + ".txt"));

    [Fact]
    public void ProblemsLabelledWithTheirNumberAreEachAProblem()
    {
        var doc = Doc("51_city_plan_wenhao");
        doc.Problems.Select(p => p.FeedbackNo).Should().Equal("问题1", "问题2");
        doc.Problems[0].Text.Should().StartWith("监利市部分乡镇污水处理厂建成后长期低负荷运行");
        doc.Problems[1].Fields.Target.Should().Be("洪湖湖区水质总磷浓度稳定下降，2025年达到Ⅳ类。");
        doc.Problems[1].Measures.Should().HaveCount(2);
        doc.Metadata.DocumentNumber.Should().Be("荆政办发〔2022〕9号");
    }

    [Fact]
    public void AProblemLabelNumberedInChineseNumeralsBeforeAColonIsOneToo()
    {
        var text = File.ReadAllText(Seeds.FixturePath(Path.Combine("blind-layouts", "51_city_plan_wenhao.txt")))
            .Replace("问题1：", "问题一：").Replace("问题2：", "问题二：");
        var doc = Seeds.ParseText(text, "51_variant");
        doc.Problems.Select(p => p.FeedbackNo).Should().Equal("问题一", "问题二");
    }

    [Fact]
    public void AScenicAreaAdministrationIsTheCountyItIsNamedFor()
    {
        var doc = Doc("56_scenic_admin");
        doc.Metadata.Region!.Code.Should().Be("360483");
        doc.Metadata.Region.Should().BeEquivalentTo(new { Province = "江西省", City = "九江市", County = "庐山市", Level = RegionLevel.County });
        doc.Metadata.RegionEvidence!.Zone.Should().Be("庐山风景名胜区");
    }

    [Fact]
    public void ABodyWhoseLineBreaksBecameSpacesIsReadAtItsSpaces()
    {
        var doc = Doc("62_one_line_body");
        doc.Metadata.Title.Should().Be("大冶市关于第二轮中央生态环境保护督察反馈问题整改完成情况的公示");
        doc.Metadata.Region!.Code.Should().Be("420281");
        doc.Problems.Select(p => p.Text).Should().Equal("部分矿山企业未按方案开展边开采边治理，矿区生态破坏严重", "大冶湖流域部分排口水质超标");
        doc.Problems[0].Fields.Target.Should().Be("完成矿山生态修复，矿区复绿率达到85%以上。");
        doc.Problems[0].Measures.Select(m => m.Text).Should().Equal("对全市在产矿山开展专项检查；", "督促企业落实边开采边治理；", "对违法开采行为立案查处。");
        doc.Diagnostics.Should().Contain(d => d.Code == "one-line-body" && d.Line == 1);
    }

    [Fact]
    public void ABodyRunTogetherWithNothingWhereItsLineBreaksWereIsCutAtItsTitleHeadingsAndSignature()
    {
        // A red-headed plan whose text was copied with its line breaks lost and nothing in their place: its masthead, 文号
        // and title run into the salutation, the last sentence into 一、, the last measure into the signature and its date.
        var doc = Seeds.ParseText(
            "新化县人民政府办公室文件新政办发〔2021〕68号新化县人民政府办公室关于印发《新化县第二轮省生态环境保护督察反馈问题整改方案》的通知"
            + "各乡镇人民政府，县直各单位：现将《新化县第二轮省生态环境保护督察反馈问题整改方案》印发给你们，请认真组织实施。"
            + "一、资江新化段部分河段采砂管理不规范整改目标：采砂活动全面规范。整改时限：2022年12月底前责任单位：县水利局"
            + "整改措施：1.编制采砂规划；2.开展联合执法。新化县人民政府办公室2022年1月5日", "run_together");
        doc.Metadata.Title.Should().Be("新化县人民政府办公室关于印发《新化县第二轮省生态环境保护督察反馈问题整改方案》的通知");
        doc.Metadata.Date.Should().Be("2022-01-05");
        doc.Problems.Should().ContainSingle();
        doc.Problems[0].Text.Should().StartWith("资江新化段部分河段采砂管理不规范");
        doc.Problems[0].Measures.Select(m => m.Text).Should().Equal("编制采砂规划；", "开展联合执法。");
        doc.Diagnostics.Should().Contain(d => d.Code == "run-together-body" && d.Line == 1);
    }

    [Fact]
    public void ADeadlineClosingABodyRunTogetherIsNoSignature()
    {
        // The last field's date after its label's colon stays the field's value: no signature is cut off.
        var doc = Seeds.ParseText(
            "某县关于生态环境保护督察反馈问题整改情况的公示现将我县反馈问题整改情况公示如下：一、县城污水处理厂进水浓度偏低"
            + "整改目标：进水化学需氧量浓度提高到150毫克/升以上。责任单位：县住建局整改措施：1.开展管网排查；2.实施雨污分流改造。"
            + "整改时限：2024年12月31日", "run_together_deadline");
        doc.Problems.Should().ContainSingle();
        doc.Problems[0].Fields.DeadlineRaw.Should().Be("2024年12月31日");
        doc.Metadata.Date.Should().BeNull();
    }

    [Fact]
    public void ALineSpacedLetterByLetterIsNoBodyOnOneLine()
    {
        var spaced = string.Join(" ", "关于第二轮中央生态环境保护督察反馈问题整改完成情况的公示按照督察整改销号工作要求现将我市已完成整改的反馈问题公示如下".ToCharArray());
        var text = spaced + " " + spaced + "\n一、部分矿山企业未按方案开展边开采边治理\n整改目标：完成矿山生态修复。\n整改措施：1.开展专项检查。";
        var doc = Seeds.ParseText(text, "spaced");
        doc.Diagnostics.Should().NotContain(d => d.Code == "one-line-body");
    }

    [Fact]
    public void ADateInBracketsUnderASpeechTitleIsItsDateOfIssue()
    {
        var doc = Doc("64_speech_numbered_points");
        doc.Metadata.Title.Should().Be("市委书记在全市生态环境保护督察整改工作推进会上的讲话");
        doc.Metadata.Date.Should().Be("2022-05-16");
        doc.Problems.Should().BeEmpty();
    }

    [Fact]
    public void CityDistrictWordsNameNoPlaceUnlessTheirCityStandsBefore()
    {
        // 县城区部分路段 is the county town's streets, not one of Shanxi's districts called 城区.
        var doc = Doc("69_page_starts_mid_measure");
        doc.Metadata.Region.Should().BeNull();
        doc.Diagnostics.Should().Contain(d => d.Code == "region-unresolved");
        doc.Problems.Select(p => p.Label).Should().Equal("5", "6");
    }

    [Fact]
    public void APageDatedInDigitsWithoutALabelIsDatedSo()
    {
        var doc = Doc("70_news_achievements");
        doc.Metadata.Date.Should().Be("2024-01-09");
        doc.Metadata.Year.Should().Be(2024, "the page's date, not the year of the figures it reports (2023年全区PM2.5…)");
        doc.Problems.Should().BeEmpty();
    }

    [Fact]
    public void ATableWhoseColumnsAreNamedInWordsOfItsOwn()
    {
        var doc = Doc("71_pipe_table_other_headers");
        doc.Metadata.Layout.Should().Be("table");
        doc.Problems.Select(p => p.Text).Should().Equal("县工业园区部分企业污水预处理设施运行不正常，超标排放", "锦江万载段部分河段水质不稳定", "花炮企业危险废物贮存场所不规范");
        doc.Problems.Select(p => p.Fields.Target).Should().Equal("园区企业污水达标纳管率100%", "锦江出境断面水质稳定达到Ⅲ类", "花炮企业危险废物规范化管理率100%");
        doc.Problems.Select(p => p.Fields.LeadUnits.Single()).Should().Equal("县工业园区管委会", "县水利局", "县应急管理局");
        doc.Problems[1].Fields.DeadlineRaw.Should().Be("2024年12月底前");
        doc.Problems[2].Measures.Single().Text.Should().Be("开展花炮企业危险废物专项检查；督促企业规范建设贮存场所");
        doc.Diagnostics.Should().NotContain(d => d.Code == "run-in-labels", "a header row's column names are no labels running into values");
    }

    [Fact]
    public void AProvincialExcerptIsTheProvinceOfTheCountiesItAssignsWorkTo()
    {
        var doc = Doc("68_province_excerpt_units_only");
        doc.Metadata.Region!.Code.Should().Be("460000");
        doc.Metadata.Year.Should().BeNull();
        doc.Diagnostics.Should().Contain(d => d.Code == "year-unknown");
    }

    [Fact]
    public void ASignatureDatedToTheMonthOrInDottedDigitsDatesTheNotice()
    {
        Doc("74_cases_notice_month_only").Metadata.Should().BeEquivalentTo(new { Date = "2024-07", Year = 2024 }, o => o.ExcludingMissingMembers());
        Doc("78_branch_dot_date").Metadata.Should().BeEquivalentTo(new { Date = "2023-08-15", Year = 2023 }, o => o.ExcludingMissingMembers());
        Doc("78_branch_dot_date").Metadata.Region!.Code.Should().Be("420703", "鄂州市生态环境局华容分局 is the branch in 华容区");
    }

    [Fact]
    public void PinyinInjectedAfterAWordIsTakenOutWholeAndTheMirrorIsACopy()
    {
        var mirror = Doc("80_mirror_trad_pinyin_of_73");
        mirror.Metadata.Region!.Code.Should().Be("361181", "the signature 德興(dé xīng)市… is 德兴市's, not 乐平市 its text names");
        mirror.Diagnostics.Should().Contain(d => d.Code == "injected-pinyin");
        static string Fold(string text) => Core.Text.TextNormalizer.Default.Normalize(text);
        mirror.Problems.Select(p => Fold(p.Text)).Should().Equal(Doc("73_generic_title_signature_only").Problems.Select(p => Fold(p.Text)));
        mirror.Problems[0].Text.Should().StartWith("泗洲鎮部分", "the text is kept as printed, the pinyin taken out");
    }

    [Fact]
    public void LabelsInBracketsRunningHeadsAndTheSignatureAfterTheLastMeasure()
    {
        var doc = Doc("82_bracket_labels_page_headers");
        doc.Problems.Should().HaveCount(2);
        var first = doc.Problems[0];
        first.Fields.Target.Should().Be("2023年底前完成毁林开荒地块清理和生态修复。");
        first.Fields.LeadUnits.Should().Equal("县林业局");
        first.Measures.Select(m => m.Text).Should().Equal("开展人参种植毁林开荒专项排查，建立台账。", "依法查处毁林开荒行为，责令恢复植被。", "实施受损林地生态修复。");
        doc.Problems[1].Measures[^1].Text.Should().Be("加强进出水水质监测。");
        doc.Sections.Should().Contain(s => s.Heading == "落款" && s.Text == "抚松县人民政府办公室\n2022年5月10日");
        doc.Diagnostics.Should().Contain(d => d.Code == "running-head" && d.Line == 11);
    }

    [Fact]
    public void TheSignatureAfterAPlansLastMeasureIsItsSignatureNotPartOfTheMeasure()
    {
        var doc = Doc("53_chinese_numeral_date_only");
        doc.Problems[^1].Measures[^1].Text.Should().Be("完善“户集、村收、镇运、县处理”收运体系。");
        doc.Sections.Should().Contain(s => s.Heading == "落款" && s.Text == "中共五莲县委办公室\n五莲县人民政府办公室\n二〇二一年十一月二十五日");
    }

    [Fact]
    public void AHeadingCutAtTheWidthOfAWrappedPageGoesOnIntoTheNextLine()
    {
        var doc = Doc("83_pdf_hard_wrapped");
        doc.Problems.Select(p => p.Title).Should().Equal("县城污水处理厂进水浓度偏低，管网收集效能不高，部分片区雨污合流问题突出", "部分乡镇集中式饮用水水源保护区内存在违规建筑");
        doc.Problems[0].Measures.Select(m => m.Text).Should().Equal(
            "开展县城排水管网全面排查，建立问题清单，2023年底前完成排查。", "实施老城区雨污分流改造工程，新建污水管网15公里。", "加强排水户管理，对违规接入行为依法查处。");
        doc.Problems[0].Fields.ResponsibleUnits.Should().Equal("县住房和城乡建设局", "县城市管理和综合执法局", "洪桥街道");
        doc.Problems[0].Fields.LeadUnits.Should().Equal("县住房和城乡建设局");
    }

    [Fact]
    public void AProblemLabelNumberedInBracketsBeforeAColonIsAProblem()
    {
        var doc = Doc("85_feedback_paren_labels");
        doc.Problems.Select(p => p.Text).Should().Equal("长江临湘段部分码头扬尘污染防治措施不到位。", "黄盖湖水质不稳定达标。");
        doc.Problems.Select(p => p.FeedbackNo).Should().Equal("反馈问题(一)", "反馈问题(二)");
        doc.Problems[1].Fields.Progress.Should().Be("整改进展：正在推进，已整治排口12个。");
    }

    [Fact]
    public void ATableRowWithoutANumberWhoseProblemCellGoesOnIsTheCellsWrap()
    {
        var doc = Doc("86_tab_table_multiline_cells");
        doc.Problems.Select(p => p.Text).Should().Equal("天鹅洲湿地保护区内部分区域存在违规养殖，影响麋鹿栖息地", "城区部分排口雨季溢流污水入江");
        doc.Problems[0].Measures.Select(m => m.Text).Should().Equal("开展保护区违规养殖排查；", "依法清退违规养殖；", "实施湿地生态修复。");
        doc.Problems[1].Measures.Select(m => (m.Ordinal, m.Text)).Should().Equal(("1", "实施排口截污改造；"), ("2", "建设调蓄池。"));
    }

    [Fact]
    public void InATableWithoutANumberColumnEveryRowWithAProblemIsOne()
    {
        // Problem cells printed without a full stop do not run into each other where no 序号 says which rows go together.
        var text = "某县督察整改清单\n反馈问题|整改目标|整改措施|责任单位|整改时限\n"
            + "县城污水处理厂进水浓度偏低|进水浓度达到100mg/L|实施管网改造|县住建局|2023年底前\n"
            + "部分乡镇垃圾中转站运行不规范|规范运行|完善渗滤液收集|县城管局|2023年6月底前\n"
            + "部分矿山未落实复绿|完成复绿|实施复绿工程|县自然资源局|2024年底前";
        var doc = Seeds.ParseText(text, "t");
        doc.Problems.Select(p => p.Text).Should().Equal("县城污水处理厂进水浓度偏低", "部分乡镇垃圾中转站运行不规范", "部分矿山未落实复绿");
    }

    [Fact]
    public void ANumberedItemOpeningWithTheProblemLabelAndItsStatusLabelledAsSuch()
    {
        var doc = Doc("88_one_line_items");
        doc.Problems.Select(p => p.Text).Should().Equal("某打火机企业喷涂废气无组织排放。", "某小区附近餐饮油烟扰民。", "某砂场噪声扰民。");
        doc.Problems[0].Fields.ResponsibleUnits.Should().Equal("市生态环境局");
        doc.Problems[0].Fields.Progress.Should().Be("整改情况：已完成整改，企业安装废气收集处理设施。");
        doc.Sections.Should().Contain(s => s.Heading == "落款" && s.Text == "邵东市生态环境保护督察整改工作领导小组办公室");
    }

    [Fact]
    public void AReportDatedWhereItWasGivenAndItsNumberedPointsAreNoProblems()
    {
        var doc = Doc("90_work_report_excerpt");
        doc.Metadata.Date.Should().Be("2023-01-10");
        doc.Problems.Should().BeEmpty("一是…二是…三是… report what was done; nothing there is a problem with its fields");
    }

    [Fact]
    public void APageOfLinksIsNoPlanAndItsFooterSaysWhoseSiteItIs()
    {
        var doc = Doc("93_link_list_page");
        doc.Problems.Should().BeEmpty();
        doc.Metadata.Region!.Code.Should().Be("430481");
        doc.Metadata.Date.Should().BeNull("the dates on the page are those of the notices it links to");
    }

    [Fact]
    public void ABannerByItsShortNameAndAPageDatedToTheMonth()
    {
        var doc = Doc("96_labelled_month_date");
        doc.Metadata.Region!.Code.Should().Be("152222", "科右中旗 is 科尔沁右翼中旗");
        doc.Metadata.Date.Should().Be("2023-03");
        doc.Metadata.Year.Should().Be(2023);
        Core.Regions.Gazetteer.Default.ByName("土右旗").Should().ContainSingle().Which.Division.Name.Should().Be("土默特右旗");
    }

    [Fact]
    public void ALabelPartedFromItsValueByASpaceIsStillALabel()
    {
        var doc = Doc("99_labels_single_space");
        doc.Problems.Select(p => p.Text).Should().Equal("泸水河安福段部分河段岸线被违规侵占", "部分乡镇生活垃圾中转站运行不规范");
        doc.Problems[0].Fields.Target.Should().Be("2023年底前完成违规侵占岸线清理整治");
        doc.Problems[0].Fields.DeadlineRaw.Should().Be("2023年12月底前");
        doc.Problems[1].Fields.ResponsibleUnits.Should().Equal("县城管局");
        doc.Problems[1].Measures.Single().Text.Should().Be("完善中转站渗滤液收集设施，落实专人管理。");
    }

    [Theory]
    [InlineData("整改目标 2023年底前完成违规侵占岸线清理整治", true, "整改目标")]
    [InlineData("责任单位　县水利局", true, "责任单位")]
    [InlineData("问 题 清 单", false, null)]
    [InlineData("问题 整改推进缓慢", false, null)]
    [InlineData("问题1：监利市部分乡镇污水处理厂建成后长期低负荷运行", true, "问题")]
    public void OnlyALabelOfThreeCharactersOrMoreIsPartedFromItsValueByASpace(string line, bool matches, string? label)
    {
        Core.Parsing.FieldLabels.TryMatch(Core.Parsing.DualText.Of(line), out var field).Should().Be(matches);
        if (matches)
            field.Label.Should().Be(label);
    }

    [Theory]
    [InlineData("整改责任领导：县政府分管副县长", "整改责任领导", "Leaders")]
    [InlineData("整改牵头单位：县水利局", "整改牵头单位", "LeadUnits")]
    [InlineData("整改配合单位：县林业局", "整改配合单位", "SupportUnits")]
    [InlineData("整改完成情况：已完成", "整改完成情况", "Status")]
    public void ALabelPrintedAfter整改IsTheSameField(string line, string label, string kind)
    {
        // 257 prints 整改责任领导 and 整改责任单位; fields.txt's `prefixed 整改` reads any label so (a label listed as it is,
        // 整改完成情况 a status and not 完成情况's kin by accident, keeps its own line's kind).
        Core.Parsing.FieldLabels.TryMatch(Core.Parsing.DualText.Of(line), out var field).Should().BeTrue();
        (field.Label, field.Kind.ToString()).Should().Be((label, kind));
    }

    [Fact]
    public void TheSignatureIsFoundUnderWhatFollowsItsDate()
    {
        // 59: a mirror's 相关阅读 link line after the date; 95: （此件主动公开） and 抄送 after it.
        var mirror = Doc("59_mirror_trad_pinyin");
        mirror.Problems[^1].Measures[^1].Text.Should().Be("完善“戶集、村收、鎮運、縣處理”收運體系。");
        var plan = Doc("95_dated_before_cc_line");
        plan.Problems[^1].Measures[^1].Text.Should().Be("依法立案查处。");
        plan.Sections.Should().Contain(s => s.Heading == "落款" && s.Text.StartsWith("2021年12月20日") && s.Text.EndsWith("抄送：市生态环境局。"));
    }

    [Fact]
    public void FieldsInBracketsAfterAProblemAreItsFields()
    {
        var doc = Doc("104_units_in_brackets");
        doc.Problems.Select(p => p.Text).Should().Equal("澧水桑植段部分乡镇生活污水直排", "部分采石场未落实边开采边治理要求");
        doc.Problems[0].Fields.ResponsibleUnits.Should().Equal("县住建局");
        doc.Problems[0].Fields.DeadlineRaw.Should().Be("2023年12月底");
        doc.Problems[1].Fields.ResponsibleUnits.Should().Equal("县自然资源局");
    }

    [Fact]
    public void TasksNumberedLikeProblemsAreProblems()
    {
        var doc = Doc("105_task_numbered");
        doc.Problems.Select(p => p.FeedbackNo).Should().Equal("任务1", "任务2");
        doc.Problems[1].Text.Should().Be("部分规模养殖场粪污资源化利用率不高");
        doc.Problems[1].Measures.Select(m => m.Text).Should().Equal("推广粪污资源化利用模式；", "开展养殖场专项执法检查。");
    }

    [Fact]
    public void AProgressReportsFindingsFollowedByWhatWasDoneAreItsProblems()
    {
        // 123: （一）…进水浓度偏低。整改措施：…整改进展：已完成。 under 二、具体问题整改情况 — no target, units or deadline.
        var report = Doc("123_report_title_year_before");
        report.Problems.Select(p => p.Label).Should().Equal("（一）", "（二）");
        report.Problems[0].Text.Should().Be("部分乡镇生活污水处理设施运行不正常，进水浓度偏低。");
        report.Problems[0].Measures.Select(m => m.Text).Should().Equal("对全县11座乡镇污水处理设施开展运行评估，完成配套管网改造8.6公里，引入第三方专业运维。");
        report.Problems[1].Fields.Progress.Should().Be("整改进展：基本完成，植被养护持续推进。");
        report.Problems.Should().OnlyContain(p => !p.Fields.Truncated, "a finding followed by its progress is not cut off");
        // 三、下一步工作打算, numbered above the problems, is the report's section, not the last problem's progress.
        report.Sections.Select(x => x.Heading).Should().Contain("下一步工作打算");
        // 122: 一、…外溢风险。整改情况：… — and the notice's 公示时间… is its own, not the last problem's.
        var notice = Doc("122_province_notice_city_items");
        notice.Problems.Should().HaveCount(3);
        notice.Problems[2].Fields.Progress.Should().Be("整改情况：崇阳县新建渗滤液收集罐12个，委托有资质单位定期转运处置，正在推进中。");
    }

    [Fact]
    public void ANumberedFindingToldWithItsAccountIsAProblemAndTheAccountItsProgress()
    {
        // 125: 1.南洲镇某砂石场堆场未覆盖、运输扬尘污染问题。已责令企业… — no label at all.
        var doc = Doc("125_district_branch_signature");
        doc.Problems.Select(p => p.Text).Should().Equal("南洲镇某砂石场堆场未覆盖、运输扬尘污染问题。", "龙船镇某生猪养殖场粪污直排问题。");
        doc.Problems[1].Fields.Progress.Should().Be("该养殖场位于禁养区内，已于2024年1月依法关闭，粪污池已清理消纳。");
        doc.Metadata.Region!.Code.Should().Be("430212", "株洲市生态环境局渌口分局 is 渌口区's branch");
        // Numbered points that name no problem and carry no progress field stay the report's text: no phantom problems.
        var points = Seeds.ParseText("关于2023年生态环境保护工作的总结\n一、总体情况\n全年完成各项任务。\n二、主要做法\n1.加强组织领导。成立工作专班，每月调度。\n2.强化督查督办。对进度滞后的单位通报。\n三、下一步打算\n持续推进。", "p");
        points.Problems.Should().BeEmpty();
    }

    [Fact]
    public void AVersoDatedAsPrintedWithYinfaDatesTheDocument()
    {
        // 124: the table's 版记 — 中共醴陵市委办公室 醴陵市人民政府办公室 / 2023年11月2日印发.
        var doc = Doc("124_tab_table_signed_offices");
        doc.Problems.Should().HaveCount(3);
        doc.Metadata.Date.Should().Be("2023-11-02");
    }

    [Fact]
    public void AMastheadUnderTheTitleDatesABulletinAndAWeChatCopy()
    {
        // 136: 嘉鱼县…办公室　　　　2023年9月28日 under 督察整改工作简报（第12期）; its points of work done are no problems,
        // （二）着力解决群众身边突出生态环境问题。 among them (a point that opens with its verb names no failing).
        var bulletin = Doc("136_bulletin_numbered_points");
        bulletin.Metadata.Date.Should().Be("2023-09-28");
        bulletin.Problems.Should().BeEmpty();
        // 131: 衡阳生态环境 衡阳生态环境 2024-03-05 18:30 发表于湖南 — the account's date; 发表于湖南 is where it was posted from.
        var wechat = Doc("131_wechat_copy");
        wechat.Metadata.Date.Should().Be("2024-03-05");
        wechat.Metadata.Region!.Code.Should().Be("430400");
        // 1.反映问题：… 调查核实情况：… — a complaint's labels.
        wechat.Problems.Select(p => p.Text).Should().Equal("珠晖区某物流园车辆进出扬尘污染。", "衡南县某采石场夜间作业噪声扰民。", "耒阳市某洗煤厂废水外排。");
        wechat.Problems[0].Fields.Progress.Should().Be("调查核实情况：情况属实。\n整改情况：已完成整改。");
        // A page of links dates each link: no masthead (93).
        Doc("93_link_list_page").Metadata.Date.Should().BeNull();
    }

    [Fact]
    public void HeadingsFollowedOnlyByTheirProgressAreAProgressReportsProblems()
    {
        // 134: （一）黄盖湖周边部分养殖池塘尾水未经处理直排 / 整改进展：… under 一、中央… and 二、省级…
        var doc = Doc("134_quarterly_progress_signed");
        doc.Problems.Select(p => p.Label).Should().Equal("（一）", "（二）", "（一）");
        doc.Problems.Select(p => string.Join("", p.Categories)).Should().Equal("一、中央生态环境保护督察反馈问题", "一、中央生态环境保护督察反馈问题", "二、省级生态环境保护督察反馈问题");
        doc.Problems[2].Fields.Progress.Should().Be("整改进展：已完成排查，改造混接点46处。");
    }

    [Fact]
    public void AProblemWhoseBracketHoldsTextNotFieldsKeepsIt()
    {
        var text = "一、部分企业（含3家化工企业）废气超标排放\n整改目标：达标排放。\n整改措施：1.开展专项检查。";
        var doc = Seeds.ParseText(text, "b");
        doc.Problems.Single().Text.Should().Be("部分企业（含3家化工企业）废气超标排放");
        var trailing = Seeds.ParseText("一、部分企业废气超标排放（含3家化工企业）\n整改目标：达标排放。\n整改措施：1.开展专项检查。", "c");
        trailing.Problems.Single().Text.Should().Be("部分企业废气超标排放（含3家化工企业）");
    }

    [Fact]
    public void ATitleThatOpensWithGuanyuNamesItsSubjectNotItsIssuer()
    {
        // 关于海林市…整改销号情况的公示, signed 牡丹江市生态环境局: the city's notice about its county-level city.
        var doc = Doc("111_city_signature_subject_in_title");
        doc.Metadata.Region!.Code.Should().Be("231000");
        doc.Metadata.RegionEvidence!.Source.Should().Be("signature");
        doc.Metadata.Places.Select(p => p.Code).Should().Contain("231083");
        // 关于祁阳市…的公示 signed by 祁阳市's own office stays 祁阳市.
        Doc("109_quoted_plan_title_other_county").Metadata.Region!.Code.Should().Be("431181");
    }

    [Fact]
    public void APageLineLabelled日期IsThePagesDateNotBodyText()
    {
        var doc = Doc("117_date_label_riqi");
        doc.Metadata.Date.Should().Be("2024-01-15");
        doc.Metadata.Year.Should().Be(2024, "the page's date, not 截至2023年底 of the progress it reports");
        doc.Sections.Should().NotContain(s => s.Text.Contains("作者"));
        // An annual report signed the next February is that February's (双峰县2023年度…报告, 2024年2月).
        Doc("115_annual_report_next_year").Metadata.Should().BeEquivalentTo(new { Date = "2024-02", Year = 2024 }, o => o.ExcludingMissingMembers());
    }

    [Fact]
    public void ALaterAttachmentThatListsNoProblemsIsAPartOfThePlansOwn()
    {
        // 138: a cover notice, 附件1 the list, then a bare 附件2 over 整改工作责任分工 — first read as three more problems.
        var doc = Doc("138_cover_notice_then_attachments");
        doc.Problems.Select(p => p.Text).Should().Equal("渠水靖州段部分支流水质不稳定。", "县城部分餐饮油烟扰民。");
        doc.Problems[1].Measures.Select(m => m.Text).Should().Equal("推进油烟净化设施安装；", "加强巡查。");
        doc.Sections.Should().ContainSingle(s => s.Heading == "附件2 整改工作责任分工")
            .Which.Text.Should().StartWith("1.县生态环境局：负责统筹协调督察整改工作");
    }

    [Fact]
    public void APartNumberedLikeTheListsCategoryAfterItsLastProblemIsThePlansOwn()
    {
        // 139: 一、整改任务 holds the problems; 二、保障措施 after the last one is the plan's, its （一）（二） no measures.
        var doc = Doc("139_plan_units_after_measures");
        doc.Problems[1].Measures.Select(m => m.Text).Should().Equal("建立工地扬尘管控台账。");
        doc.Sections.Should().ContainSingle(s => s.Heading == "保障措施")
            .Which.Text.Should().Be("（一）加强组织领导。成立整改工作领导小组，统筹推进整改工作。\n（二）强化督查问责。对整改不力的单位和个人严肃追责。");
        doc.Problems[0].Measures.Select(m => m.ResponsibleUnits.Single()).Should().Equal("县住房和城乡建设局", "县农业农村局");
    }

    [Fact]
    public void ATablesProblemNumberColumnNumbersItsRowsAndItsStatusColumnIsTheirProgress()
    {
        // 141: 问题编号 | 所在县市 | 问题描述 | 整改措施 | 整改时限 | 整改状态 — first read with the numbers as the findings.
        var doc = Doc("141_prefecture_table_county_column");
        doc.Problems.Select(p => (p.Label, p.Text)).Should().Equal(
            ("12", "武溪镇部分乡镇污水处理设施运行负荷率偏低"), ("17", "沱江凤凰段部分排口汛期溢流"), ("21", "历史遗留锰渣库渗滤液收集处置不规范"));
        doc.Problems.Select(p => p.Fields.Progress).Should().Equal("已完成", "阶段性完成", "已完成");
        // …情况公示（第二批）: a notice's title with its batch after it, so its round is the title's.
        doc.Metadata.Inspection.Should().BeEquivalentTo(new { Kind = "provincial", Round = 3 });
    }

    [Fact]
    public void ADocumentSitesBadgeUploaderAndDownloadLinesAreItsChrome()
    {
        // 144: 【精品文档】…公示 - 百度文库, 文档贡献者：… 上传时间：…, 本文档由用户上传…, 相关文档：… around 141.
        var doc = Doc("144_wenku_mirror_of_141");
        doc.Metadata.Title.Should().Be("湘西土家族苗族自治州第三轮省生态环境保护督察反馈问题整改情况公示");
        doc.Problems.Select(p => p.Label).Should().Equal("12", "17", "21");
        doc.Sections.Should().NotContain(s => s.Text.Contains("文档") || s.Text.Contains("上传"));
    }

    [Fact]
    public void WhereAProblemIsByItsColumnOrLabelIsItsLocationAndNamesItsPlaces()
    {
        // 141: 所在县市 | 泸溪县 — no county named in the finding itself (武溪镇部分乡镇污水处理设施…).
        var table = Doc("141_prefecture_table_county_column");
        table.Problems.Select(p => p.Fields.Location).Should().Equal("泸溪县", "凤凰县", "花垣县");
        table.Problems.Select(p => p.Places.First().Code).Should().Equal("433122", "433123", "433124");
        table.Metadata.Places.Select(p => p.Code).Should().Contain(["433122", "433123", "433124"]);
        // 所在地：… as a labelled field of a notice.
        var notice = Seeds.ParseText("关于问题整改情况的公示\n反馈问题：部分河段岸线违规种植。\n所在地：苏仙区\n整改情况：已清除违规种植作物。", "n");
        notice.Problems.Single().Fields.Location.Should().Be("苏仙区");
        notice.Problems.Single().Fields.Progress.Should().Be("整改情况：已清除违规种植作物。");
    }

    [Fact]
    public void FindingsLabelledWithTheirNumberAndASpaceAreANoticesProblemsTheirPartsTheirText()
    {
        // 146: 问题一　北湖区… then （一）问题概况 （二）整改措施落实情况 1.… 2.… （三）验收结论 — first read as the measures.
        var doc = Doc("146_city_bureau_nested_field_numbers");
        doc.Problems.Select(p => (p.FeedbackNo, p.Title)).Should().Equal(("问题一", "北湖区石盖塘街道部分砂石加工点无序堆放"), ("问题二", "苏仙区郴江河部分河段岸线违规种植"));
        doc.Problems[0].Text.Should().Contain("北湖区石盖塘街道3处砂石加工点未按要求建设围挡和喷淋设施");
        doc.Problems[1].Fields.Progress.Should().Be("整改措施落实情况：1.清除违规种植作物，恢复岸线植被；\n2.设置警示牌12块，纳入河长日常巡查。\n验收结论：整改到位，同意销号。");
        // Its traditional mirror is read the same and known as a copy.
        Doc("148_trad_mirror_of_146").Problems.Select(p => p.FeedbackNo).Should().Equal("问题一", "问题二");
    }

    [Fact]
    public void ANoticeAboutOneProblemTellsItUnderBasicFacts()
    {
        // 150: 湖南省生态环境厅关于华容县…问题整改情况的通报: 一、基本情况 the finding, 二、整改情况 what was done, 三、工作要求 the notice's.
        var doc = Doc("150_province_dept_notice_about_county");
        var problem = doc.Problems.Single();
        problem.Text.Should().Be("华容县塌西湖周边部分精养鱼池养殖尾水未经处理直排入湖，湖体水质总磷超标。");
        problem.Fields.Progress.Should().StartWith("整改情况：华容县已完成养殖池塘尾水治理设施建设1.2万亩");
        doc.Sections.Select(s => s.Heading).Should().Contain(["工作要求", "落款"]);
        // 一、基本情况 in a report about the work as a whole is its background, not a problem.
        Doc("90_work_report_excerpt").Problems.Should().BeEmpty();
    }

    [Fact]
    public void RowsOfOneProblemEachWithItsStatusKeepEveryStatus()
    {
        // 149: a second measure's row with the problem's cells left empty (merged) and a status of its own.
        var doc = Doc("149_tab_table_merged_problem_cells");
        doc.Problems.Select(p => p.Fields.Progress).Should().Equal("已完成复绿面积45亩\n已建立", "已安装186家\n持续推进");
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(2, 2);
    }

    [Fact]
    public void ACaseNumberOverAComplaintNumbersItAndOpensTheNextOne()
    {
        // 153: 一、交办编号：X430000202305120031 / 反映问题：… / 调查核实情况：… / 整改情况：… — first read as no problem at all.
        var doc = Doc("153_development_zone_committee");
        doc.Problems.Select(p => (p.FeedbackNo, p.Text)).Should().Equal(
            ("交办编号X430000202305120031", "九华片区某化工企业夜间异味扰民。"), ("交办编号X430000202305140058", "九华片区某工地夜间施工噪声扰民。"));
        doc.Problems[1].Fields.Progress.Should().Be("调查核实情况：经核查，反映问题属实。\n整改情况：已责令施工单位停止夜间施工，对其立案查处。");
    }

    [Fact]
    public void ACoverNoticesQuotedTitleOverEachPageAndItsSignersOverItAreKnown()
    {
        // 151: 中共石门县委办公室 / 石门县人民政府办公室 / 关于印发《石门县…整改方案》的通知, then — 3 — and that title over page 4.
        var doc = Doc("151_pdf_page_furniture_between_fields");
        doc.Metadata.IssuingBody.Should().Be("中共石门县委办公室、石门县人民政府办公室");
        doc.Problems[0].Measures.Select(m => m.Text).Should().Equal("开展支流沿线畜禽养殖污染专项整治。", "推进农村生活污水治理。");
        doc.Problems[1].Measures.Should().HaveCount(2);
    }

    [Fact]
    public void AWeChatCopysFollowAndShareButtonsAreChrome()
    {
        // 154: 点击蓝字 关注我们, ▼, END, 分享　收藏　在看　点赞 around a county's notice.
        var doc = Doc("154_wechat_emoji_chrome");
        doc.Problems.Select(p => p.Text).Should().Equal("珊珀湖周边部分精养鱼塘养殖尾水直排。", "县城部分路段餐饮油烟直排。");
        doc.Sections.Should().NotContain(s => s.Text.Contains("关注我们") || s.Text.Contains("点赞") || s.Text.Contains("END") || s.Text.Contains("▼"));
    }

    [Fact]
    public void ARowSayingTheSameAsAboveUnderANumberOfItsOwnContinuesTheProblemAbove()
    {
        // 155: 1｜洣水茶陵段…｜…, 2｜同上｜建立河道采砂视频监控系统｜…, dated 2022年3月 under its title.
        var doc = Doc("155_fullwidth_bar_table_same_as_above");
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(2, 1, 1);
        doc.Problems[0].Fields.DeadlineRaw.Should().Be("2022年12月底前；2023年6月底前");
        (doc.Metadata.Date, doc.Metadata.Year).Should().Be(("2022-03", 2022));
    }

    [Fact]
    public void ATableWhoseCellsArePartedBySpacesIsReadAsItsOriginal()
    {
        // 157: 152's table on a document site, its tabs become runs of spaces; 任务来源 a column of its own.
        var copy = Doc("157_wenku_mirror_of_152_spaces");
        var original = Doc("152_city_task_table_source_column");
        copy.Problems.Select(p => (p.Text, p.Fields.Target, p.Fields.DeadlineRaw)).Should().Equal(original.Problems.Select(p => (p.Text, p.Fields.Target, p.Fields.DeadlineRaw)));
        // Without a measures column the units are the problem's.
        original.Problems[0].Fields.ResponsibleUnits.Should().Equal("汉寿县人民政府", "市农业农村局");
    }

    [Fact]
    public void BracketedLabelsRunTogetherOnOneLineAreEachAField()
    {
        // 158: 【问题1】湘江天心段…。【整改目标】…。【责任单位】区住房和城乡建设局【整改进展】….
        var doc = Doc("158_bracket_labels_inline");
        doc.Problems.Select(p => (p.FeedbackNo, p.Text)).Should().Equal(("问题1", "湘江天心段部分排口雨季溢流污染。"), ("问题2", "暮云街道部分工地渣土运输车辆抛洒滴漏。"));
        doc.Problems[1].Fields.ResponsibleUnits.Should().Equal("区城市管理和综合执法局");
        doc.Problems[1].Fields.Progress.Should().Be("整改进展：已查处违规车辆46台次，建立渣土运输全过程监管机制。");
    }

    [Fact]
    public void APageDatedOnlyByItsAddressIsThatDate()
    {
        // 159: http://www.xiangyin.gov.cn/art/2023/6/14/art_3371_1129856.html over the notice, no other date.
        var doc = Doc("159_url_dated_single_problem");
        (doc.Metadata.Date, doc.Metadata.Year, doc.Metadata.Title).Should().Be(("2023-06-14", 2023, "湘阴县关于洋沙湖周边餐饮船舶污水直排问题整改销号的公示"));
        doc.Problems.Single().Measures.Should().HaveCount(2);
    }

    [Fact]
    public void ItemsNumbered第一项AreTheListsProblems()
    {
        var doc = Doc("160_di_xiang_numbered_items");
        doc.Problems.Select(p => (p.Label, p.Text)).Should().Equal(("第一项", "部分乡镇饮用水水源地保护区内存在违规建筑"), ("第二项", "汨罗江平江段部分河段采砂迹地未修复"));
        doc.Problems[1].Measures.Select(m => m.Text).Should().Equal("编制采砂迹地修复方案；", "分批实施修复。");
        // 第一项工作 in a sentence numbers nothing.
        Core.Parsing.Headings.Match(Core.Parsing.DualText.Of("第一项工作是开展排查。")).Should().BeNull();
    }

    [Fact]
    public void APdfsLetterSpacingIsClosedUp()
    {
        // 161: 沅 江 市 第 二 轮 … / 整 改 目 标 ： 2022 年 底 前 … on every line.
        var doc = Doc("161_pdf_spaced_characters");
        doc.Problems[0].Text.Should().Be("南洞庭湖沅江段部分区域违规种植欧美黑杨尚未清理到位");
        doc.Problems[0].Fields.Target.Should().Be("2022年底前完成违规杨树清理。");
        doc.Problems[0].Measures.Select(m => m.Text).Should().Equal("开展杨树清理“回头看”；", "实施迹地生态修复。");
        doc.Metadata.IssuingBody.Should().Be("沅江市生态环境保护委员会办公室");
    }

    [Fact]
    public void APlansTitleWithItsEditionInBracketsStillSettlesItsRegion()
    {
        // 163: 广东省贯彻落实…整改方案（节选）, its first group （一）广州市: the province's, not Guangzhou's.
        var doc = Doc("163_province_excerpt_city_groups");
        doc.Metadata.Region!.Code.Should().Be("440000");
        doc.Metadata.IssuingBody.Should().Be("广东省人民政府办公厅");
        doc.Metadata.Places.Select(p => p.Code).Should().Contain(["440100", "440200"]);
    }

    [Fact]
    public void AReturnsFillingDateAndUnitDateItAndNameItsIssuer()
    {
        // 164: 填报单位：通道侗族自治县…办公室　　填报时间：2023年11月20日 over a status table.
        var doc = Doc("164_status_table_fill_date");
        (doc.Metadata.Date, doc.Metadata.Year, doc.Metadata.IssuingBody).Should().Be(("2023-11-20", 2023, "通道侗族自治县生态环境保护委员会办公室"));
        doc.Problems.Select(p => p.Fields.Progress).Should().Equal("已完成提标改造", "已责令整改并安装在线监控", "已完成复绿12亩");
    }

    [Fact]
    public void ASignatureDatedToTheMonthInChineseNumeralsIsNoTrailingLinks()
    {
        // 166: 中共城步苗族自治县委办公室 / 城步苗族自治县人民政府办公室 / 二〇二二年五月 at the end of a plan.
        var doc = Doc("166_chinese_month_signature_long_term");
        (doc.Metadata.Date, doc.Metadata.Year).Should().Be(("2022-05", 2022));
        doc.Metadata.IssuingBody.Should().Be("中共城步苗族自治县委办公室、城步苗族自治县人民政府办公室");
        // A seal's place after a signing body is no part of its name.
        Doc("165_stamped_signature_single_problem").Metadata.IssuingBody.Should().Be("新化县生态环境局");
    }

    [Fact]
    public void ProblemsWhoseFieldsCloseTheirLineInBracketsAreProblemsInTheirCategories()
    {
        // 167: （一）大气污染防治方面 / 1.…不正常。（牵头单位：市生态环境局；配合单位：市工信局；完成时限：2022年6月底前） /
        // 整改措施：一是…二是…三是… / … / （二）水污染防治方面 / 3.….
        var doc = Doc("167_domain_groups_paren_fields_yishi");
        doc.Problems.Select(p => (p.Label, p.Text, p.Categories.Last())).Should().Equal(
            ("1", "部分砖瓦企业脱硫除尘设施运行不正常。", "（一）大气污染防治方面"),
            ("2", "城区建筑工地扬尘管控不到位。", "（一）大气污染防治方面"),
            ("3", "涟水湘乡段部分支流水质不稳定。", "（二）水污染防治方面"));
        doc.Problems[0].Fields.LeadUnits.Should().Equal("市生态环境局");
        doc.Problems[2].Fields.SupportUnits.Should().Equal("市水利局", "市农业农村局");
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 2, 2);
        Doc("169_trad_ads_mirror_of_167").Problems.Should().HaveCount(3);
    }

    [Fact]
    public void OneProblemNoticesPrintedOneAfterAnotherAreAProblemEach()
    {
        // 174: 关于…九嶷山景区…的公示 / 一、问题基本情况 / … / 二、整改完成情况 / … / signed, then 关于…冷水河…的公示 / the same.
        var doc = Doc("174_two_notices_one_page");
        doc.Problems.Select(p => p.Text).Should().Equal("九嶷山景区核心区内存在违规建设农家乐3处。", "冷水河宁远段部分河段采砂迹地未修复。");
        doc.Problems.Select(p => p.Fields.Progress).Should().Equal("整改完成情况：已拆除违规建筑2100平方米，完成生态复绿。", "整改完成情况：已完成采砂迹地平整复绿1.6公里。");
        doc.Sections.Select(s => s.Heading).Should().Contain("关于宁远县冷水河部分河段采砂迹地未修复问题整改销号的公示");
        // A group title ending in a problem label (一、中央生态环境保护督察反馈问题) is no label alone: 134 keeps its three.
        Doc("134_quarterly_progress_signed").Problems.Should().HaveCount(3);
    }

    [Fact]
    public void ATablesRequirementColumnIsItsTargetAndAStreetOfficeSigns()
    {
        // 176: 序号 问题清单 整改要求 牵头领导 完成情况 — 整改要求 was read as nothing.
        var doc = Doc("176_table_other_column_names");
        doc.Problems.Select(p => p.Fields.Target).Should().Equal("完成铸造企业废气治理提标改造", "建立河道保洁长效机制");
        doc.Problems.Select(p => p.Fields.Progress).Should().Equal("已完成46家企业改造", "已建立保洁队伍，实现常态化保洁");
        // 178: signed 东湖街道办事处 / 2023年2月14日.
        Doc("178_street_office_notice").Metadata.IssuingBody.Should().Be("东湖街道办事处");
        // 175: 【整改目标】… on lines of their own, measures （1）（2） under 【整改措施】.
        Doc("175_bracket_field_lines_paren_measures").Problems.Select(p => p.Measures.Count).Should().Equal(2, 2);
    }

    [Fact]
    public void AnOutlineNumbered2Point1HoldsTheProblemsAndLabelsMayBeFollowedByADash()
    {
        // 180: 1 总体要求 / 2 整改任务 / 2.1 綦江河… / 整改目标：… / 整改措施：（1）…（2）…（3）… / 2.2 … / 3 保障措施 / 3.1 ….
        var doc = Doc("180_decimal_outline_numbering");
        doc.Problems.Select(p => p.Label).Should().Equal("2.1", "2.2", "2.3");
        doc.Problems[0].Text.Should().Be("綦江河部分支流水质不稳定，通惠河、蒲河断面总磷超标");
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 2, 2);
        doc.Problems[2].Fields.LeadUnits.Should().Equal("区经济信息委");
        doc.Sections.Select(s => s.Heading).Should().Contain("保障措施");
        // 181: 整改目标——依法打击… / 责任单位——县水利局（牵头），… / 整改情况——已开展….
        var dashed = Doc("181_dash_labels_autonomous_county");
        dashed.Problems.Select(p => p.Fields.Target).Should().Equal("依法打击非法采砂行为，河道采砂秩序规范有序。", "渗滤液全部得到有效处理，达标排放。", "畜禽粪污综合利用率达到85%以上。");
        dashed.Problems[1].Fields.DeadlineRaw.Should().Be("2023年6月底前");
        dashed.Problems[0].Fields.Progress.Should().StartWith("整改情况：已开展联合执法行动12次");
        // 182: a 通报's complaints numbered ①②③, each with 办理情况 and 处理结果; its closing words are its own.
        var circled = Doc("182_circled_complaints_banners");
        circled.Problems.Select(p => p.Label).Should().Equal("①", "②", "③");
        circled.Problems[2].Fields.Progress.Should().EndWith("处理结果：责令改正，已安装油烟净化设施。");
    }

    [Fact]
    public void ProblemsGroupedUnderCountiesInBracketsAndNumbered1CloseBracketKeepTheirGroupsAndMeasures()
    {
        // 183: 【赫山区】 / 1.… / 2.… / 【资阳区】 / 3.…: each group title the category of the problems below it.
        var doc = Doc("183_county_groups_bracket_headings");
        doc.Problems.Select(p => p.Categories.Last()).Should().Equal("【赫山区】", "【赫山区】", "【资阳区】");
        doc.Problems[1].Measures.Select(m => m.Text).Should().Equal("逐场核查粪污处理设施；", "对直排养殖场依法查处并限期整改。");
        // 185: 1) 县城区… / 整改目标:….  / 整改措施: / ①…; / ②…. — Latin punctuation throughout.
        var latin = Doc("185_half_paren_numbering");
        latin.Problems.Select(p => p.Label).Should().Equal("1)", "2)", "3)");
        latin.Problems.Select(p => p.Measures.Count).Should().Equal(2, 2, 2);
        latin.Problems[1].Measures[1].Text.Should().Be("推广秸秆还田和饲料化利用.");
        latin.Metadata.IssuingBody.Should().Be("中共兰考县委办公室、兰考县人民政府办公室");
    }

    [Fact]
    public void LabelsAloneOverTheirValuesAndASignatureDatedWithALetterO()
    {
        // 184: 问题1 / 问题描述 / … / 整改目标 / … / 整改完成情况 / …, signed …办公室 / 二O二三年十二月五日.
        var doc = Doc("184_label_lines_problem_n");
        doc.Problems.Select(p => p.FeedbackNo).Should().Equal("问题1", "问题2");
        doc.Problems[1].Fields.Progress.Should().StartWith("整改完成情况：已完成支流清淤疏浚12.6公里");
        doc.Sections.Single(s => s.Heading == "监督电话").Text.Should().Be("0728-3262110");
        doc.Metadata.IssuingBody.Should().Be("仙桃市生态环境保护督察整改工作领导小组办公室");
        TextShapesDate("二O二三年十二月五日").Should().Be("2023-12-05");
        TextShapesDate("二0二一年九月八日").Should().Be("2021-09-08");
    }

    [Fact]
    public void AWordTableOfOneRecordsFieldsAsRowsIsAProblemPerTable()
    {
        // 186: 项目→内容 / 问题序号→1 / 反馈问题→… / 整改目标→… / … / 整改进展→…, then the next table.
        var doc = Doc("186_key_value_rows_per_problem");
        doc.Problems.Select(p => p.FeedbackNo).Should().Equal("反馈问题1", "反馈问题2");
        doc.Problems.Select(p => p.Fields.Progress).Should().Equal("整改进展：已完成5家企业封闭改造，土壤调查正在进行", "整改进展：序时推进");
        doc.Problems[0].Fields.LeadUnits.Should().Equal("示范区生态环境局");
        doc.Problems[0].Fields.ResponsibleUnits.Should().Equal("示范区生态环境局", "示范区工业和信息化局");
    }

    private static string? TextShapesDate(string line) => Rectify.Search.Core.Parsing.TextShapes.ParseDateLine(line);

    [Fact]
    public void AHeaderOnTwoRowsNamesTheSplitColumnsAndTheTextAfterATableIsKept()
    {
        // 189: 序号 反馈问题 整改目标 责任单位 ␉ 整改时限 整改措施 / ␉␉␉牵头单位 配合单位 — the second row was read as problem 1.
        var doc = Doc("189_two_row_header_table");
        doc.Problems.Select(p => p.Label).Should().Equal("1", "2", "3");
        doc.Problems[1].Fields.LeadUnits.Should().Equal("县城市管理和综合执法局");
        doc.Problems[1].Fields.SupportUnits.Should().Equal("县市场监督管理局");
        doc.Problems[2].Fields.DeadlineRaw.Should().Be("2022年12月底");
        doc.Problems[0].Measures.Select(m => m.Text).Should().Equal("开展支流沿线污染源排查；", "实施农村生活污水治理。");
        // 188: 一、关于…的问题。 / 整改情况：… / 整改成效：…; 190 its repost with a title of its own.
        var notice = Doc("188_guanyu_items_progress");
        notice.Problems.Select(p => p.Text).Should().Equal("关于归阳镇部分砂石场无证开采的问题。", "关于县城污水处理厂尾水总磷超标排放的问题。", "关于白地市镇畜禽养殖污染扰民的问题。");
        notice.Problems[1].Fields.Progress.Should().EndWith("整改成效：改造完成后连续三个月出水稳定达到一级A标准。");
    }

    [Fact]
    public void ATableWhoseColumnsAreItsProblemsIsReadAProblemPerColumn()
    {
        // 194: 项目 | 问题一 | 问题二 / 反馈问题 | … | … / 整改目标 | … | … / … / 整改情况 | … | ….
        var doc = Doc("194_transposed_table_columns_are_problems");
        doc.Problems.Select(p => p.Text).Should().Equal("县城生活垃圾填埋场渗滤液处理设施运行不稳定", "部分乡镇集中式饮用水水源保护区内存在生活污水直排");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2023年3月底前", "2023年6月底前");
        doc.Problems.Select(p => p.Fields.Progress).Should().Equal("已完成渗滤液处理设施提标改造，出水稳定达标", "已完成4处直排口截污，建设污水收集管网2.1公里");
        doc.Diagnostics.Should().Contain(d => d.Code == "table-transposed");
    }

    [Fact]
    public void ATraditionalCopyOfATableWhoseColumnsAreItsProblemsIsTurnedAsTheOriginalIs()
    {
        // 194's shape in traditional characters (項目 | 問題一 | 問題二): the corner and the records' names are matched folded,
        // the cells kept as printed. Before, the copy read as one problem of both columns.
        var doc = Seeds.ParseText(string.Join("\n",
            "通道侗族自治縣第二輪省生態環境保護督察反饋問題整改完成情況公示",
            "",
            "項目\t問題一\t問題二",
            "反饋問題\t縣城生活垃圾填埋場滲濾液處理設施運行不穩定\t部分鄉鎮飲用水水源保護區內存在生活污水直排",
            "整改目標\t滲濾液穩定達標處理\t飲用水水源保護區內無排污口",
            "整改時限\t2023年3月底前\t2023年6月底前"), "transposed_trad");
        doc.Problems.Select(p => p.Text).Should().Equal("縣城生活垃圾填埋場滲濾液處理設施運行不穩定", "部分鄉鎮飲用水水源保護區內存在生活污水直排");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2023年3月底前", "2023年6月底前");
        doc.Diagnostics.Should().Contain(d => d.Code == "table-transposed" && d.Message.Contains("項目 | 問題一 | 問題二"));
    }

    [Fact]
    public void TheInspectionsComplaintTableKeepsEachAccountUnderItsColumnsName()
    {
        // 195: 序号 受理编号 交办问题基本情况 行政区域 污染类型 调查核实情况 是否属实 处理和整改情况 责任人被处理情况.
        var doc = Doc("195_complaint_table_standard_columns");
        doc.Problems.Select(p => (p.Text, p.Fields.Location)).Should().Equal(
            ("景洪市嘎洒镇某橡胶加工厂废水直排南阿河，臭味大", "景洪市"),
            ("勐海县勐遮镇部分茶叶初制所烧柴烟尘扰民", "勐海县"),
            ("勐腊县勐仑镇某砂石场夜间生产噪声扰民", "勐腊县"));
        doc.Problems[2].Fields.Progress.Should().Be("调查核实情况：经现场核查，该砂石场手续齐全，夜间未生产，噪声监测达标\n是否属实：不属实\n处理和整改情况：督促企业加强管理，严格落实夜间禁止生产规定\n责任人被处理情况：无");
    }

    [Fact]
    public void BulletsBeforeLabelsAndARepostsDisclaimerAreNoText()
    {
        // 197: ◆ 问题：… / ◆ 整改目标：… / ◆ 责任单位：… / ◆ 整改情况：…; 198 its traditional repost on a forum.
        var doc = Doc("197_diamond_bullets_notice");
        doc.Problems.Select(p => p.Text).Should().Equal("城子河区部分煤矿矸石山未落实防尘抑尘措施，扬尘污染较重", "穆棱河城子河段部分河道存在生活垃圾堆放");
        doc.Problems[1].Fields.ResponsibleUnits.Should().Equal("区水务局", "各街道办事处");
        var mirror = Doc("198_trad_forum_mirror_of_197");
        mirror.Sections.Single(s => s.Heading == "落款").Text.Should().Be("雞西市城子河區生態環境保護督察整改工作領導小組辦公室\n2024年6月3日");
        // 196: 问题１： with full-width digits, 整改要求 / 完成时限 / 牵头部门 / 配合部门.
        Doc("196_fullwidth_digits_bumen_labels").Problems.Select(p => p.Fields.SupportUnits.Count).Should().Equal(2, 2);
    }

    [Fact]
    public void AProblemLabelNumberedAsAnItemOfTheFeedback()
    {
        // 202: 督察反馈问题第5项：… / 整改目标：… / 责任单位：… / 整改完成情况：… — the first read as front matter, both as one.
        var doc = Doc("202_disu_xiang_labels");
        doc.Problems.Select(p => (p.FeedbackNo, p.Text)).Should().Equal(
            ("督察反馈问题第5项", "龙津溪长泰段部分河段水质不稳定达标"), ("督察反馈问题第9项", "部分石材加工企业废水循环利用不到位"));
        doc.Problems[1].Fields.Progress.Should().Be("整改完成情况：已完成27家石材加工企业废水循环利用设施改造。");
        // 199: （1）…。整改进展：… on one line, under 一、水污染防治方面.
        Doc("199_inline_progress_after_finding").Problems.Select(p => p.Fields.Progress?[..6]).Should().Equal("整改进展：已", "整改进展：已", "整改进展：已");
    }

    [Fact]
    public void ATablesTotalRowIsNoProblemAndShortLabelsAreFields()
    {
        // 204: 合计 | 共3项，已完成1项，序时推进2项 under the last row — read as a fourth problem.
        var table = Doc("204_table_with_total_row");
        table.Problems.Select(p => p.Label).Should().Equal("1", "2", "3");
        table.Sections.Single(s => s.Heading == "表后说明").Text.Should().StartWith("合计");
        // 205: 目标：… / 时限：… / 单位：… / 措施：1.…；2.… under （一） — read no problem. 单位 alone is not yet a label
        // (a seed breaks 〔责任 / 单位：县发改委] over two lines): the units stay with the deadline line.
        var plan = Doc("205_abbreviated_labels");
        plan.Problems.Select(p => p.Fields.Target).Should().Equal("2022年底前全部完成超低排放改造。", "沿线村庄生活污水得到有效治理。");
        plan.Problems.Select(p => p.Measures.Count).Should().Equal(2, 2);
        // 206: 广西壮族自治区生态环境厅关于钦州市灵山县…的通报 — the region's department, not the county.
        Doc("206_region_dept_notice_about_county").Metadata.Region!.Code.Should().Be("450000");
    }

    [Fact]
    public void FindingsToldAsParagraphsCountedInWordsEachWithItsAccount()
    {
        // 203: 一是南明河…问题。整改情况：… / 二是…问题。整改情况：… / 三是… / 下一步，各单位要… — read no problem.
        var doc = Doc("203_yishi_top_level_problems");
        doc.Problems.Select(p => (p.Label, p.Text)).Should().Equal(
            ("一", "南明河南明段部分支流雨季溢流污染问题。"), ("二", "部分餐饮集中区油烟扰民问题。"), ("三", "建筑工地扬尘管控不到位问题。"));
        doc.Problems[2].Fields.Progress.Should().Be("整改情况：已对在建工地开展扬尘专项检查4轮，责令整改问题43个，立案处罚3起。");
        doc.Sections.Should().Contain(s => s.Heading == "工作要求" && s.Text.StartsWith("下一步，各单位要"));
        // 167's measures, 整改措施：一是…二是…三是…, tell nothing done after a label: they stay its measures.
        Doc("167_domain_groups_paren_fields_yishi").Problems.Select(p => p.Measures.Count).Should().Equal(3, 2, 2);
    }

    [Fact]
    public void RuleLinesBetweenProblemsAndShortLabelsInAProblemsBracket()
    {
        // 209: ———————— between the problems of a 公告: read into each progress and into the issuer's name.
        var notice = Doc("209_announcement_separator_lines");
        notice.Metadata.IssuingBody.Should().Be("大同市云冈区生态环境保护委员会办公室");
        notice.Problems[1].Fields.Progress.Should().Be("整改完成情况：已完成12家洗煤企业储煤棚建设，煤泥全部入棚入仓。");
        // 210: 一、…滞后（牵头：区自然资源局；配合：区林业局、相关乡镇；时限：2023年12月底前） — the finding was cut at 牵头.
        var plan = Doc("210_bracket_short_labels");
        plan.Problems[0].Text.Should().Be("部分稀土开采遗留矿区生态修复进度滞后");
        plan.Problems[0].Fields.SupportUnits.Should().Equal("区林业局", "相关乡镇");
        plan.Problems[1].Fields.DeadlineRaw.Should().Be("2022年12月底前");
    }

    [Fact]
    public void FindingsNamedInQuotesTasksNumberedUnderTheirProblemAndAnUndatedSignature()
    {
        // 213: 关于“叙州区…污水收集率低”的问题。 / 整改情况：… — read no problem.
        var notice = Doc("213_guanyu_quoted_notice");
        notice.Problems.Select(p => p.Text).Should().Equal(
            "叙州区部分乡镇生活污水处理设施建成后长期闲置，配套管网不完善，污水收集率低。",
            "长宁县、珙县部分煤矿矿井水未经处理直接外排，影响南广河水质。",
            "宜宾临港经济技术开发区化工园区环境风险防控体系不健全，部分企业挥发性有机物无组织排放。",
            "翠屏区部分建筑工地、道路扬尘管控不到位，城区PM2.5浓度不降反升。");
        notice.Problems[1].Fields.Progress.Should().StartWith("整改情况：长宁县、珙县督促相关煤矿新建矿井水处理设施9套");
        // 212: 任务1-1　…, each with 责任单位：…　完成时限：… under it — read into the problem's target and deadline.
        var tasks = Doc("212_task_numbers_hyphen");
        tasks.Problems[0].Fields.Target.Should().Be("涉水重点企业稳定达标排放，郁江贵港段国控断面水质保持Ⅱ类，主要支流消除劣Ⅴ类。");
        tasks.Problems.Select(p => p.Measures.Count).Should().Equal(3, 3, 3);
        var second = tasks.Problems[0].Measures[1];
        second.Ordinal.Should().Be("任务1-2");
        second.Text.Should().StartWith("督促重点涉水企业全部安装在线监测设备并与生态环境部门联网。");
        second.ResponsibleUnits.Should().Equal("市生态环境局", "市工业和信息化局");
        second.Deadline!.Date.Should().Be("2023-12-31");
        // 214: 中共黄骅市委办公室 / 黄骅市人民政府办公室, undated, closing the plan — read into its last measure.
        var plan = Doc("214_circled_problems_plan");
        plan.Problems[^1].Measures[^1].Text.Should().Be("健全湿地保护管理制度，落实湿地保护红线管控要求。");
        plan.Metadata.Region!.Code.Should().Be("130983");
    }

    [Fact]
    public void ItemsNumberedAboveTheirLinesUnnumberedLabelsAndOneCharacterNumbers()
    {
        // 215, a WeChat copy: 01 / 问题：… / 整改情况：… / 02 / … — read no problem (labels without a number were no
        // findings, and 01 was a line of text); 阅读原文 under the signature is the page's.
        var wechat = Doc("215_wechat_01_numbers");
        wechat.Problems.Select(p => (p.Label, p.Text)).Should().Equal(
            ("1", "岷江犍为段部分支流总磷浓度超标，沿岸农村生活污水直排现象突出。"),
            ("2", "部分磷化工企业磷石膏渣场防渗不到位，渗滤液收集处理设施不完善。"),
            ("3", "城区部分餐饮服务单位油烟净化设施未正常使用，群众反映强烈。"));
        wechat.Problems[2].Fields.Progress.Should().EndWith("相关信访件全部办结，群众满意度明显提升。");
        wechat.Sections.Single(s => s.Heading == "落款").Text.Should().Be("犍为县生态环境保护督察整改工作领导小组办公室\n2023年6月30日");
        // 217: ⑴ ⑵ ⑶ (a word processor's numbers in one character) — ⑵ was read into ⑴'s last measure.
        var plan = Doc("217_paren_digit_chars");
        plan.Problems.Select(p => p.Label).Should().Equal("⑴", "⑵", "⑶");
        plan.Problems[1].Measures.Select(m => m.Text).Should().Equal("推进养殖池塘标准化改造，建设尾水净化区；", "开展入海排污口排查整治；", "加强近岸海域水质监测。");
        // 218: ㈠反馈问题：… — ㈠ was left in the preamble.
        Doc("218_paren_ideograph_numbers").Problems.Select(p => p.Label).Should().Equal("㈠", "㈡");
        Doc("218_paren_ideograph_numbers").Sections[0].Text.Should().EndWith("公示如下：");
    }

    [Fact]
    public void AnOcrCopysLabelsAndDatesAndFindingsListedAloneOrWithAStatusInBrackets()
    {
        // 219, an OCR copy: 整改日标：, 责仼单位：, 整改时隈：, 整改措旅： and 2O22年3月1O日 — read no problem and no date.
        var ocr = Doc("219_ocr_label_typos");
        ocr.Metadata.Date.Should().Be("2022-03-10");
        ocr.Problems.Select(p => p.Measures.Count).Should().Equal(3, 3, 2);
        ocr.Problems[1].Fields.Target.Should().Be("2023年底前建制镇污水处理设施全覆盖，夫夷江出境断面水质稳定达到Ⅱ类。");
        ocr.Problems[2].Fields.DeadlineRaw.Should().Be("2022年9月底前");
        ocr.Diagnostics.Should().Contain(d => d.Code == "ocr-label" && d.Message.Contains("整改日标 for 整改目标"));
        // 222: 以下4个…反馈问题已达到销号条件，现予以公告： then 一、…。 二、…。 — nothing else; read none.
        var listed = Doc("222_numbered_findings_no_fields");
        listed.Problems.Select(p => p.Label).Should().Equal("一", "二", "三", "四");
        listed.Problems.Should().OnlyContain(p => !p.Fields.Truncated);
        listed.Problems[3].Text.Should().Be("部分小微企业危险废物贮存不规范，台账管理混乱。");
        listed.Sections.Should().Contain(s => s.Heading == "公示说明" && s.Text.StartsWith("公告期间，如有异议"));
        // 220: 1.…超标。（整改状态：已完成） — read none.
        Doc("220_abbrev_prefecture_status_brackets").Problems.Select(p => p.Fields.Progress).Should().Equal(
            "整改状态：已完成", "整改状态：已完成", "整改状态：序时推进", "整改状态：序时推进");
    }

    [Fact]
    public void ANumberedListWithoutAnAnnouncementInANewsPageIsNoList()
    {
        // The same four findings under a news title and an opening that announces nothing: no problem is read.
        var text = "温岭市召开生态环境保护工作会议\n会议指出，当前我市生态环境保护工作仍面临以下突出短板：\n"
            + "一、温岭市东部新区部分鞋业企业喷胶、印刷工序废气收集处理不到位。\n二、金清港部分支流沿岸生活污水直排，水质长期为劣Ⅴ类。";
        Seeds.ParseText(text, "news").Problems.Should().BeEmpty();
    }

    [Fact]
    public void ANumberedLabelAloneAStatusTagAndFieldsWithoutColonsAfterAFinding()
    {
        // 224: 问题一 alone, the finding on the line below, then 整改目标 / … alone over their values — read one problem,
        // the second's label and finding inside the first's last measure.
        var plan = Doc("224_lone_labels_below_problem_number");
        plan.Problems.Select(p => (p.FeedbackNo, p.Text)).Should().Equal(
            ("问题一", "沅江市南洞庭湖自然保护区核心区内仍有部分杨树未清理到位，部分矮围未拆除。"),
            ("问题二", "沅江市部分农村生活垃圾收运体系不健全，河湖沿岸垃圾乱堆乱放。"));
        plan.Problems[0].Measures[^1].Text.Should().Be("加强保护区巡护执法，严防反弹。");
        // 225: (1)【已完成】武平县… — the tag is the problem's status, not its words.
        var tagged = Doc("225_status_tag_before_problem").Problems;
        tagged[0].Text.Should().StartWith("武平县部分稀土矿区");
        tagged[2].Fields.Progress.Should().StartWith("序时推进\n整改情况：县城污水处理厂提标改造工程已完成主体建设");
        // 226: 1.…存在环境风险。整改时限2023年6月底，整改进展已完成，… — read none.
        var report = Doc("226_runin_fields_without_colons");
        report.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2023年6月底", "2023年3月底", "2023年9月底");
        report.Problems[0].Fields.Progress.Should().Be("整改进展：已完成，浏阳市建成废药集中销毁中心，企业废药全部规范转移处置。");
        report.Problems[2].Categories.Should().Equal("（二）株洲市");
    }

    [Fact]
    public void MeasuresCountedWithoutALabelAndMeasuresBeforeTheTarget()
    {
        // 227: （一）…超负荷运行。 / 一是…二是…三是… / 责任单位：…　完成时限：… — read one problem holding the other.
        var plan = Doc("227_yishi_without_measures_label");
        plan.Problems.Select(p => p.Measures.Count).Should().Equal(3, 3);
        plan.Problems[1].Measures[0].Text.Should().Be("开展汨罗江非法采砂专项整治，依法打击非法采砂行为。");
        plan.Problems[1].Fields.DeadlineRaw.Should().Be("2025年6月底前");
        // Failings counted 一是…二是… after a finding, before its 整改目标, are the finding's own words.
        var failings = Seeds.ParseText(
            "（一）汨罗江沿岸部分乡镇非法采砂问题反弹。\n一是部分河段夜间偷采；二是堆砂场未清理。\n整改目标：非法采砂得到遏制。\n整改措施：1.开展专项整治。\n"
            + "（二）部分乡镇生活污水直排。\n整改目标：污水全部收集处理。\n整改措施：1.建设管网。", "f").Problems;
        failings.Select(p => p.Measures.Count).Should().Equal(1, 1);
        failings[0].Text.Should().Contain("一是部分河段夜间偷采");
        // 229: 1、… / 主要措施：… / 完成标志：… / 责任单位：… — read one problem, the others in its fields.
        var list = Doc("229_completion_marks_label");
        list.Problems.Select(p => p.Fields.Target).Should().Equal(
            "建材企业全部完成超低排放改造并稳定达标排放。", "平原地区散煤基本清零。", "金堤河沿线入河排污口全部完成溯源整治，出境断面水质达到考核要求。");
        list.Problems[1].Measures.Should().ContainSingle().Which.Text.Should().Be("开展散煤复烧专项排查，落实清洁取暖运行补贴，保障天然气供应。");
    }

    [Fact]
    public void AMarkdownCopyItemsNumberedInBracketsAndAReportsLabels()
    {
        // 231: ### 问题1：… / **整改目标**：… / - 开展… — a Markdown copy read as printed: three problems, their fields and
        // their bulleted measures; the site's reposting note (*本文转载自…如有侵权请联系删除。*) is no part of the signature.
        var markdown = Doc("231_markdown_copy_bold_labels");
        markdown.Problems.Select(p => p.Title).Should().Equal(
            "县城污水处理厂进水浓度偏低，城区部分老旧管网破损渗漏", "部分稀土矿山开采后未及时开展生态修复，废弃稀土矿区水土流失严重",
            "部分乡镇农村生活垃圾收运不及时，河道沿岸垃圾乱堆乱放");
        markdown.Problems[1].Fields.Target.Should().Be("2025年底前完成废弃稀土矿区生态修复治理面积1.2万亩。");
        markdown.Problems[1].Measures.Select(m => m.Text).Should().Equal(
            "编制废弃稀土矿山生态修复专项规划，分年度实施；", "推进稀土矿区尾水收集处理，加强矿区周边河流氨氮监测；", "严厉打击非法开采稀土行为，对违法案件依法查处。");
        markdown.Sections.Single(s => s.Heading == "落款").Text.Should().StartWith("中共宁都县委办公室").And.EndWith("2022年3月8日");
        // A masked name (张**) in a copy with no Markdown headings stays as printed.
        Rectify.Search.Core.Parsing.PageNoise.IsMarkdown(["1.张**、李**反映某厂夜间噪声扰民", "整改措施：责令整改"]).Should().BeFalse();
        // 232: 【第1项】 alone over 存在问题：… — the number is the item's, not the last words of the item before.
        var notice = Doc("232_cunzai_wenti_chengxiao_labels");
        notice.Problems.Select(p => p.Label).Should().Equal("1", "2", "3");
        notice.Problems[0].Fields.Progress.Should().Be("整改成效：城西湖退养还湖任务全面完成，湖区水质稳定达到Ⅲ类。\n销号情况：已销号");
        // 234: 举报内容：… is a complaint's finding; 处理整改情况 and 问责情况 report what was done.
        var reports = Doc("234_bianduobiangai_forwarded_reports");
        reports.Problems.Select(p => p.Title).Should().Equal(
            "英德市望埠镇某石场开采时粉尘大，运输车辆扬尘污染道路两旁农作物", "英德市连江口镇某养猪场粪水直排连江支流，臭味扰民");
        reports.Problems[1].Fields.Progress.Should().EndWith("处理整改情况：责令养殖场扩建粪污贮存池，配套建设异位发酵床，粪污全部资源化利用；对溢流污染沟渠进行清理。\n问责情况：对连江口镇分管负责同志进行约谈。");
    }

    [Fact]
    public void ADeadlineInBracketsShortLabelsInBracketsAndAnIssueLineInBrackets()
    {
        // 238: （一）…存在渗漏风险（2022年底前完成） / 责任单位：… / 1）… 2）… 3）… — the bracket is the deadline, the items
        // numbered from 1 after the fields are the measures.
        var plan = Doc("238_bare_deadline_in_title_brackets");
        plan.Problems.Select(p => (p.Title, p.Fields.DeadlineRaw, p.Measures.Count)).Should().Equal(
            ("秦岭北麓部分区域尾矿库闭库治理滞后，个别尾矿库存在渗漏风险", "2022年底前完成", 3),
            ("乾佑河部分河段违规修建的农家乐、小水电未完成清理整治", "2023年6月底前完成", 3),
            ("县城集中式饮用水水源地保护区内仍有居民生活污水直排", "2022年9月底前完成", 3));
        plan.Problems[2].Measures[2].Text.Should().Be("加强水源地水质监测。");
        // 237: 1.【问题】…【目标】…【措施】…【单位】…【时限】… on one line — 【单位】 is 责任单位 (in brackets only: 单位：万元
        // heads a table's figures), the number stays with its problem, and (阆中市人民政府 2022年11月4日印发) dates it.
        var list = Doc("237_short_bracket_labels_inline");
        list.Problems.Select(p => p.Label).Should().Equal("1", "2", "3", "4");
        list.Problems[0].Fields.ResponsibleUnits.Should().Equal("市交通运输局", "市海事处", "南充市阆中生态环境局");
        list.Problems[0].Measures.Should().ContainSingle().Which.Text.Should().Be("建设港口船舶污染物接收设施3处；推行船舶污染物电子联单管理；开展船舶污染专项执法检查。");
        list.Metadata.Date.Should().Be("2022-11-04");
        list.Metadata.IssuingBody.Should().Be("阆中市人民政府");
        Rectify.Search.Core.Parsing.FieldLabels.TryMatch(Rectify.Search.Core.Parsing.DualText.Of("单位：万元"), out _).Should().BeFalse();
        // 236: 存在困难：… and 下一步计划：… report on the problem; they are not the notice's signature.
        var report = Doc("236_yiwen_yibiao_progress");
        report.Problems[2].Fields.Progress.Should().Be(
            "整改进展：新建改造垃圾中转站6座，配置渗滤液收集罐，城区生活垃圾日产日清。\n存在困难：无\n下一步计划：加强日常监管，巩固整改成效。\n整改状态：已完成");
        report.Sections.Should().NotContain(s => s.Heading == "落款");
    }

    [Fact]
    public void BulletedItemsInspectorsNumbersInBracketsAndAPhonesNarrowColumn()
    {
        // 239: ◎ 县城周边…群众反映强烈。 / 整改目标：… / ◎ 泜河… — each bulleted line over its fields is a problem.
        var plan = Doc("239_double_circle_bullets");
        plan.Problems.Select(p => (p.Label, p.Measures.Count)).Should().Equal(("1", 3), ("2", 3), ("3", 3));
        plan.Problems[1].Title.Should().Be("泜河临城段部分河段存在生活垃圾和建筑垃圾倾倒现象，河道行洪和水质受到影响");
        // Bullets before measures (no field below each) stay measures.
        var measures = Seeds.ParseText(
            "1.部分乡镇生活污水直排。\n整改目标：污水全部收集处理。\n整改措施：\n◎ 建设管网；\n◎ 新建污水站。\n2.部分工地扬尘。\n整改目标：扬尘得到管控。\n整改措施：\n◎ 开展扬尘检查。", "b").Problems;
        measures.Select(p => p.Measures.Count).Should().Equal(2, 1);
        // 241: 1.（反馈问题第12项）响水生态化工园区… — the inspectors' number, not the finding's words.
        var coded = Doc("241_feedback_item_codes_prefix").Problems;
        coded.Select(p => p.FeedbackNo).Should().Equal("反馈问题第12项", "反馈问题第15项", "反馈问题第21项");
        coded[0].Title.Should().Be("响水生态化工园区关停后，部分企业遗留危险废物未处置到位，存在环境风险");
        // 242: a phone's column of 13 characters — title, findings and accounts joined where a line is filled to it.
        var phone = Doc("242_narrow_hard_wrap_mobile");
        phone.Metadata.Title.Should().Be("凌源市关于中央生态环境保护督察反馈问题整改完成情况的公示");
        phone.Problems.Select(p => p.Title).Should().Equal(
            "凌源市部分铁矿采选企业尾矿库未按要求建设排洪设施，存在安全环境隐患", "大凌河凌源段部分支流沿岸畜禽养殖粪污直排，支流水质不稳定");
        phone.Problems[1].Fields.Progress.Should().Be("整改情况：关闭搬迁禁养区内养殖场14家，规模养殖场粪污处理设施配套率达到100%，大凌河凌源段支流水质稳定达到Ⅳ类。");
    }

    [Fact]
    public void FindingsClosedByTheirFieldsFullWidthBarsAndTriangleBullets()
    {
        // 243: ①…⑫ each a finding closed by （责任单位：…；完成时限：…）, no field line anywhere — twelve problems.
        var list = Doc("243_circled_numbers_past_ten");
        list.Problems.Should().HaveCount(12);
        list.Problems[10].Label.Should().Be("⑪");
        list.Problems[10].Fields.ResponsibleUnits.Should().Equal("市住建局", "市公安局");
        list.Problems[11].Fields.DeadlineRaw.Should().Be("2023年6月底");
        // The same closing brackets on measures under 整改措施： stay measures.
        var measures = Seeds.ParseText(
            "1.部分乡镇生活污水直排。\n整改目标：污水全部收集处理。\n整改措施：\n①新建管网5公里。（责任单位：县住建局；完成时限：2023年6月底）\n②新建污水站2座。（责任单位：县住建局；完成时限：2023年12月底）\n"
            + "2.部分工地扬尘。\n整改目标：扬尘得到管控。\n整改措施：\n①开展扬尘检查。（责任单位：县住建局；完成时限：2023年3月底）", "m").Problems;
        measures.Select(p => p.Measures.Count).Should().Equal(2, 1);
        // …and so do they right under a finding numbered otherwise.
        var underFinding = Seeds.ParseText(
            "一、整改任务\n1.部分乡镇生活污水直排。\n①新建管网5公里。（责任单位：县住建局；完成时限：2023年6月底）\n②新建污水站2座。（责任单位：县住建局；完成时限：2023年12月底）\n"
            + "2.部分工地扬尘。\n①开展扬尘检查。（责任单位：县住建局；完成时限：2023年3月底）", "u").Problems;
        underFinding.Select(p => (p.Label, p.Measures.Count)).Should().Equal(("1", 2), ("2", 1));
        underFinding[0].Measures[1].Text.Should().StartWith("新建污水站2座。");
        // 245: 整改目标｜2024年底前… — a full-width bar parts label and value.
        var bars = Doc("245_fullwidth_bar_field_rows");
        bars.Problems.Select(p => p.Fields.Target).Should().Equal(
            "2024年底前老哈河甸子断面水质稳定达到Ⅳ类。", "2023年10月底前完成供热锅炉超低排放改造。", "2025年底前完成废弃矿坑生态修复。");
        bars.Problems[0].Measures.Should().HaveCount(3);
        // 246: ▲ before each finding, 整改情况：… below.
        Doc("246_triangle_items_account").Problems.Select(p => p.Title).Should().Equal(
            "清水江凯里段部分支流沿岸生活污水直排，支流水质为劣Ⅴ类", "凯里经济开发区部分企业危险废物台账不规范，贮存场所未设置标识", "城区部分道路扬尘污染较重，渣土车抛洒滴漏");
    }

    [Fact]
    public void AFindingNamedInQuotesAfter针对IsTheProblemsText()
    {
        // 249: （一）针对“淘汰落后焦化产能进度滞后，4.3米焦炉仍未按期关停”问题。 over 整改目标：… 整改措施：1.…；2.…；3.….
        var doc = Doc("249_zhendui_quoted_problem_paragraphs");
        doc.Problems.Select(p => p.Title).Should().Equal(
            "淘汰落后焦化产能进度滞后，4.3米焦炉仍未按期关停", "城区及周边冬季燃煤散烧问题突出，清洁取暖改造滞后", "孝河入汾断面氨氮浓度超标，城区污水处理厂提标改造未完成");
        doc.Problems[0].Measures.Should().HaveCount(3);
        doc.Problems[0].Fields.DeadlineRaw.Should().Be("2021年12月31日前");
        // The seeds' 针对“镉大米”事件作出重要批示 names a quotation inside a finding: no heading, left as printed.
        Seeds.Plan(Seeds.Baojing).Problems[1].Title.Should().StartWith("习近平总书记高度重视食品安全，曾专门针对“镉大米”事件");
    }

    [Fact]
    public void ANewsExplainersPlainQuestionsAreItsFieldsAndItsLinksBelowAreNone()
    {
        // 250: 一图读懂｜…整改方案来了 / 问题1　… / 改什么：… 怎么改：… 谁来改：…牵头，…配合 改到啥时候：… / 推荐阅读 over a link.
        var doc = Doc("250_media_plain_language_labels");
        doc.Metadata.Title.Should().Be("一图读懂｜威县生态环境保护督察反馈问题整改方案来了");
        doc.Problems.Select(p => p.Title).Should().Equal("县城建成区部分路段扬尘污染突出", "部分规模养殖场粪污处理设施不配套", "工业固体废物管理不规范");
        doc.Problems[0].Text.Should().Contain("渣土车沿路抛洒");
        doc.Problems[0].Fields.LeadUnits.Should().Equal("县住建局");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2022年12月底，并长期坚持", "2022年10月底", "2022年9月底");
        doc.Problems[2].Measures.Should().ContainSingle().Which.Text.Should().StartWith("开展危险废物规范化环境管理专项检查");
    }

    [Fact]
    public void AWorkPlansStagesWithUnitsAndDeadlinesAreNoProblems()
    {
        // 253: 二、工作步骤 / （一）动员部署阶段（2022年5月上旬）。召开… / 责任单位：县督察整改办 / 完成时限：2022年5月15日前 / ….
        // Units and a deadline name no failing: without a finding, a target or measures there is no problem to read.
        var doc = Doc("253_work_plan_stages_labelled");
        doc.Problems.Should().BeEmpty();
        doc.Sections.Single(s => s.Heading == "工作步骤").Children.Select(s => s.Heading).Should().Equal(
            "动员部署阶段（2022年5月上旬）", "集中整改阶段（2022年5月—2022年12月）", "验收销号阶段（2023年1月—2023年6月）");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("360825", "2022-05-10"));
    }

    [Fact]
    public void ATraditionalMirrorsCornerQuotedFindingsAreItsProblemsText()
    {
        // 254: a forum's traditional copy of 249, 針對「…」問題。 for 针对“…”问题。, 回覆 | 引用 | 舉報 under its signature.
        var mirror = Doc("254_trad_forum_mirror_of_249_corner_quotes");
        mirror.Metadata.Title.Should().Be("孝義市關于中央第二生態環境保護督察組督察反饋意見整改落實方案");
        mirror.Problems.Select(p => p.Title).Should().Equal(
            "淘汰落後焦化產能進度滯後，4.3米焦爐仍未按期關停", "城區及週邊鼕季燃煤散燒問題突齣，清潔取暖改造滯後", "孝河入汾斷面氨氮濃度超標，城區汙水處理廠提標改造未完成");
        mirror.Sections.Should().ContainSingle(s => s.Heading == "落款").Which.Text.Should().Be("孝義市人民政府\n2021年3月26日");
    }

    [Fact]
    public void ParenthesisedFindingsWithLabelsAfter整改AreTheProblemsAndTheirSafeguardsNone()
    {
        // 257: 二、整改任务 / （1）汉江洋县段…不能稳定达标。 / 整改责任领导：… / 整改责任单位：… / 督办单位：… / 整改要求：… /
        // 整改措施：1.…；2.…；3.… / （2）…; then 三、保障措施 （一）…（二）…. 整改责任领导 had been read as a finding 整改 with a
        // leader after it, and each next finding as the end of the measure above.
        var doc = Doc("257_county_plan_paren_problems_leader_supervisor_labels");
        doc.Problems.Select(p => p.Title).Should().Equal(
            "汉江洋县段部分支流入河排污口排查整治不彻底，个别排污口污水直排，支流水质不能稳定达标",
            "朱鹮国家级自然保护区实验区内仍有违规采砂行为，河道生态受到破坏",
            "县城生活垃圾填埋场渗滤液处理能力不足，渗滤液积存量大，存在环境风险");
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 3, 3);
        doc.Problems[1].Measures[2].Text.Should().Be("对受损河段实施河床平整和植被恢复。");
        doc.Problems[1].Fields.Leaders.Should().Equal("县政府分管副县长");
        doc.Problems[1].Fields.LeadUnits.Should().Equal("县水利局");
        doc.Problems[2].Fields.Target.Should().Be("渗滤液处理能力满足需要，积存渗滤液全部处理达标。");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("610723", "2021-12-10"));
    }

    [Fact]
    public void ATableCopiedOutOfAPdfWithCellsPartedBySpacesIsReadByItsHeader()
    {
        // 258: 序号 反馈问题 责任单位 整改时限 整改进展 完成情况 / 1 丹江商州段…河床裸露。 市水利局、商州区政府 2022年底 已完成…。 已完成 /
        // …; signed under the rows, 2023 (the title's 截至2022年12月底 is no date of issue).
        var doc = Doc("258_pdf_table_copy_space_separated_rows");
        doc.Problems.Select(p => p.Title).Should().Equal(
            "丹江商州段部分河道采砂后未及时修复，河床裸露", "部分尾矿库闭库治理滞后，存在环境安全隐患",
            "洛南县部分规模养殖场粪污处理设施不配套", "中心城区部分路段餐饮油烟扰民问题群众反映强烈");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2022年底", "2023年底", "2022年底", "2022年底");
        doc.Problems[1].Fields.ResponsibleUnits.Should().Equal("市应急管理局", "市生态环境局");
        doc.Problems[1].Fields.Progress.Should().Be("整改进展：已完成6座尾矿库闭库治理，其余2座正在实施。\n完成情况：序时推进");
        doc.Problems.Should().OnlyContain(p => p.Measures.Count == 0, "what was done is no measure");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("611000", "2023-01-16"));
    }

    [Fact]
    public void ASpacePartedTableWhoseCellHoldsASpaceOfItsOwnIsLeftAsLines()
    {
        // One row parts into more cells than the header names: no row can be told apart, so no line becomes a row.
        var doc = Seeds.ParseText("""
            某市反馈问题整改进展情况
            序号 反馈问题 责任单位 整改时限 完成情况
            1 城区部分河道黑臭。 市住建局 2022年底 已完成
            2 部分工地 扬尘管控不到位。 市住建局 2022年底 已完成
            """, "spaced-table-with-spaced-cell");
        doc.Diagnostics.Should().NotContain(d => d.Code == "space-parted-table");
    }

    [Fact]
    public void FieldsToldAsASentenceWith是Or为AreReadAndTheAccountAfterThemIsProgress()
    {
        // 262: （一）…治理后反弹。该问题的整改目标是…，责任单位为…、…，整改时限为2022年10月底。目前，已完成…，该问题已整改完成。
        var doc = Doc("262_fields_as_sentences_wei_shi");
        var first = doc.Problems[0];
        first.Title.Should().Be("城区部分坑塘沟渠黑臭水体治理后反弹");
        first.Fields.Target.Should().Be("城区黑臭水体全面消除并建立长效管护机制");
        first.Fields.ResponsibleUnits.Should().Equal("区住房和城乡建设局", "区水务局");
        first.Fields.DeadlineRaw.Should().Be("2022年10月底");
        first.Fields.Progress.Should().StartWith("整改情况：目前，已完成12处坑塘沟渠清淤和截污");
        doc.Problems[1].Fields.DeadlineRaw.Should().Be("2022年6月底并长期坚持");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("130506", "2022-11-08"));
    }

    [Fact]
    public void ALabelWith是OnceInASentenceIsNoField()
    {
        // One label and 是 is a sentence like any other (…整改目标是关键): fields told as a sentence name two at least.
        var doc = Seeds.ParseText("""
            某县第二轮省生态环境保护督察反馈问题整改方案
            1.部分乡镇污水处理设施运行不正常。整改目标是关键，各乡镇要高度重视。
            整改目标：2022年底前设施全部正常运行。
            责任单位：各乡镇人民政府
            2.部分养殖场粪污直排。
            整改目标：2022年底前粪污全部资源化利用。
            责任单位：县农业农村局
            """, "one-copula");
        doc.Problems[0].Fields.Target.Should().Be("2022年底前设施全部正常运行。");
        doc.Problems[0].Text.Should().Contain("整改目标是关键");
    }

    [Fact]
    public void LabelsCutByAPhonesWrapAreJoinedAndTheirValuesRunOn()
    {
        // 263: 整改目 / 标：2024年底前，酉水河出境断面水质稳定达 / 到Ⅱ类，支流总磷浓度达标。 — lines of about 22 characters.
        var doc = Doc("263_hard_wrap_labels_split");
        doc.Problems.Select(p => p.Title).Should().Equal(
            "酉水河来凤段部分支流总磷浓度超标，沿河畜禽养殖和农村生活污水直排问题突出", "县城生活垃圾填埋场渗滤液处理设施长期超负荷运行，存在渗漏风险",
            "部分砂石加工企业无证经营，粉尘污染周边村庄");
        doc.Problems[0].Fields.Target.Should().Be("2024年底前，酉水河出境断面水质稳定达到Ⅱ类，支流总磷浓度达标。");
        doc.Problems[2].Fields.ResponsibleUnits.Should().Equal("县自然资源和规划局", "县经信局", "恩施州生态环境局来凤分局");
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 3, 2);
        doc.Diagnostics.Should().Contain(d => d.Code == "label-split");
    }

    [Fact]
    public void APlans完成时间IsItsDeadline()
    {
        // 264: 整改任务1 / 具体问题：… / 整改目标：… / 整改举措：1.…2.…3.… / 责任主体：… / 完成时间：2023年12月底前.
        var doc = Doc("264_plan_wancheng_shijian_as_deadline");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2023年12月底前", "2022年6月底前", "2024年12月底前");
        doc.Problems[1].Fields.ResponsibleUnits.Should().Equal("铜仁市生态环境局松桃分局", "县水务局", "相关乡镇人民政府");
        doc.Problems[2].Measures.Select(m => m.Text).Should().Equal("开展老城区排水管网排查；", "实施老城区雨污分流改造工程；", "修复破损管网。");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("520628", "2021-07-15"));
    }

    [Fact]
    public void ATablesSecondHalfWithoutItsHeaderIsReadByWhatItsColumnsHold()
    {
        // 265: …整改进展情况（续表） / 4｜县城部分餐饮…｜县城管执法局｜2022年9月底｜已完成，… / 5｜… / 6｜…, no header.
        var doc = Doc("265_headerless_bar_rows");
        doc.Problems.Select(p => p.Label).Should().Equal("4", "5", "6");
        doc.Problems[1].Title.Should().Be("部分磷矿企业矿井涌水处理不达标");
        doc.Problems[1].Fields.ResponsibleUnits.Should().Equal("县自然资源和规划局", "襄阳市生态环境局保康分局");
        doc.Problems[1].Fields.DeadlineRaw.Should().Be("2022年12月底");
        doc.Problems[2].Fields.Progress.Should().Be("已完成，清理河道垃圾1200余吨");
        doc.Diagnostics.Should().ContainSingle(d => d.Code == "table-without-header" && d.Severity == Severity.Warning);
    }

    [Fact]
    public void NumberedBarRowsWithAColumnNothingNamesAreLeftAsTheyAre()
    {
        // Two columns of prose: which is the finding cannot be told, so no header is made up.
        var doc = Seeds.ParseText("""
            某县整改情况（续表）
            4｜县城部分餐饮单位油烟净化设施未正常运行｜督促餐饮单位安装油烟净化设施并定期清洗｜2022年9月底
            5｜部分磷矿企业矿井涌水处理不达标｜督促企业完成矿井水处理设施提标改造｜2022年12月底
            """, "headerless-two-prose-columns");
        doc.Diagnostics.Should().NotContain(d => d.Code == "table-without-header");
    }

    [Fact]
    public void TitlesEndingIn整改落实方案Or整改工作方案ArePlanTitlesAndABracketedBadgeOrDisclaimerIsNone()
    {
        // 89 names its 附件 after its title; 59, a mirror, prints 【免責聲明】…刪除 over its title; 190 opens 【转载】.
        Doc("89_work_plan_no_problems").Metadata.Title.Should().Be("桃江县第三轮省生态环境保护督察反馈意见整改工作方案");
        var mirror = Doc("59_mirror_trad_pinyin");
        mirror.Metadata.Title.Should().Be("五蓮縣第二輪省生態環境保護督察反饋問題整改落實方案");
        mirror.Metadata.Inspection.Round.Should().Be(2);
        Doc("190_repost_of_188_other_title").Metadata.Title.Should().Be("祁东县公示第二轮中央环保督察交办问题整改情况");
    }

    [Fact]
    public void FindingsListedFirstAndMeasuresUnder针对问题NAreOneProblemEach()
    {
        // 268: 二、督察反馈的主要问题 1．… 2．… 3．…, then 三、整改措施 with 针对问题1： （一）…（二）…（三）… 责任单位：… 完成时限：….
        // Before, each problem was its first measure, its finding left in the body.
        var doc = Doc("268_problems_listed_then_measures_by_number");
        doc.Problems.Select(p => p.FeedbackNo).Should().Equal("问题1", "问题2", "问题3");
        doc.Problems[1].Title.Should().Be("县城老城区雨污合流问题突出，部分管网破损、错接混接，汛期污水溢流进入官渡河，县污水处理厂进水浓度偏低");
        doc.Problems[1].Measures.Select(m => m.Text).Should().Equal(
            "开展老城区排水管网排查，建立管网错接混接问题台账，逐一整改。", "实施老城区雨污分流改造工程，新建污水管网15公里，修复破损管网8公里。",
            "提升县污水处理厂进水浓度，确保出水稳定达到一级A排放标准。");
        doc.Problems[2].Fields.ResponsibleUnits.Should().Equal("县农业农村局", "县生态环境分局", "各乡镇人民政府");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2022年12月底", "2023年12月底", "2022年12月底");
    }

    [Fact]
    public void A针对问题NWithoutTheNumberedFindingsAboveIsLeftAsPrinted()
    {
        // Only 1. is listed above: 针对问题2 names a finding the text does not hold, so no line is rewritten.
        var doc = Seeds.ParseText("""
            某县整改方案
            一、主要问题
            1．县城污水处理厂进水浓度偏低，管网错接混接。
            二、整改措施
            针对问题1：
            （一）开展管网排查。
            责任单位：县住建局
            针对问题2：
            （一）开展养殖场排查。
            责任单位：县农业农村局
            """, "referenced-finding-missing");
        doc.Diagnostics.Should().NotContain(d => d.Code == "findings-by-number");
    }

    [Fact]
    public void ATableCopiedOneCellPerLineWithItsColumnNamesBrokenOverLinesIsReadBack()
    {
        // 273: a document site's copy of 270: 序 / 号 / 反馈 / 问题 / … one piece a line, then each row's cells a line each,
        // the last row's measures 1.… 2.… on lines of their own. Before, one problem.
        var doc = Doc("273_doc_site_mirror_of_270_cells_per_line");
        doc.Problems.Select(p => p.Label).Should().Equal("1", "2", "3");
        doc.Problems[2].Measures.Select(m => m.Text).Should().Equal("修复渗滤液处理设施并委托第三方运营，渗滤液全部达标处理。", "对已封场填埋场实施规范封场和生态修复。");
        doc.Problems[2].Fields.Target.Should().Be("渗滤液全部收集并达标处理。");
        doc.Problems[2].Fields.DeadlineRaw.Should().Be("2023年12月底");
    }

    [Theory]
    // 序号 over 问题 are two columns (序号问题 would read as one: it ends in 问题).
    [InlineData("序号\n问题\n整改措施\n责任单位")]
    // 问题 / 描述 and 责任 / 单位: each first piece a name of its own (责任 a label since fields 25), but of the column the
    // whole names. Before, 责任 stood alone and 单位 ended the header.
    [InlineData("序号\n问题\n描述\n整改措施\n责任\n单位")]
    public void ColumnNamesOnLinesOfTheirOwnAreTheColumnsTheyName(string header)
    {
        var doc = Seeds.ParseText($"""
            某县整改清单
            {header}
            1
            县城污水管网建设滞后
            完成雨污分流改造
            县住建局
            2
            部分养殖场粪污直排
            完善粪污处理设施
            县农业农村局
            """, "column-names");
        doc.Problems.Select(p => p.Title).Should().Equal("县城污水管网建设滞后", "部分养殖场粪污直排");
        doc.Problems.Select(p => p.Fields.ResponsibleUnits.Single()).Should().Equal("县住建局", "县农业农村局");
    }

    [Fact]
    public void MeasureColumnsSideBySideAreEachAMeasureAndASignatureRowIsNoProblem()
    {
        var doc = Seeds.ParseText("""
            某县整改清单
            序号	问题描述	整改措施（一）	整改措施（二）	责任单位
            1	县城污水管网建设滞后	新建污水管网12公里	实施雨污分流改造	县住建局
            2	部分养殖场粪污直排	完善粪污处理设施		县农业农村局
            某县生态环境保护督察整改工作领导小组办公室	2023年5月8日
            """, "measure-columns");
        doc.Problems.Select(p => p.Measures.Select(m => m.Text).ToList()).Should().BeEquivalentTo(
            [new List<string> { "新建污水管网12公里", "实施雨污分流改造" }, ["完善粪污处理设施"]], o => o.WithStrictOrdering());
        doc.Problems.Should().HaveCount(2, "the signature across the width is no row of the list");
    }

    [Fact]
    public void AColumnOfTheFindingAndItsMeasuresIsPartedByTheLabelsInItsCells()
    {
        // 279: 序号 | 反馈问题及整改措施 | 责任单位 | 完成时限, each cell 问题：…。措施：1.…；2.…. Before, the header was no
        // header and the cells were split at 措施： into lines of their own.
        var doc = Doc("279_tab_table_combined_problem_measure_column");
        doc.Problems.Select(p => p.Title).Should().Equal("道水河临澧段部分河段水质不稳定，总磷浓度超标", "县城建成区部分建筑工地扬尘管控不到位", "部分规模养殖场粪污处理设施不完善，粪污直排沟渠");
        doc.Problems[1].Measures.Select(m => m.Text).Should().Equal("督促建筑工地落实“六个百分之百”抑尘措施；", "对扬尘管控不力的工地依法处罚。");
        doc.Problems[0].Fields.DeadlineRaw.Should().Be("2022年12月底");
    }

    [Fact]
    public void FieldsParedByTabsOnOneLineAreStillReadApart()
    {
        // A row's cells that are each a labelled field are parted at the cells, as before.
        var doc = Seeds.ParseText("""
            某县整改方案
            一、县城污水管网建设滞后。
            整改目标：完成雨污分流改造	责任单位：县住建局	整改时限：2024年12月底
            二、部分养殖场粪污直排。
            整改目标：粪污全部资源化利用	责任单位：县农业农村局	整改时限：2023年12月底
            """, "tabbed-fields");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2024年12月底", "2023年12月底");
        doc.Problems[1].Fields.ResponsibleUnits.Should().Equal("县农业农村局");
    }

    [Fact]
    public void AnAcceptanceOpinionQuotingItsOneFindingHasThatProblemWithWhatWasDone()
    {
        // 283: no label at all — 对…反馈问题第25项“漓江阳朔段…问题”整改情况进行现场验收, then 一、整改任务完成情况 （一）…（三）.
        // Before, no problem list was found and the page had none.
        var doc = Doc("283_acceptance_opinion_quoted_problem");
        doc.Problems.Should().ContainSingle().Which.Text.Should().Be("漓江阳朔段部分河段存在违规搭建观光平台、侵占河道岸线问题");
        doc.Problems[0].Fields.Progress.Should().StartWith("整改任务完成情况：（一）拆除违规搭建的观光平台7处，恢复河道岸线1.2公里。");
        doc.Problems[0].Measures.Should().BeEmpty();
        doc.Metadata.Region!.Code.Should().Be("450321");
        // The sentence that quotes it stays the opinion's own text.
        Section.TextsOf(doc.Sections).Should().Contain(t => t.Contains("验收组听取了县水利局关于整改情况的汇报"));
    }

    [Fact]
    public void TwoQuotedFindingsOrNoneMakeNoSuchProblem()
    {
        // The rule takes the one finding a page quotes: a page quoting two findings, or whose title is no problem's, is left alone.
        var two = Seeds.ParseText("""
            某县两个问题整改验收意见
            验收组对反馈问题第3项“县城污水处理厂进水浓度偏低问题”和第4项“部分养殖场粪污直排沟渠问题”整改情况进行现场验收。
            一、整改任务完成情况
            （一）完成雨污分流改造12公里。
            """, "two-quoted");
        two.Problems.Should().BeEmpty();
        var news = Seeds.ParseText("""
            某县召开督察整改推进会
            会议要求，对“县城污水处理厂进水浓度偏低问题”要加快推进。
            一、整改完成情况
            （一）完成雨污分流改造12公里。
            """, "news-quoted");
        news.Problems.Should().BeEmpty();
    }

    [Fact]
    public void APublicInformationPagesTitleRowIsTheTitleWithoutItsLabel()
    {
        // 284: 索引号 / 发文机关 / 成文日期 / 标　　题：关于…的公示, then the title again. Before, the title read 标题：关于….
        var doc = Doc("284_xxgk_metadata_table_credit_code_index");
        doc.Metadata.Title.Should().Be("关于谷城县石花镇废旧塑料加工点污染问题整改情况的公示");
        doc.Metadata.Date.Should().Be("2023-08-15");
        doc.Metadata.Region!.Code.Should().Be("420600");
        var once = Seeds.ParseText("""
            索 引 号：11420600011065375E/2023-01234
            标　　题：关于谷城县石花镇废旧塑料加工点污染问题整改情况的公示
            一、反馈问题
            谷城县石花镇部分废旧塑料加工点无环保手续，清洗废水未经处理直排沟渠。
            二、整改目标
            全面取缔无证无照废旧塑料加工点。
            """, "title-row-only");
        once.Metadata.Title.Should().Be("关于谷城县石花镇废旧塑料加工点污染问题整改情况的公示", "printed once, the row is the title");
    }

    [Fact]
    public void TwoColumnTablesFlattenedWithBarsGiveEachProblemItsFindingNotItsUnits()
    {
        // 286: 问题一 | / 整改任务 | / finding | / 责任单位 | / units | / 整改目标 | … — a value under a label standing alone is that
        // label's, never a finding printed without a number (before, the units were read as the two findings).
        var doc = Doc("286_two_problems_flattened_two_column_tables");
        doc.Problems.Select(p => p.Title).Should().Equal("南漳县部分规模化养猪场粪污处理设施运行不正常，雨季粪污溢流进入蛮河支流", "南漳县城区部分建筑工地扬尘防治措施落实不到位，渣土运输车辆抛洒滴漏");
        doc.Problems.Select(p => p.FeedbackNo).Should().Equal("问题一", "问题二");
        doc.Problems[1].Fields.ResponsibleUnits.Should().Equal("南漳县住建局", "县城管局");
        doc.Problems[0].Measures.Should().HaveCount(3);
    }

    [Fact]
    public void ACallForCommentsOnADraftPlanHasNoProblems()
    {
        var doc = Doc("285_call_for_comments_draft_plan");
        doc.Problems.Should().BeEmpty();
        doc.Metadata.Region!.Code.Should().Be("420626");
        doc.Metadata.Date.Should().Be("2024-02-26");
    }

    [Fact]
    public void ItemNumbersInBracketsNotCountedFromOneAreTheItemsTheyName()
    {
        // 292: 【第4项】 / 存在问题：… / 整改时限：… / 【整改进展】… / 【下步计划】… / 【第9项】 / …, the three items still open of
        // fifteen. Before, each problem lost its number and the next one's 【第9项】 ran into its account.
        var doc = Doc("292_bracket_item_numbers_progress_next_steps");
        doc.Problems.Select(p => p.Label).Should().Equal("4", "9", "13");
        doc.Problems[0].Fields.Progress.Should().Be("整改进展：已完成城区8个排口溯源排查，新建截污管网3.6公里，正在实施雨污分流改造。\n下步计划：加快推进雨污分流改造，2025年11月底前完成全部改造任务。");
        // Bracketed numbers without 第…项 must still count from 1 (【2】 alone may be anything).
        var bare = Seeds.ParseText("""
            某县整改进展情况公示
            【4】
            存在问题：县城污水管网建设滞后。
            【9】
            存在问题：部分养殖场粪污直排。
            """, "bare-brackets");
        bare.Problems.Select(p => p.Label).Should().NotEqual(new[] { "4", "9" });
    }

    [Fact]
    public void WhatTheInspectorsPointedOutIsTheFinding()
    {
        // 293: 督察组指出：万州区部分砂石加工企业… over 整改目标：…. Before, the line was the notice's preamble and the problem had no text.
        var doc = Doc("293_inspectors_pointed_out_municipal_district");
        doc.Problems.Should().ContainSingle().Which.Title.Should().Be("万州区部分砂石加工企业粉尘无组织排放严重，沿江码头物料堆场防尘措施不到位");
        doc.Metadata.Region!.Code.Should().Be("500101");
    }

    [Fact]
    public void TheFeedbacksOriginalTextIsTheFinding()
    {
        // 295: 反馈意见原文：… / 整改责任单位 / 整改时限 / 整改落实情况 / 验收情况. Before, no problem was found.
        var doc = Doc("295_original_feedback_text_label");
        doc.Problems.Should().ContainSingle().Which.Title.Should().Be("宁乡市部分规模养殖场粪污处理设施不配套，沩水支流楚江水质氨氮超标");
        doc.Problems[0].Fields.ResponsibleUnits.Should().Equal("宁乡市农业农村局", "长沙市生态环境局宁乡分局");
    }

    [Fact]
    public void EmojiBulletsAreNoPartOfTheFieldsTheyMark()
    {
        // 298: 📌问题一 / ✅反馈问题：… / ✅整改目标：… — a WeChat copy's emoji are bullets. Before, each ✅ ran onto the field above.
        var doc = Doc("298_wechat_emoji_field_bullets");
        doc.Problems.Select(p => p.FeedbackNo).Should().Equal("问题一", "问题二");
        doc.Problems[0].Fields.Target.Should().Be("完成入河排污口规范化整治，消除雨天溢流污染。");
        doc.Problems[0].Fields.Progress.Should().Be("完成情况：已完成。");
        doc.Problems[1].Measures.Select(m => m.Text).Should().Equal("开展建筑工地扬尘专项检查；", "对不落实扬尘防治措施的工地依法处罚。");
    }

    [Fact]
    public void ANoticeOfTheAcceptanceProcedureHasNoProblems()
    {
        // 297: 一、验收范围 二、验收程序 （一）自查自验 … （四）公示销号 三、工作要求 — how problems are to be accepted, none of them.
        var doc = Doc("297_acceptance_procedure_notice_no_problems");
        doc.Problems.Should().BeEmpty();
        doc.Metadata.Region!.Code.Should().Be("500000");
    }

    [Fact]
    public void ATableOfOneProblemHasTheMeasuresAndAccountPrintedBelowIt()
    {
        // 300: 反馈问题 | 整改目标 | 整改时限 | 责任单位 over one row, then 整改措施： / 一是… / 二是… / 三是… / 整改完成情况：….
        // Before, the measures and the account were the page's text after the table.
        var doc = Doc("300_one_row_table_then_measures_paragraphs");
        var problem = doc.Problems.Should().ContainSingle().Subject;
        problem.Measures.Select(m => (m.Ordinal, m.Text)).Should().Equal(
            ("一是", "建立水利、公安、自然资源等部门联合执法机制，开展非法采砂专项整治行动，查处非法采砂案件9起。"),
            ("二是", "在重点河段安装视频监控12套，实行24小时监控。"),
            ("三是", "对受损河段实施河床修复和护岸加固。"));
        problem.Fields.Progress.Should().Be("整改完成情况：已完成，经市级验收同意销号。");
        doc.Sections.Select(s => s.Heading).Should().Equal("", "表后说明", "落款");
    }

    [Fact]
    public void ProblemsHeadedByTheirTitlesOverNumberedFieldLabelsKeepTheirTitles()
    {
        // 302: 一、县城生活污水处理厂进水浓度偏低问题 / （一）问题描述 / … / （四）整改进展 / 二、部分建筑工地扬尘治理不到位问题 / ….
        // Before, 二、… ran into the first problem's account and 一、… stayed in the report's body.
        var doc = Doc("302_numbered_problem_headings_field_subheadings");
        doc.Problems.Select(p => p.Categories.Single()).Should().Equal("一、县城生活污水处理厂进水浓度偏低问题", "二、部分建筑工地扬尘治理不到位问题");
        doc.Problems[0].Fields.Progress.Should().Be("整改进展：已完成管网排查和错接混接整治，雨污分流改造完成6.2公里。");
        doc.Problems[1].Title.Should().Be("县城部分建筑工地未落实扬尘防治措施，渣土车带泥上路");
    }

    [Fact]
    public void SharedProblemsAndEachCountysOwnAreProblemsInTheirPartsAndTheCityIsTheIssuer()
    {
        // 305: 一、共性问题 / 1.… / 2.… / 二、个性问题 / （一）金寨县 / 3.… / （二）霍山县 / 4.… / （三）舒城县 / 5.…, signed by the
        // city's office. Read right at first, kept so: the counties are the problems' places, not the issuer.
        var doc = Doc("305_shared_and_county_specific_problems");
        doc.Problems.Select(p => string.Join("/", p.Categories)).Should().Equal(
            "一、共性问题", "一、共性问题", "二、个性问题/（一）金寨县", "二、个性问题/（二）霍山县", "二、个性问题/（三）舒城县");
        doc.Problems[3].Measures.Should().HaveCount(3);
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("341500", "2023-08-25"));
    }

    [Fact]
    public void ATableDrawnWithBoxCharactersIsReadARowPerRuleItsWrappedCellsJoined()
    {
        // 309: ┌──┬──┐ / │序号│反馈问题│… / ├──┼──┤ / │1   │城区部分老旧小区冬季仍有散煤燃烧│… over three lines per row / └──┴──┘.
        // Before, no problem.
        var doc = Doc("309_text_box_drawing_table_wrapped_cells");
        doc.Problems.Select(p => p.Title).Should().Equal(
            "城区部分老旧小区冬季仍有散煤燃烧取暖，清洁取暖改造后部分群众返煤复烧",
            "浊漳河南源潞州段部分排口雨季溢流，河道沿线截污管网老化破损",
            "部分工业企业料场、堆场未全封闭，物料露天堆放，无组织排放问题突出");
        doc.Problems[1].Fields.ResponsibleUnits.Should().Equal("区水务局", "区住建局", "长治市潞州生态环境分局");
        doc.Problems[0].Fields.DeadlineRaw.Should().Be("2023年10月底前");
    }

    [Fact]
    public void ANoticesClosingWordsAfterItsLastProblemsUnitsAreTheNoticesNotTheUnits()
    {
        // 313: 3.【已销号】… / 整改情况：… / 责任单位：县农业农村局，各乡镇（街道）。 / 公示期间，如有异议，请以书面形式…反映。
        // Before, the closing paragraph was read as more units of the last problem.
        var doc = Doc("313_status_tags_before_findings");
        doc.Problems.Select(p => p.Fields.ResponsibleUnits.Count).Should().Equal(3, 4, 2);
        doc.Problems[2].Fields.ResponsibleUnits.Should().Equal("县农业农村局", "各乡镇（街道）");
        doc.Sections.Select(s => s.Heading).Should().Contain("公示说明");
    }

    [Fact]
    public void ATablePastedFromASpreadsheetWithItsMultiLineCellsInQuotesIsARowPerProblem()
    {
        // 314: 1 / "澧县部分乡镇污水处理厂…， / 配套管网建设滞后…。" / "1.开展…； / 2.实施…； / 3.推进…。" / 县住房和城乡建设局 / 2023年12月底前,
        // the cells parted by tabs, as a spreadsheet's range pastes. Before, eight problems: each line of a cell a row.
        var doc = Doc("314_excel_paste_quoted_cells");
        doc.Problems.Select(p => p.Title).Should().Equal(
            "澧县部分乡镇污水处理厂建成后长期低负荷运行，配套管网建设滞后，进水化学需氧量浓度偏低",
            "部分\"散乱污\"企业整治不彻底，关停后又死灰复燃",
            "澧水干流部分河段非法采砂屡禁不止");
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 2, 2);
        doc.Problems[1].Fields.Target.Should().Be("\"散乱污\"企业动态清零");
        doc.Problems[2].Fields.ResponsibleUnits.Should().Equal("县水利局", "县公安局");
    }

    [Fact]
    public void AMirrorsZeroWidthCharactersAreRemovedAndItsSignatureOverItsDateIsReadUnderItsOwnLines()
    {
        // 316, a mirror of 315: 整改措\u200B施 / 信阳市生态环境保护委员会\u200B办公室 / 2024年3月15日 / then the mirror's own lines
        // (本站部分内容来自互联网… / 热门推荐：…). Before, the measures' label did not read (no measure), and the signature was
        // not the closing lines, so the title's 罗山县 made the city's notice the county's.
        var doc = Doc("316_mirror_fullwidth_pinyin_zero_width_of_315");
        doc.Problems.Single().Measures.Select(m => m.Ordinal).Should().Equal("（一）", "（二）", "（三）");
        doc.Metadata.IssuingBody.Should().Be("信阳市生态环境保护委员会办公室");
        doc.Metadata.Region!.Code.Should().Be("411500");
        doc.Diagnostics.Should().Contain(d => d.Code == "invisible-characters");
    }

    [Fact]
    public void WorkMeasuresTimeNodesAndAcceptanceStandardsAreTheMeasuresDeadlineAndTarget()
    {
        // 319: 工作措施： / （一）…（四） / 时间节点：… / 验收标准：… / 办结情况：…. Before, 工作 ran into the lead units above,
        // and the time nodes and the standard into the last measure.
        var doc = Doc("319_work_measures_time_nodes_labels");
        var problem = doc.Problems.Single();
        problem.Measures.Should().HaveCount(4);
        problem.Measures[3].Text.Should().Be("推进磷石膏综合利用，新建磷石膏制建材生产线2条。");
        problem.Fields.LeadUnits.Should().Equal("县生态环境局", "县工业和信息化局");
        problem.Fields.DeadlineRaw.Should().Be("2023年6月底前完成防渗和渗滤液收集设施建设，2023年8月底前完成验收");
        problem.Fields.Target.Should().StartWith("渣场防渗和渗滤液收集设施正常运行");
        problem.Fields.Progress.Should().StartWith("办结情况：已完成。");
    }

    [Fact]
    public void RecordsOfFieldsPartedByBarsAreEachAProblemNumberedByTheirCode()
    {
        // 321: 问题编号：HZ-2022-031 | 问题类型：水 | 所在地：… | 问题描述：… | 责任单位：… / 办理结果：…整改措施：1.…整改时限：…, then
        // the signature. Before, six problems: the code and the finding each one, and the signature ran into the last deadline.
        var doc = Doc("321_pipe_separated_keyvalue_lines");
        doc.Problems.Select(p => p.FeedbackNo).Should().Equal("问题描述HZ-2022-031", "问题描述HZ-2022-032", "问题描述HZ-2022-033");
        doc.Problems[0].Fields.Location.Should().Be("吴兴区八里店镇");
        doc.Problems[2].Fields.DeadlineRaw.Should().Be("2023年6月底前");
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 2, 2);
        doc.Sections.Should().Contain(s => s.Heading == "落款" && s.Text.StartsWith("湖州市生态环境保护督察整改工作领导小组办公室"));
    }

    [Fact]
    public void AListPartedBySpacesWithMainProblemsAndTimeNodesColumnsIsReadByThem()
    {
        // 323: 序号  主要问题  整改目标  整改措施  时间节点  责任单位 over rows parted by runs of spaces. Before, no problem.
        var doc = Doc("323_space_columns_main_problems_plan");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2023年12月底前", "2022年12月底前", "2023年6月底前");
        doc.Problems[1].Title.Should().Be("长江江安段部分码头船舶污染物接收设施不足");
    }

    [Fact]
    public void ARepostsRelatedReadingOverASiteDisclaimerIsThePagesAndItsTitleLosesTheRepostMark()
    {
        // 326: 转:… - 汉中生活网 over the title; 相关阅读 over three link titles and 声明:本站部分内容转载自网络… Before, the
        // links were a section and the counties they name the notice's places.
        var doc = Doc("326_aggregator_repost_of_325");
        doc.Metadata.Title.Should().Be("洋县关于第二轮省级生态环境保护督察反馈问题第12项整改完成情况的公示");
        doc.Metadata.Places.Should().BeEmpty();
        doc.Sections.Should().NotContain(s => s.Heading.StartsWith("·"));
        doc.Problems.Should().ContainSingle().Which.Measures.Should().HaveCount(3);
    }

    [Fact]
    public void TheRuleUnderAMarkdownTablesHeaderIsNoRow()
    {
        // 327: | --- | --- | under the header of a Markdown table, its cells' measures parted by <br>. Before, the rule
        // was a problem of dashes.
        var doc = Doc("327_markdown_table_provincial_excerpt");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2023年底前", "2024年6月底前");
        doc.Problems[1].Title.Should().StartWith("陇南市徽县、成县部分历史遗留铅锌矿废弃矿洞");
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 3);
    }

    [Fact]
    public void ShortLabelsForUnitsAndProgressEndTheFieldAbove()
    {
        // 328: 问题：目标：时限：责任：进展： under ▍01, WeChat's 阅读 512 · 在看 9 under the signature. Before, 责任 and 进展 ran
        // into the deadline and the counts into the signature.
        var doc = Doc("328_wechat_bar_numbered_tasks");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2024年6月底前", "2024年6月底前");
        doc.Problems[0].Fields.LeadUnits.Should().Equal("县应急管理局");
        doc.Problems[0].Fields.SupportUnits.Should().Equal("县生态环境局", "县工信局", "各乡镇");
        doc.Problems[1].Fields.Progress.Should().Contain("新增垃圾转运车12台");
        doc.Sections.Should().Contain(s => s.Heading == "落款" && s.Text == "万载县生态环境保护督察整改工作领导小组办公室\n2024年8月9日");
    }

    [Fact]
    public void AForwardedMailsHeaderIsTheMailsNotTheNotices()
    {
        // 329: 发件人: / 发送时间: 2024年1月5日 / 收件人: / 主题: 转发：… over the forwarding note, then ---------- 转发的邮件
        // ---------- over the notice. Before, the separator opened the title.
        var doc = Doc("329_email_forward_county_notice");
        doc.Metadata.Title.Should().Be("桃源县关于中央生态环境保护督察反馈问题整改销号情况的公示");
        doc.Metadata.Date.Should().Be("2023-12-28");
        doc.Problems.Should().ContainSingle().Which.Measures.Should().HaveCount(3);
    }

    [Fact]
    public void ABrowsersPrintHeaderAndFooterAreThePrintsNotTheNotices()
    {
        // 330: 2024/3/12 09:15 <spaces> title_site over the page, its address and 1/1 under it. Before, the address ran into
        // the signature.
        var doc = Doc("330_browser_print_header_footer");
        doc.Metadata.Date.Should().Be("2024-02-26");
        doc.Sections.Should().Contain(s => s.Heading == "落款" && s.Text == "沂水县生态环境保护督察整改工作领导小组办公室\n2024年2月26日");
        doc.Sections.Should().NotContain(s => s.Text.Contains("2024/3/12"));
    }

    [Fact]
    public void ANewsAppsHeadlineMastheadAndButtonsAreNotTheTitle()
    {
        // 332: the app's own headline, 临沂头条 2024-02-27 08:31 山东 and 关注 over the notice's title; 本文为…原创，未经授权不得转载
        // and 举报/反馈 under its signature. Before, all four lines were the title.
        var doc = Doc("332_app_repost_of_330");
        doc.Metadata.Title.Should().Be("关于沂水县第三轮省级生态环境保护督察反馈问题整改情况的公示");
        doc.Sections.Should().Contain(s => s.Heading == "落款" && s.Text == "沂水县生态环境保护督察整改工作领导小组办公室\n2024年2月26日");
    }

    [Fact]
    public void FindingsUnderAPartWithTheirDeadlineAndUnitsBeforeTheirMeasuresAreProblems()
    {
        // 333: 一、总体情况 / 二、具体问题整改情况 / （一）finding。 / 整改时限： / 责任单位： / 整改措施： / 整改情况： / （二）… /
        // 三、下一步工作. Before, one problem with no finding, the second finding in the first one's account.
        var doc = Doc("333_overall_then_specific_problems");
        doc.Problems.Select(p => p.Title).Should().Equal("胭脂河阜平段沿岸违规建设农家乐，生活污水未经处理直排河道", "部分废弃矿山未开展生态修复，存在地质灾害隐患和扬尘污染");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2023年10月底前", "2023年11月底前");
        doc.Problems[1].Fields.Progress.Should().Be("整改情况：已完成整改。");
        doc.Sections.Should().Contain(s => s.Heading == "下一步工作");
    }

    [Fact]
    public void FieldsPrintedAsNumberedHeadingsOverTheirValuesAreOneProblemsFields()
    {
        // 335: 一、反馈问题 / finding / 二、整改目标 / … / 四、责任单位 over 牵头单位：… / 五、整改完成情况 / 六、公示时间.
        // Before, 四, 五 and 六 were three problems, 四 for the units below it.
        var doc = Doc("335_signed_december_posted_january");
        var problem = doc.Problems.Should().ContainSingle().Subject;
        problem.Title.Should().StartWith("缙云县部分石材加工企业切割废水未经处理外排好溪支流");
        problem.Fields.DeadlineRaw.Should().Be("2023年11月底前");
        problem.Fields.LeadUnits.Should().Equal("县经济商务科技局");
        problem.Fields.Progress.Should().StartWith("整改完成情况：关停整合石材加工企业31家");
        doc.Metadata.Date.Should().Be("2023-12-29", "signed in December, posted in January");
    }

    [Fact]
    public void ARepostsOriginalTitleIsTheTitleAndItsEditorInBracketsIsThePages()
    {
        // 336: 原标题：… over the site's own headline; （责任编辑：李＊＊） under the signature.
        var doc = Doc("336_fullwidth_digits_masked_mirror_of_335");
        doc.Metadata.Title.Should().Be("关于缙云县第三轮省级生态环境保护督察反馈问题整改完成情况的公示");
        doc.Sections.Should().Contain(s => s.Heading == "落款" && s.Text == "缙云县生态环境保护督察整改工作领导小组办公室\n２０２３年１２月２９日");
        doc.Problems.Should().ContainSingle();
    }

    [Fact]
    public void LabelsSetOneCharacterToALineAreLabels()
    {
        // 339: 反 / 馈 / 问 / 题 over the finding, 整 / 改 / 目 / 标 over the target … as a narrow first column of a table
        // copies. Before, no label was read and the page gave no problem.
        var doc = Doc("339_forest_district_vertical_label_cells");
        var problem = doc.Problems.Should().ContainSingle().Subject;
        problem.Title.Should().Be("部分小水电站生态流量下泄设施不完善，在线监控设施未与主管部门联网，枯水期存在减脱水河段，影响河流生态");
        problem.Fields.Target.Should().Be("全区小水电站生态流量足额泄放，监控设施全部联网，减脱水河段得到有效治理。");
        problem.Fields.DeadlineRaw.Should().Be("2024年6月底前");
        problem.Fields.LeadUnits.Should().Equal("林区水利和湖泊局");
        problem.Measures.Select(m => m.Text).Should().Equal(
            "逐站核定生态流量，对18座小水电站下泄设施进行改造，安装流量在线监控装置。",
            "将监测数据接入林区小水电生态流量监管平台，实行实时监管，对不达标电站依法处理。",
            "对3座位于自然保护区内的电站实施退出，拆除拦河坝并开展河道生态修复。");
        problem.Fields.Progress.Should().StartWith("完成情况：已完成。18座小水电站");
        doc.Diagnostics.Should().Contain(d => d.Code == "upright-text" && d.Line == 8);
    }

    [Fact]
    public void TwoSingleCharactersThatReadAsNoLabelStayApart()
    {
        var doc = Seeds.ParseText("关于某县反馈问题整改情况的公示\n是\n否\n反馈问题：某县城区污水管网不完善。\n整改时限：2024年底前\n", "upright");
        doc.Diagnostics.Should().NotContain(d => d.Code == "upright-text");
        var doc2 = Seeds.ParseText("关于某县反馈问题整改情况的公示\n反馈问题：某县城区污水管网不完善。\n措\n施\n1.新建管网10公里。\n", "upright2");
        doc2.Problems.Should().ContainSingle().Which.Measures.Should().ContainSingle().Which.Text.Should().Be("新建管网10公里。");
    }

    [Fact]
    public void AnArchivesToolbarIsTheArchivesNotTheDocuments()
    {
        // 341: The Wayback Machine - https://web.archive.org/web/20240921033512/…, 43 captures, About this capture … over the
        // page of 339. Before, the title was lost under them and a title was made up.
        var doc = Doc("341_wayback_capture_of_339");
        doc.Metadata.Title.Should().Be("神农架林区第二轮省级生态环境保护督察反馈问题第6项整改完成情况公示");
        doc.Metadata.Date.Should().Be("2024-09-20");
        doc.Sections.Should().NotContain(s => s.Text.Contains("Wayback") || s.Text.Contains("captures"));
        doc.Problems.Should().ContainSingle();
    }

    [Fact]
    public void APageBreakBetweenDashesIsNoPartOfTheMeasureAboveIt()
    {
        // 343: — 第3页 / 共5页 — between (五)'s last measure and (六). Before, it ended the measure.
        var doc = Doc("343_paginated_copy_from_item_four_province_dept");
        doc.Problems.Select(p => p.Title).Should().Equal("河道非法采砂问题屡禁不止", "鄱阳湖部分水域总磷浓度上升", "农村饮用水水源保护区划定滞后");
        doc.Problems[1].Measures[^1].Text.Should().Be("加密鄱阳湖水质监测点位，开展总磷来源解析。");
        doc.Metadata.Year.Should().BeNull("a page from the middle of the plan prints no date, and its deadlines are no year of issue");
    }

    [Fact]
    public void AMicroblogPostsTitleInBracketsIsTheTitleAndItsButtonsAreTheFeeds()
    {
        // 345: 广安发布 / 2024-5-8 18:02 来自 微博 weibo.com / #中央生态环境保护督察# 【广安市关于…的公示】问题：…整改措施：①…
        // 收起全文d / L广安发布的微博视频 / 转发 12 评论 3 赞 45. Before, the title was made up from the district the finding
        // names, and the region was the district's.
        var doc = Doc("345_weibo_post_one_paragraph");
        doc.Metadata.Title.Should().Be("广安市关于中央第五生态环境保护督察组反馈问题第9项整改情况的公示");
        doc.Metadata.Region!.Code.Should().Be("511600");
        doc.Problems.Should().ContainSingle().Which.Measures.Should().HaveCount(3);
        doc.Sections.Should().NotContain(s => s.Text.Contains("收起全文") || s.Text.Contains("微博视频") || s.Text.Contains("转发"));
        // 346: the same post in a news app, in traditional characters, its account and time over the title.
        var mirror = Doc("346_app_feed_trad_mirror_of_345");
        mirror.Metadata.Date.Should().Be("2024-05-08");
        mirror.Metadata.Region!.Code.Should().Be("511600");
        mirror.Sections.Should().NotContain(s => s.Text.Contains("APP") || s.Text.Contains("展開全文"));
    }

    [Fact]
    public void FieldsOneToALineWithTheirLabelsRunIntoTheirValuesAreOneProblemsFields()
    {
        // 349: a mirror of 348 on one line in traditional characters, its fields parted by two spaces and their colons lost
        // (整改任務御临河… 責任單位區生態環境局… 整改時限2022年10月底前 整改措施（1）…). Before, the deadline, the measures and
        // the account ran into one another and the mirror was no copy of 348.
        var doc = Doc("349_one_line_trad_mirror_of_348_labels_run_in");
        var problem = doc.Problems.Should().ContainSingle().Subject;
        problem.Title.Should().StartWith("御临河渝北段部分入河排污口未完成規範化整治");
        problem.Fields.DeadlineRaw.Should().Be("2022年10月底前");
        problem.Measures.Should().HaveCount(3);
        problem.Measures[2].Text.Should().Be("在支流汇入口增設水質自動監測站2座。");
        problem.Fields.Progress.Should().StartWith("整改完成情况：一是完成排污口排查溯源");
        doc.Diagnostics.Should().Contain(d => d.Code == "run-in-labels");
    }

    [Fact]
    public void ALineOpeningWithALabelIsNoRecordUnlessTwoMoreFollow()
    {
        // 整改措施落实不到位 opens with a label, but is a sentence: no field follows run in.
        var doc = Seeds.ParseText("关于某县反馈问题整改情况的公示\n问题整改不到位，整改措施落实不到位。\n整改时限：2024年底前\n", "runin");
        doc.Diagnostics.Should().NotContain(d => d.Code == "run-in-labels");
    }

    [Fact]
    public void AGazettesRunningHeadIsNoPartOfItsIssuerNorADate()
    {
        // 351: 霞浦县人民政府公报　　2023年第4期 over the cover notice and again after — 17 — between the two problems.
        // Before, it was read into the issuer.
        var doc = Doc("351_gazette_running_head_issue_number");
        doc.Metadata.IssuingBody.Should().Be("霞浦县人民政府办公室");
        doc.Metadata.DocumentNumber.Should().Be("霞政办〔2023〕31号");
        doc.Metadata.Date.Should().Be("2023-05-10");
        doc.Problems.Select(p => p.Title).Should().Equal("县城生活垃圾填埋场已超设计库容运行，渗滤液处理能力不足，调节池高水位运行",
            "县城部分餐饮店油烟净化设施未安装或未正常使用，油烟扰民问题群众投诉较多");
        doc.Problems[0].Measures[^1].Text.Should().Be("编制填埋场封场方案并组织实施。");
    }

    [Fact]
    public void ANewsPagesTimeOfPostingBeforeItsSourceDatesIt()
    {
        // 354: 2024-08-21 09:12　来源：乌审旗融媒体中心 under a feature's headline. Before, the line was text and the year
        // that of the inspection the feature tells (2023).
        var doc = Doc("354_news_feature_one_problem_told_no_list");
        doc.Metadata.Date.Should().Be("2024-08-21");
        doc.Problems.Should().BeEmpty();
    }

    [Fact]
    public void PhotographsCaptionsBetweenFieldsAreThePagesNotTheAccount()
    {
        // 357: 整改前 / ▲整改前：某砂石料场物料露天堆放 / 整改后 / ▲整改后：… / （图片由县生态环境分局提供） after the account.
        // Before, the captions ran into the account.
        var doc = Doc("357_photo_captions_between_fields");
        doc.Problems.Should().ContainSingle().Which.Fields.Progress.Should().Be("整改完成情况：已完成。保留的5家料场全部完成封闭和道路硬化，关闭料场7家，复绿面积2.6万平方米。");
        // 358: the same in a WeChat repost, its credits 来源 | …, 编辑 | 张**, 审核 | 李** and — END — the page's.
        var repost = Doc("358_wechat_repost_bar_metadata_of_357");
        repost.Problems.Should().ContainSingle().Which.Fields.Progress.Should().EndWith("复绿面积2.6万平方米。");
        repost.Sections.Should().NotContain(s => s.Text.Contains("编辑 |") || s.Text.Contains("END"));
    }

    [Fact]
    public void ATitleOverTheNextLabelledFindingEndsTheLastProblemsMeasures()
    {
        // 359: ① ② ③ with their units and deadlines in brackets, then （二）关于部分工业园区危险废物管理不规范问题 over
        // 【问题描述】…. Before, the heading ran into the first problem's third measure; then (round 78) each heading was the
        // category of the labelled finding below it, the first lost to the plan's sections; now each heads its problem,
        // the finding its text.
        var doc = Doc("359_guanyu_problems_per_measure_units_deadlines");
        doc.Problems.Select(p => (p.Label, p.Title)).Should().Equal(("（一）", "关于汉江襄阳段部分支流水质不稳定达标问题"),
            ("（二）", "关于部分工业园区危险废物管理不规范问题"));
        doc.Problems[0].Measures[^1].Text.Should().StartWith("在唐白河流域推广测土配方施肥和有机肥替代化肥，削减农业面源污染。").And.NotContain("（二）");
        doc.Problems[1].Text.Should().Contain("襄阳高新区、樊城区部分企业危险废物贮存场所不规范");
        doc.Problems[1].Measures.Should().HaveCount(3);
    }

    [Fact]
    public void ATablesCellsOnePerLineReadWithIsItClosedAsAColumn()
    {
        // 361: ten column names one to a line (… 是否属实, 处理和整改情况, 是否办结, 问责情况), then each complaint's cells.
        // Before, 是否办结 was no column name, the header ended above it and no complaint was read.
        var doc = Doc("361_complaint_table_cells_one_per_line_county");
        doc.Problems.Select(p => p.Title).Should().Equal("桃洪镇资水某河段有人非法采砂，河道被挖得坑坑洼洼，影响河堤安全",
            "六都寨镇某生猪养殖场养殖废水直排附近水沟，臭味大", "荷香桥镇某石材加工厂粉尘大，噪声扰民，晚上也生产");
        doc.Problems[1].Fields.Progress.Should().Contain("是否属实：属实").And.Contain("是否办结：阶段性办结");
    }

    [Fact]
    public void ThePostersNameBeforeAPagesDateOrItsFieldsLeavesThemThePages()
    {
        // 362: 河北省自然资源厅　2024-06-12　来源：办公室 under a news item's headline; 372: 黔西市人民政府　发布时间：2024年05月17日.
        // Before, the first was run into the headline and neither dated its page.
        var news = Doc("362_department_news_meeting_counts_no_list");
        news.Metadata.Title.Should().Be("省自然资源厅召开中央生态环境保护督察反馈问题整改推进会");
        news.Metadata.Date.Should().Be("2024-06-12");
        news.Problems.Should().BeEmpty();
        Doc("372_fields_label_line_value_line_no_colon").Metadata.Date.Should().Be("2024-05-17");
    }

    [Fact]
    public void FindingsListedInOneParagraphByCircledNumbersAreAnsweredByTheirNumbers()
    {
        // 378: 督察报告指出我县存在以下问题：①…；②…；③…。 then 针对第①项问题：measures run in. Before, the paragraph was one
        // problem, 督察报告指出我县存在以下, and each 针对第N项 ran into the units above it: four problems, none right.
        var doc = Doc("378_inline_circled_list_then_measures_per_item");
        doc.Problems.Select(p => p.Title).Should().Equal("县城污水处理厂进水浓度偏低，配套管网不完善",
            "部分乡镇场镇生活垃圾转运设施不足，存在垃圾堆放现象", "龙河部分河段非法采砂屡禁不止");
        doc.Problems[0].Fields.ResponsibleUnits.Should().Equal("县住房城乡建委");
        doc.Problems[2].Fields.ResponsibleUnits.Should().Equal("县水利局", "县公安局");
        doc.Problems[2].Measures.Should().ContainSingle().Which.Text.Should().Be("开展龙河河道采砂专项整治，依法打击非法采砂行为，2022年9月底前完成。");
        doc.Diagnostics.Should().Contain(d => d.Code == "findings-by-number");
    }

    [Fact]
    public void ARepostThatHoldsAllOfANoticeUnderItsPlatformsChromeCopiesIt()
    {
        // 377: 372 reposted with 发布于：贵州省, the account's name, 返回搜狐，查看更多, 平台声明：… and 阅读 (1203). Before, the
        // platform's notice ran into the last account and the two were told apart (0.64 alike).
        var repost = Doc("377_sohu_repost_of_372_source_at_end");
        repost.Problems.Should().HaveCount(2);
        repost.Problems[1].Fields.Progress.Should().Be("整改情况：已完成。整治餐饮单位326家，安装在线监控设备48套。");
        repost.Metadata.Date.Should().Be("2024-05-17");
        var original = Rectify.Search.Core.Text.PlanText.Fingerprint(Doc("372_fields_label_line_value_line_no_colon"))!;
        var finder = new Rectify.Search.Core.Text.DuplicateFinder();
        finder.Add("372", original);
        finder.Find("377", Rectify.Search.Core.Text.PlanText.Fingerprint(repost)!)!.Value.DocumentId.Should().Be("372");
    }

    [Fact]
    public void FindingsWithTheirStatusAfterADashAreProblemsWithDeadlineAndStatus()
    {
        // 383: 1．黄柏河流域…总磷超标（2023年12月底前）——已完成 under …整改进展情况一览. Before, no list was found.
        var doc = Doc("383_one_line_items_with_status_after_dash");
        doc.Problems.Select(p => p.Title).Should().Equal("黄柏河流域磷矿企业矿井涌水处理设施运行不稳定，总磷超标",
            "小溪塔城区部分雨污管网错接混接，污水直排黄柏河", "樟村坪镇部分磷石膏堆场渗滤液收集设施不完善", "部分农村生活垃圾收转运设施老化，垃圾清运不及时");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2023年12月底前", "2024年6月底前", "2024年12月底前", "2023年10月底前");
        doc.Problems[1].Fields.Progress.Should().Be("整改情况：序时推进");
        doc.Diagnostics.Should().Contain(d => d.Code == "glanced-findings");
    }

    [Fact]
    public void CodedRowsPartedBySpacesWithNoHeaderAreATable()
    {
        // 387: DC-2021-05　　北江…　　市自然资源局　　2021年12月底前　　已完成, three such rows under 公示日期：2022年3月1日.
        // Before, no list was found and the page was undated.
        var doc = Doc("387_headerless_coded_rows_spaces");
        doc.Problems.Select(p => p.Label).Should().Equal("DC-2021-05", "DC-2021-09", "DC-2021-14");
        doc.Problems[1].Title.Should().Be("部分陶瓷企业煤气发生炉未淘汰，大气污染物排放超标");
        doc.Problems[1].Fields.ResponsibleUnits.Should().Equal("市工信局", "市生态环境局");
        doc.Problems[2].Fields.DeadlineRaw.Should().Be("2022年12月底前");
        doc.Metadata.Date.Should().Be("2022-03-01");
    }

    [Fact]
    public void FieldsInBracketsOnTheLineBelowAFindingCloseIt()
    {
        // 388: 1.丹江口水库…影响库区水质。 / （责任单位：…；整改时限：…；整改情况：…） for each of three. Before, no list was found.
        var doc = Doc("388_two_line_items_bracketed_fields");
        doc.Problems.Select(p => p.Title).Should().Equal("丹江口水库淅川库区部分消落区存在违规种植现象，化肥农药使用影响库区水质",
            "部分入库河流沿岸农村生活污水收集处理设施不完善", "库区周边部分废弃矿山未完成生态修复");
        doc.Problems[0].Fields.ResponsibleUnits.Should().Equal("县农业农村局", "县林业局");
        doc.Problems[2].Fields.Progress.Should().Be("整改情况：已完成修复8处，剩余2处序时推进。");
        doc.Diagnostics.Should().Contain(d => d.Code == "bracketed-fields-below");
    }

    [Fact]
    public void APlanNamingNoPlaceIsTheProvinceItsNumbersAbbreviationNames()
    {
        // 392: 中共省委办公厅　省人民政府办公厅关于印发《…》的通知 / 黔委厅字〔2022〕15号, no province named. Before, no region.
        var doc = Doc("392_provincial_plan_only_abbrev_in_number");
        doc.Metadata.Region!.Code.Should().Be("520000");
        doc.Metadata.RegionEvidence!.Source.Should().Be("document-number");
        doc.Diagnostics.Should().Contain(d => d.Code == "region-from-document-number").And.NotContain(d => d.Code == "region-unresolved");
        // A city's number opening with a character no province is abbreviated by alone names none (宁 is 南京's and 宁夏's).
        Rectify.Search.Core.Regions.ProvinceAbbreviations.ProvinceCode("宁政发〔2023〕5号").Should().BeNull();
        Rectify.Search.Core.Regions.ProvinceAbbreviations.ProvinceCode("豫政办〔2022〕9号").Should().Be("41");
        Rectify.Search.Core.Regions.ProvinceAbbreviations.ProvinceCode("黔西府办发〔2022〕3号").Should().BeNull();
        Rectify.Search.Core.Regions.ProvinceAbbreviations.ProvinceCode("莒政办字〔2023〕9号").Should().BeNull();
    }

    [Fact]
    public void ATitleOverItsFindingsLabelHeadsThatProblemItsSubpointsItsText()
    {
        // 393: 一、华容河沿线生活污水直排问题依然突出 / 督察发现：1.…；2.…；3.… / 整改措施：（1）… Before, the first subpoint was
        // each problem's title, the headings a section and the last two run into the accounts above them.
        var doc = Doc("393_problem_accounts_with_numbered_subpoints");
        doc.Problems.Select(p => (p.Label, p.Title)).Should().Equal(("一", "华容河沿线生活污水直排问题依然突出"),
            ("二", "部分畜禽养殖场粪污处理设施不配套"), ("三", "洞庭湖区域矮围网围清理不彻底"));
        doc.Problems[0].Text.Should().Contain("1.华容河城区段沿线仍有12处生活污水排口未截流").And.Contain("3.东山镇、万庾镇集镇污水管网未实现全覆盖");
        doc.Problems[0].Fields.Progress.Should().Be("整改进展：已完成12处排口截流改造，城北污水处理厂进水浓度提升至每升132毫克，集镇管网延伸工程正在施工。");
        doc.Problems[1].Measures.Should().HaveCount(2);
        // A part named like an account (一、问题整改情况) over its finding's label is no problem's title.
        var account = Seeds.ParseText("一、问题整改情况\n督察报告指出：县城污水处理厂进水浓度偏低。\n整改目标：进水浓度提高。\n整改时限：2025年12月底\n", "account");
        account.Problems.Should().ContainSingle().Which.Title.Should().Be("县城污水处理厂进水浓度偏低");
    }

    [Fact]
    public void AFieldTagBeforeAFindingIsItsCategoryAndTheDashBeforeItsFieldsIsNeithers()
    {
        // 396: 4.【生态保护】西樵山风景名胜区内存在违规建设旅游设施问题。——责任单位：…；整改时限：…；整改情况：… Before, the tag
        // was the finding's first words (an air-quality theme from 【大气环境】) and the dash the last problem's status.
        var doc = Doc("396_bracket_theme_tags_dash_fields");
        doc.Problems.Select(p => p.Categories.Single()).Should().Equal("水环境", "大气环境", "固体废物", "生态保护");
        doc.Problems[3].Title.Should().Be("西樵山风景名胜区内存在违规建设旅游设施问题");
        doc.Problems[3].Fields.Progress.Should().Be("整改情况：已完成。违规建设设施已全部拆除并完成复绿。");
        doc.Problems[1].Themes.Select(t => t.ThemeId).Should().Equal("vocs");
    }

    [Fact]
    public void ARepostsBylineIsItsFurnitureAndTheTitleBelowItsHeadlineItsOwnLine()
    {
        // 397: a news platform's headline, 洞庭湖畔观察 2023-07-19 08:42 · 发布于湖南 · 关注, then the notice of 393. Before, the
        // headline, byline, title and preamble ran into one line: no title, the headings lost as in 393.
        var doc = Doc("397_toutiao_repost_of_393_ip_location");
        doc.Metadata.Title.Should().Be("华容县关于第二轮省级生态环境保护督察反馈意见整改落实情况的公示");
        doc.Metadata.Year.Should().BeNull();
        doc.Problems.Select(p => p.Title).Should().Equal(Doc("393_problem_accounts_with_numbered_subpoints").Problems.Select(p => p.Title));
    }

    [Fact]
    public void MeasuresCodedByTheirProblemsNumberUnderALabelledProblemAreItsMeasures()
    {
        // 400: 问题1 …。 / 整改目标 … / 措施1-1 …。（责任单位：…；完成时限：…） Before, the measures ran into the target and its
        // last deadline was read as the problem's.
        var doc = Doc("400_measure_codes_n_dash_m");
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 2, 2);
        doc.Problems[0].Fields.Target.Should().Be("全县小水电站生态流量泄放设施全部建成并在线监控，河道不再减水脱流。");
        doc.Problems[0].Measures[1].ResponsibleUnits.Should().Equal("县水利局", "县生态环境分局");
        doc.Problems[1].Measures[0].Ordinal.Should().Be("措施2-1");
    }

    [Fact]
    public void RomanNumeralsInOneCharacterNumberProblems()
    {
        // 401: Ⅰ．松花江上游…  Ⅱ．…  Ⅲ．… each with its fields. Before, one problem of all three.
        var doc = Doc("401_roman_numeral_problems");
        doc.Problems.Select(p => p.Label).Should().Equal("Ⅰ", "Ⅱ", "Ⅲ");
        doc.Problems[2].Title.Should().Be("长白山脚下部分矿泉水企业取水许可管理不规范，超许可取水问题突出");
        doc.Problems[2].Measures.Should().HaveCount(3);
        // Ⅲ类 run into its word opens no heading.
        Seeds.ParseText("整改目标：\nⅢ类水体比例达到80%。\n", "roman").Problems.Should().BeEmpty();
    }

    [Fact]
    public void ABracketOfUnitsByTheirRolesAndADeadlineWithoutLabelsClosesAFinding()
    {
        // 402: 1.沂河、沭河…较大。（市生态环境局牵头，市水利局、市住建局和各县区政府配合；2025年12月底前完成） / （1）… Before,
        // no problem at all: the findings were read as the plan's sections.
        var doc = Doc("402_unlabelled_bracket_lead_support_deadline");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2025年12月底前完成", "2024年12月底前完成", "2023年12月底前完成", "2025年6月底前完成");
        doc.Problems[0].Fields.LeadUnits.Should().Equal("市生态环境局");
        doc.Problems[0].Fields.SupportUnits.Should().Equal("市水利局", "市住建局", "各县区政府");
        doc.Problems[3].Fields.LeadUnits.Should().Equal("市生态环境局", "市农业农村局");
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 3, 2, 2);
        // An aside in brackets names no field: the finding keeps it.
        var aside = Seeds.ParseText("1.部分企业废水超标排放。（其中3家已关停，2家正在整改）\n整改措施：依法查处。\n整改时限：2023年底\n", "aside");
        aside.Problems.Single().Text.Should().Contain("（其中3家已关停，2家正在整改）");
    }

    [Fact]
    public void LabelsOfATaskFormAndALeadUnitLabelledAsASitesOwnerIsKept()
    {
        // 403: 问题表现 / 整改方向 / 具体举措 / 主办单位 / 协办单位 / 办结时限 / 督办领导, then the signature. Before, no problem: the
        // labels were unknown, 主办单位 was taken for a site's footer, the signature ran into the last leader.
        var doc = Doc("403_label_variants_zhuban_xieban_banjie");
        doc.Problems.Select(p => p.Fields.LeadUnits.Single()).Should().Equal("县农业农村局", "县住房和城乡建设局", "县自然资源局");
        doc.Problems[0].Fields.Target.Should().Be("宾居河流域化肥使用量较2021年减少10%，宾居河出境断面水质稳定达到Ⅲ类。");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2024年12月", "2025年6月", "2023年12月");
        doc.Problems[2].Fields.Leaders.Should().Equal("县人民政府分管副县长");
        // A site's owner in its footer is furniture.
        var page = Seeds.ParseText("1.县城污水处理厂进水浓度偏低。\n整改措施：管网改造。\n整改时限：2023年底\n\n主办单位：乐业县人民政府办公室　承办单位：乐业县大数据中心\n", "footer");
        page.Problems.Single().Fields.LeadUnits.Should().BeEmpty();
        page.Diagnostics.Should().Contain(d => d.Code == "page-chrome");
    }

    [Fact]
    public void NumberedLinesUnderATargetLabelAloneAreItsItemsNotMeasures()
    {
        // 411: 整改目标： / 1.2023年底前，…； / 2.巴拉河出境断面水质稳定达到Ⅱ类。 / 整改措施： / 1.… Before, the target's two items
        // were the first two measures and the problem had no target.
        var doc = Doc("411_numbered_targets_then_measures");
        doc.Problems[0].Fields.Target.Should().Contain("1.2023年底前，巴拉河沿岸民宿、餐饮经营户生活污水全部纳管或就地处理达标；")
            .And.Contain("2.巴拉河出境断面水质稳定达到Ⅱ类。");
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(4, 3);
        doc.Problems[1].Measures[0].Text.Should().Be("对全县5座乡镇生活垃圾填埋场渗滤液处理设施进行维修改造；");
    }

    [Fact]
    public void AnOriginalFindingsLabelAndAProblemNumberedInBracketsAloneOpenProblems()
    {
        // 412: 1. / 原问题：… ; 413: 问题（一） alone, its finding on the line below. Before, 原问题 read as 原 and a finding,
        // and 413's three problems were one.
        var first = Doc("412_yuan_wenti_zhenggai_jieguo_labels");
        first.Problems[0].Title.Should().Be("响水生态化工园区关停后遗留部分化工企业厂房设备未拆除，场地土壤和地下水污染风险管控不到位");
        var second = Doc("413_wenti_paren_number_heading_finding_below");
        second.Problems.Select(p => p.Title).Should().Equal("黑龙江嘉荫段部分江岸采砂点未按要求恢复治理，江岸生态受损",
            "县城部分餐饮企业油烟净化设施未正常使用，油烟扰民问题突出", "乌云镇部分畜禽养殖户粪污露天堆放，雨季随地表径流进入河道");
        second.Problems[1].Fields.ResponsibleUnits.Should().Equal("县城市管理综合执法局", "县生态环境分局");
    }

    [Fact]
    public void ATableSetInFixedColumnsJoinsTheCellsWrappedWithinThem()
    {
        // 419: 序号  反馈问题  责任单位  整改时限  进展情况, each finding wrapped onto a line of its own under its column. Before,
        // one problem, its finding cut at the wrap.
        var doc = Doc("419_space_columns_wrapped_cells");
        doc.Problems.Select(p => p.Title).Should().Equal("韩江大埔段部分河段沿岸生活垃圾随意堆放，雨季随径流进入河道",
            "部分稀土矿区历史遗留矿山生态修复进展滞后，存在水土流失隐患", "县城污水处理厂进水生化需氧量浓度偏低，管网收集效能不高");
        doc.Problems[0].Fields.ResponsibleUnits.Should().Equal("县住建局", "沿江各镇人民政府");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2023年6月底", "2024年12月底", "2023年12月底");
        doc.Diagnostics.Should().Contain(d => d.Code == "aligned-columns-table");
        // An indented paragraph after a blank line is the notice's own, not a cell wrapped within its column.
        var text = File.ReadAllText(Seeds.FixturePath(Path.Combine("blind-layouts", "419_space_columns_wrapped_cells.txt")))
            .Replace("\n\n大埔县生态环境保护督察", "\n\n\u3000\u3000公示期间，如有异议，请向县督察整改办反映。\n\n大埔县生态环境保护督察");
        var noted = Seeds.ParseText(text, "419_variant");
        noted.Problems[2].Fields.Progress.Should().Be("已完成");
        noted.Sections.Should().Contain(s => s.Text.Contains("公示期间，如有异议"));
    }

    [Fact]
    public void AFindingAcrossATablesWidthWithNoRowOfFieldsBelowIsAProblemAllTheSame()
    {
        // As 410 lays its findings out (1 | 反馈问题：… over a row of fields), with the first and last findings' rows of fields
        // missing: each is kept, marked as cut off, none run into another.
        var doc = Seeds.ParseText(string.Join('\n', "某县整改情况公示", "", "序号\t整改目标\t整改措施\t责任单位\t整改时限",
            "1\t反馈问题：县城污水处理厂进水浓度偏低，管网收集效能不高。", "2\t反馈问题：部分砖瓦企业脱硫除尘设施运行不正常。",
            "\t设施稳定运行。\t更换设施。\t县生态环境分局\t2023年6月底", "3\t反馈问题：部分乡镇垃圾中转站渗滤液外溢。"), "spanning");
        doc.Problems.Select(p => (p.Label, p.Title)).Should().Equal(("1", "县城污水处理厂进水浓度偏低，管网收集效能不高"),
            ("2", "部分砖瓦企业脱硫除尘设施运行不正常"), ("3", "部分乡镇垃圾中转站渗滤液外溢"));
        doc.Problems.Select(p => p.Fields.Truncated).Should().Equal(true, false, true);
        doc.Problems[1].Fields.DeadlineRaw.Should().Be("2023年6月底");
    }

    [Fact]
    public void AOneLineBodyOpensItsRecordAfterThePreamblesLastSentence()
    {
        // 427: …现将我局牵头整改的…整改情况予以公示。督察组反馈问题遂昌县…责任领导县政府分管副县长责任单位县自然资源和规划局…
        // all on one line, no label followed by a colon. Before, no problem: the line did not open with the label.
        var doc = Doc("427_one_line_runin_labels_leader_first");
        doc.Problems.Should().ContainSingle();
        var problem = doc.Problems[0];
        problem.Title.Should().Be("遂昌县历史遗留废弃矿山治理进度滞后，全县28个历史遗留废弃矿山中仍有11个未完成生态修复，部分矿山存在边坡崩塌隐患");
        problem.Fields.Target.Should().Be("完成11个历史遗留废弃矿山生态修复，消除地质灾害隐患");
        problem.Fields.DeadlineRaw.Should().Be("2022年10月底前");
        problem.Fields.Leaders.Should().Equal("县政府分管副县长");
        problem.Measures.Select(m => m.Text).Should().Equal("逐矿制定“一矿一策”修复方案", "采取削坡减载、覆土复绿等措施实施综合治理", "建立矿山修复后期管护制度");
        // Its title, on one line with the page's 来源 and date, is cut off as the title (before, the front matter began with it).
        doc.Metadata.Title.Should().Be("遂昌县自然资源和规划局关于历史遗留废弃矿山生态修复问题整改销号情况的公示");
    }

    [Fact]
    public void APartNamedInAHigherNumberingClosesTheProblemsOfACopyThatStartsMidList()
    {
        // 428: a copy from （六） to （八）, then 三、保障措施 and its （一）（二）（三）. Before, 三、保障措施 ran into the last
        // measure and its three items were three more problems.
        var doc = Doc("428_paginated_copy_from_item_six_province_forestry");
        doc.Problems.Select(p => p.Label).Should().Equal("（六）", "（七）", "（八）");
        doc.Problems[2].Measures[^1].Text.Should().Be("建立林长制督查考核机制，将案件查处情况纳入考核。");
        doc.Sections.Should().Contain(s => s.Heading == "保障措施" && s.Text.StartsWith("（一）加强组织领导。"));
        // An account's items numbered 一、 under a problem numbered （一） stay its account (63).
        var status = Doc("63_status_numbered_cn");
        status.Problems[0].Fields.Progress.Should().Be("整改情况：一、已检查建筑工地82个，责令整改17个；\n二、在线监测设备安装率达到100%；\n三、立案查处违法行为3起。");
    }

    [Fact]
    public void ABreadcrumbOfAnySiteAndAPortalsRegionTagByShortNameAreThePages()
    {
        // 437: 神农架林区人民政府门户网站 > 政务公开 > … > 生态环境 over the title, no 首页 in it; 439 its tender site's copy,
        // 千里马招标网 > 招标信息 > 湖北 > 神农架 over 林区****管理局关于…, tagged 地区：湖北-神农架. Before, each trail ran into its
        // title, and the copy's issuer was the trail.
        var original = Doc("437_forestry_district_admin_notice_plain_labels");
        original.Metadata.Title.Should().Be("林区林业管理局关于第二轮中央生态环境保护督察反馈问题整改情况的公示");
        var copy = Doc("439_tender_site_masked_mirror_of_437");
        copy.Metadata.Title.Should().Be("林区****管理局关于第二轮中央生态环境保护督察反馈问题整改情况的公示");
        copy.Metadata.Region!.Code.Should().Be("429021");
        // 443: a spam site's menu over a mirror — 六合彩开奖直播 | 首頁 | 新聞中心 | 站點地圖 — is the site's.
        Doc("443_trad_pinyin_spam_mirror_of_435").Sections[0].Text.Should().StartWith("鄖西縣人民政府");
    }

    [Fact]
    public void AnAccountsNameAndKeycapNumbersPlaceAndNumberAWeChatCopy()
    {
        // 440: 会理发布 / 2023-11-21 18:30 四川 / 关于第二轮四川省…的公示, items 1️⃣ 2️⃣ with fields after ✅ 🏢 ⏰ 📌. Before, the
        // province (its title names no county), the time of posting run into the title, and ⏰ into the units before it.
        var doc = Doc("440_wechat_keycap_emoji_numbers");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("513402", "2023-11-21"));
        doc.Metadata.Title.Should().Be("关于第二轮四川省生态环境保护督察反馈问题整改情况的公示");
        doc.Problems.Select(p => p.Label).Should().Equal("1", "2");
        doc.Problems[0].Fields.ResponsibleUnits.Should().Equal("市综合行政执法局", "市市场监管局");
        doc.Problems[1].Fields.DeadlineRaw.Should().Be("2023年10月底前");
    }

    [Fact]
    public void AHeadlineThatNamesWhoIssuedAPlanIsItsTitleAndPlacesIt()
    {
        // 444: 中共云南省委办公厅 云南省人民政府办公厅印发《云南省贯彻落实…整改方案》 over an excerpt whose problem, units
        // and measures name 镇雄县 and 昭通市. Before, no title was found and the county the measures name was the issuer's.
        var doc = Doc("444_province_plan_excerpt_county_in_finding_and_measures");
        doc.Metadata.Region!.Code.Should().Be("530000");
        doc.Metadata.IssuingBody.Should().Be("中共云南省委办公厅、云南省人民政府办公厅");
        (doc.Metadata.Inspection.Kind, doc.Metadata.Inspection.Round).Should().Be(("central", 3));
        // Their share of the work after the units (…、省应急厅按职责分工负责指导督促) is no part of the last one's name.
        doc.Problems[0].Fields.ResponsibleUnits.Should().EndWith(["省生态环境厅", "省应急厅"]);
    }

    [Fact]
    public void RadicalFormsInATextCopyAreTheCharacters()
    {
        // 445: a text copied from a PDF's text layer, 整改⽬标 and 2022年3⽉18⽇ written with radicals (U+2F6C, U+2F49).
        // Before, no target, no date of issue, no year, and two problems of three.
        var doc = Doc("445_pdf_text_kangxi_radicals");
        doc.Problems.Should().HaveCount(3);
        (doc.Metadata.Year, doc.Metadata.Date).Should().Be((2022, "2022-03-18"));
        doc.Problems[1].Fields.Target.Should().Be("2023年6月底前，完成园区污水管网排查修复，污水处理厂进水COD浓度提升至200毫克/升以上。");
        doc.Problems[0].Fields.ResponsibleUnits.Should().EndWith("各乡镇人民政府");
    }

    [Fact]
    public void AViewersLineNumbersAreReadOff()
    {
        // 449: 446 copied from an online preview, every line numbered and right-aligned (  9  …, 10  …), a blank line numbered
        // too, the table one cell to a line. Before, no problem, and the date lost.
        var doc = Doc("449_viewer_line_numbers_mirror_of_446");
        doc.Problems.Select(p => p.Label).Should().Equal("1", "2");
        doc.Problems[0].Measures[1].Text.Should().Be("实施场镇雨污分流改造，新建污水管网28公里。");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("511722", "2023-06-30"));
        // The viewer's words after the file's name (….docx - 在线预览) are not the title's.
        doc.Metadata.Title.Should().Be("宣汉县第二轮中央生态环境保护督察反馈问题整改进展情况公示");
    }

    [Fact]
    public void ABilingualNoticesTibetanLinesAreLeftOut()
    {
        // 450: each Chinese line under its Tibetan one. Before, a Tibetan heading ran into the status above it and the
        // issuer under a Tibetan line was lost.
        var doc = Doc("450_bilingual_tibetan_chinese_notice");
        doc.Problems[0].Fields.Progress.Should().Be("整改进展：已拆除核心区内帐篷营地12处，设置管控卡点3个，开展生态修复1.8万平方米，已完成整改。");
        doc.Metadata.IssuingBody.Should().Be("定日县中央生态环境保护督察整改工作领导小组办公室");
        doc.Diagnostics.Should().Contain(d => d.Code == "other-script");
    }

    [Fact]
    public void ColonsInOtherFormsCloseLabels()
    {
        // 455: labels closed by ∶ (the ratio sign), ︰ and ﹕, problems numbered ⒈ ⒉ ⒊ and measures ⑴ ⑵ (one character each,
        // read before). Before, no label was one: no problem at all.
        var doc = Doc("455_ratio_colons_parenthesized_digit_numbers");
        doc.Problems.Select(p => p.Label).Should().Equal("⒈", "⒉", "⒊");
        doc.Problems[1].Fields.DeadlineRaw.Should().Be("2023年10月底前");
        doc.Problems[2].Fields.LeadUnits.Should().Equal("市生态环境局");
        doc.Problems[0].Measures.Select(m => m.Text).Should().Equal("开展沿湖养殖池塘摸底排查，建立养殖尾水排放台账。",
            "推广“三池两坝”尾水处理模式，完成池塘标准化改造1.2万亩。", "加强湖区水质监测，每月通报总磷浓度变化情况。");
    }

    [Fact]
    public void FieldsPartedByTheIdeographBarAreFields()
    {
        // 456: 问题编号：NX-03丨问题描述：…丨整改目标：…丨责任单位：… on one line per problem, the closing words under the last
        // after a blank line, the phone masked (0731-87882xxx) over the signature. Before, each problem was its code, its
        // finding lost, every field ending in 丨, and the closing words run into the last progress.
        var doc = Doc("456_cjk_bar_separated_fields_letter_o_date");
        doc.Problems.Select(p => p.Title).Should().Equal("沩水河宁乡段部分河段采砂后河床未及时平整修复，岸线生态受损",
            "部分乡镇污水处理厂进水浓度偏低，配套管网雨污混接", "部分生猪规模养殖场粪污资源化利用设施运行不正常");
        doc.Problems[0].Fields.ResponsibleUnits.Should().Equal("市水利局", "市自然资源局");
        doc.Problems[2].Fields.Progress.Should().Be("整改进展：已督促27家养殖场完成设施维修改造，已完成整改");
        doc.Sections.Should().Contain(s => s.Heading == "公示说明");
        (doc.Metadata.IssuingBody, doc.Metadata.Date).Should().Be(("宁乡市生态环境保护督察整改工作领导小组办公室", "2023-11-06"));
    }

    [Fact]
    public void ANoticesNextStepsAfterItsLastProblemAreItsOwn()
    {
        // 383: 4．…（2023年10月底前）——已完成 then 下一步，我区将对照整改时限，加快推进…. Before, the next steps ran into the
        // last problem's progress (已完成下一步，我区将…).
        var doc = Doc("383_one_line_items_with_status_after_dash");
        doc.Problems[^1].Fields.Progress.Should().Be("整改情况：已完成");
        doc.Sections.Should().Contain(s => s.Heading == "下一步工作" && s.Text.StartsWith("下一步，我区将对照整改时限"));
    }

    [Fact]
    public void NumbersInSquareAndTortoiseShellBracketsNumberProblems()
    {
        // 470: [1] … [4], each over its target, units and measures 1. 2. 3.; 473: 〔一〕 〔二〕 〔三〕 under 一、整改任务, its
        // 保障措施 numbered （一） （二）. Before, 470 read three problems (each the last measure of the one before) and 473 two.
        var square = Doc("470_square_bracket_numbered_plan");
        square.Problems.Select(p => p.Label).Should().Equal("（1）", "（2）", "（3）", "（4）");
        square.Problems[0].Measures.Select(m => m.Text).Should().Equal("2022年12月底前，完成沂河沿岸河道管理范围内建设项目全面排查，建立问题台账。",
            "对排查发现的违规建设项目依法分类处置，该拆除的坚决拆除，该整改的限期整改。", "建立河湖长巡河发现问题“一单式”交办机制，防止问题反弹。");
        square.Problems[1].Fields.Target.Should().Be("规模养殖场粪污处理设施装备配套率保持100%，畜禽粪污综合利用率达到92%以上。");
        var tortoise = Doc("473_tortoise_shell_numbers");
        tortoise.Problems.Select(p => p.Label).Should().Equal("（一）", "（二）", "（三）");
        tortoise.Problems[0].Title.Should().Be("草海保护区周边违规建设问题突出，湖滨带被侵占，草海水质下降");
        tortoise.Problems[2].Measures.Should().HaveCount(2);
        // A document number's year in the same brackets (〔2021〕) is no number of an item.
        Core.Parsing.Headings.Match(Core.Parsing.DualText.Of("〔2021〕57号")).Should().BeNull();
    }

    [Fact]
    public void AFeedsNoNumbersAndLettersNumberItems()
    {
        // 469: NO.1 alone on a line over 问题：… and its fields; 476, an aggregator's copy, NO．1 in full width. Before, each
        // NO.2 ran into the last problem's progress. 471: A. B. C. before each complaint's 受理编号, its state 办理状态：….
        // Before, each letter and the state ran into the units above.
        var feed = Doc("469_wechat_no_dot_numbered");
        feed.Problems.Select(p => p.Label).Should().Equal("NO.1", "NO.2", "NO.3");
        feed.Problems[0].Fields.Progress.Should().Be("整改进展：已完成9个小区改造，修复破损管道2.1公里，序时推进。");
        Doc("476_aggregator_copy_of_469").Problems.Select(p => p.Label).Should().Equal("NO.1", "NO.2", "NO.3");
        var letters = Doc("471_letter_numbered_items");
        letters.Problems.Should().HaveCount(3);
        letters.Problems[1].Fields.ResponsibleUnits.Should().Equal("三江街道", "区生态环境局", "区交通局");
        letters.Problems[1].Fields.Progress.Should().EndWith("办理状态：阶段性办结");
        // NO2, the gas, and A级 run into their words number nothing.
        Core.Parsing.Headings.Match(Core.Parsing.DualText.Of("NO2浓度同比下降")).Should().BeNull();
        Core.Parsing.Headings.Match(Core.Parsing.DualText.Of("A级景区周边")).Should().BeNull();
    }

    [Fact]
    public void AFindingOverItsMeasuresAndItsAcceptanceIsAProblem()
    {
        // 474: Ⅰ、… / 整改措施：… / 责任单位：… / 验收时间：… / 验收结论：…, no target and no deadline. Before, one problem of
        // all three, each numeral run into the verdict above it.
        var doc = Doc("474_roman_numeral_problems");
        doc.Problems.Select(p => p.Label).Should().Equal("Ⅰ", "Ⅱ", "Ⅲ");
        doc.Problems[1].Fields.Progress.Should().Be("验收结论：整改到位，同意销号。");
        doc.Problems[1].Fields.DeadlineRaw.Should().Be("2023年12月5日");
        doc.Problems[2].Measures.Select(m => m.Text).Should().Equal("对县城建成区餐饮单位逐户排查，督促安装油烟净化设施并定期清洗，建立长效监管机制。");
    }

    [Fact]
    public void NumeralsClosedByABracketAloneAndZeroPaddedNumbersNumberProblems()
    {
        // 478: 一） 二） 三）, each over its target, measures 1. 2. 3. and fields. Before, one problem of all three. 479: 01、
        // over measures （1） （2） （3） and 牵头单位：…　配合单位：… after the last. Before, each last measure was a problem
        // of its own (units were read as opening a problem's fields wherever they stood).
        var half = Doc("478_half_paren_chinese_numerals");
        half.Problems.Select(p => p.Label).Should().Equal("（一）", "（二）", "（三）");
        half.Problems[1].Measures.Select(m => m.Text).Should().Equal("加快二期扩建工程施工进度；", "同步建设配套管网12公里。");
        var padded = Doc("479_zero_padded_numbers");
        padded.Problems.Select(p => p.Label).Should().Equal("01", "02", "03");
        padded.Problems[0].Measures.Select(m => m.Text).Should().EndWith("建立库区巡查机制，严防网箱养殖反弹。");
        padded.Problems[0].Fields.LeadUnits.Should().Equal("县农业农村局");
        padded.Problems[0].Fields.SupportUnits.Should().Equal("县水务局", "沿库乡镇");
    }

    [Fact]
    public void ItemsRunIntoATitleThatCountsThemAreItems()
    {
        // 483: 一、城关街道（共2项）1.…（责任单位：…）2.…（…） on one line per town, as a copy that lost its line breaks. Before,
        // one problem per town, the second item's fields over the first's.
        var doc = Doc("483_copy_of_480_groups_on_one_line");
        doc.Problems.Select(p => p.Title).Should().Equal("锦绣花园小区雨水管网混入生活污水，直排北淝河", "城区部分夜市排档油烟直排扰民",
            "镇区生活垃圾中转站渗滤液外溢，臭味扰民", "县经济开发区部分企业危险废物贮存场所不规范", "涡河蒙城段部分河段岸坡垃圾堆放");
        doc.Problems[1].Fields.DeadlineRaw.Should().Be("2023年7月底前");
        doc.Problems[4].Categories.Should().Equal("三、县直部门（共2项）");
        // 480, the original, an item to a line, reads the same problems.
        Doc("480_groups_with_counts_restarting_numbers").Problems.Select(p => p.Title).Should().Equal(doc.Problems.Select(p => p.Title));
    }

    [Fact]
    public void AStatusTaggedAfterAFindingIsItsProgress()
    {
        // 481: 1．…直排入海。【已完成】 — before, the state stayed in the finding's text.
        var doc = Doc("481_status_in_brackets_at_line_end");
        doc.Problems.Select(p => p.Fields.Progress).Should().Equal("已完成", "序时推进", "序时推进");
        doc.Problems[0].Text.Should().Be("健跳港沿岸部分海水养殖尾水未经处理直排入海。");
        // A field of work tagged before the finding and its state after it: both kept.
        var tagged = Core.Parsing.PlanParser.Parse("1．【水环境】健跳港沿岸部分海水养殖尾水未经处理直排入海。【已完成】\n整改措施：推广“三池两坝”尾水处理模式。\n"
            + "责任单位：县海洋与渔业局\n2．【大气环境】部分工业企业挥发性有机物治理设施简易低效。【序时推进】\n整改措施：全部升级改造。\n责任单位：县经信局\n",
            "x", "x.txt", "h", "utf-8");
        tagged.Problems.Select(p => (p.Categories.Single(), p.Fields.Progress)).Should().Equal(("水环境", "已完成"), ("大气环境", "序时推进"));
    }

    [Fact]
    public void DashBulletsAreNoPartOfTheirMeasures()
    {
        // 484: ○ 问题：… over its fields and measures, each marked — . Before, every measure began with its dash.
        var doc = Doc("484_hollow_circle_problems_dash_measures");
        doc.Problems.Should().HaveCount(3);
        doc.Problems[1].Measures.Select(m => m.Text).Should().Equal("督促企业疏通和更换坝体排渗管，完善库区周边截洪沟、排水沟，雨污分流；",
            "在尾矿库下游设置地下水和地表水监测点位，按月开展重金属监测；", "督促企业修订突发环境事件应急预案并备案，每年至少开展一次应急演练。");
        // A page's number between dashes stays the page's furniture, not a measure.
        var paged = Doc("83_pdf_hard_wrapped");
        paged.Problems[0].Measures.Select(m => m.Text).Should().NotContain(t => t.Contains('—'));
    }

    [Fact]
    public void APartNumberedAfterTheListsHeadingEndsTheLastProblem()
    {
        // 485, a Markdown copy: ## 一、主要问题及整改措施 over ### 问题1：… ### 问题3：…, then ## 二、保障措施 and its 1. 2. 3.
        // Before, 二、保障措施 and its points were a group of the third problem's measures.
        var doc = Doc("485_markdown_hash_headings");
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(4, 3, 3);
        doc.Problems[2].Measures.Select(m => m.Text).Should().EndWith("推广种养结合，配套粪污消纳用地，推进粪肥就地就近还田利用。");
        doc.Sections.Select(x => x.Heading).Should().Contain("保障措施");
    }

    [Fact]
    public void ANoticeOfAccountabilityListsNoProblems()
    {
        // 486: …整改不力问责情况的通报, 现将有关情况通报如下： then four numbered sanctions (给予党内警告处分, 诫勉谈话 …). Before,
        // four problems.
        var doc = Doc("486_accountability_notice_no_problems");
        doc.Problems.Should().BeEmpty();
        doc.Metadata.Region!.Code.Should().Be("360423");
    }

    [Fact]
    public void AnItemOverItsLabelledFindingHeadsItsProblem()
    {
        // 487: 第一项：…不力，…突出。 over 督察发现：（1）…（2）… and its fields. Before, the second and third items ran into the
        // measure above them and each finding's first case was read as the problem.
        var doc = Doc("487_di_xiang_problems_inner_paren_cases");
        doc.Problems.Select(p => p.Label).Should().Equal("第一项", "第二项", "第三项");
        doc.Problems[1].Title.Should().Be("焦化企业无组织排放管控不到位");
        doc.Problems[1].Measures.Select(m => m.Text).Should().EndWith("加强在线监测设施运维监管，对数据异常问题依法查处。");
    }

    [Fact]
    public void NumbersAndLettersClosedByABracketNumberProblemsAndMeasures()
    {
        // 489: 1) 反馈问题：… over its fields and measures a) b) c). Before, 2) and 3) ran into the account above them and each
        // measure kept its letter.
        var doc = Doc("489_ascii_half_paren_numbers_letter_measures");
        doc.Problems.Should().HaveCount(3);
        doc.Problems[0].Fields.Progress.Should().EndWith("周边溪沟水质达到Ⅱ类。");
        doc.Problems[2].Measures.Select(m => m.Text).Should().Equal("对全县小水电站逐站核定生态流量，完成泄放设施改造；",
            "安装生态流量在线监测装置，接入县级监管平台；", "对不落实生态流量下泄的电站依法依规处理，情节严重的限期退出。");
    }

    [Fact]
    public void CapitalNumeralsNumberProblemHeadings()
    {
        // 491: 壹、贰、叁、 number the problems, each over its labelled fields （一）问题情况：… （六）完成情况：…. Before, 贰、 and 叁、
        // were no headings: each ran into the account above it.
        var doc = Doc("491_financial_numeral_problem_headings_special_district");
        doc.Problems.Select(p => p.Label).Should().Equal("壹", "贰", "叁");
        doc.Problems[0].Fields.Progress.Should().Be("完成情况：已完成。建成处理站5座，日处理能力1.2万吨，下游断面水质达到Ⅲ类。");
        doc.Problems[1].Measures.Select(m => m.Text).Should().Equal("在建工地全面落实围挡、覆盖、冲洗、硬化等措施，安装视频监控和扬尘在线监测设备；",
            "渣土运输车辆全部实行密闭运输，对抛洒滴漏行为依法查处；", "增加城区主次干道机扫、洒水频次。");
    }

    [Fact]
    public void ABracketedProblemLabelHoldingItsNumberOpensAProblem()
    {
        // 494: 【问题一】…【整改目标】…【整改措施】…: the number inside the label's bracket. Before, the three problems were read
        // as one, each label's values joined.
        var doc = Doc("494_bracketed_ordinal_problem_labels_forest_district");
        doc.Problems.Select(p => p.FeedbackNo).Should().Equal("问题一", "问题二", "问题三");
        doc.Problems[1].Text.Should().Be("部分小水电站未按规定下泄生态流量，下游河道出现减水河段。");
        doc.Problems[1].Fields.DeadlineRaw.Should().Be("2022年12月底");
        doc.Problems[2].Fields.Progress.Should().Be("进展情况：正在推进。已拆除违规建筑7处，完成生态修复1.8公顷。");
    }

    [Fact]
    public void APageOpeningOnAnotherProblemsLastMeasureReadsOnlyTheProblemItHolds()
    {
        // 507: page 3 of a plan opens inside problem (十一): its third measure, closed by units and deadline, then its
        // progress. The problems are numbered （十二）, their measures 1. 2. under 整改措施: — the leading 3. is a measure of
        // a problem cut off above, not a problem.
        var doc = Doc("507_district_plan_page_three_starts_mid_measure_item_twelve");
        doc.Problems.Should().ContainSingle();
        doc.Problems[0].Text.Should().StartWith("黄柏河流域部分磷矿企业矿井涌水处理设施运行不正常");
        doc.Problems[0].Measures.Should().HaveCount(5);
        doc.Problems[0].Fields.DeadlineRaw.Should().Be("2022年12月底前");
    }

    [Fact]
    public void ALeadingItemNumberedAsTheMeasuresAreIsNoProblemBeforeTheFirstNumberedAsProblems()
    {
        // The same shape in other words: 2. closes with its units and deadline and has its status, then 三、, the one
        // problem the page holds, its measures numbered 1. 2. under their label. Before, the two tied and 2. was a problem.
        var doc = Seeds.ParseText(string.Join("\n",
            "某县督察反馈问题整改方案（续）",
            "2.对城区餐饮油烟净化设施开展专项检查。（责任单位：县城管局；完成时限：2023年6月底前）",
            "整改情况：已完成检查餐饮单位126家。",
            "三、县城集中式饮用水水源地一级保护区内仍有农家乐经营",
            "牵头单位：县生态环境局",
            "整改时限：2023年12月底前",
            "整改措施：",
            "1.依法关闭一级保护区内农家乐3家。",
            "2.设置隔离防护设施和警示标志。"));
        doc.Problems.Should().ContainSingle();
        doc.Problems[0].Label.Should().Be("三");
        doc.Problems[0].Measures.Select(m => m.Text).Should().Equal("依法关闭一级保护区内农家乐3家。", "设置隔离防护设施和警示标志。");
    }

    [Fact]
    public void APlanPerProblemTitledAfterTheLastOnesDeadlineStartsTheNext()
    {
        // 496: one plan per problem, each titled …问题整改方案 over 一、问题概况 … 五、完成时限 with its value below. Before, each
        // title ran into the last problem's deadline, and the closing charge into the last one's.
        var doc = Doc("496_one_problem_one_plan_repeated_sections");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2024年12月底", "2025年6月底", "2024年11月底");
        doc.Problems[1].Text.Should().Be("盐锅峡镇部分企业工业固体废物露天堆存，未采取防扬散、防流失、防渗漏措施，雨季淋溶水进入周边沟渠。");
        doc.Problems[1].Measures.Should().HaveCount(3);
        doc.Sections.Should().Contain(s => s.Heading == "工作要求" && s.Text.StartsWith("各责任单位要按照方案明确的目标任务"));
    }

    [Fact]
    public void ATableCaptionOverTheNextLabelledFindingIsNoLineOfTheLastProgress()
    {
        // 497's shape as text: each problem a table of labels and values under its caption (表2　…整改台账).
        var doc = Seeds.ParseText(string.Join("\n",
            "某区督察反馈问题整改台账",
            "",
            "表1　污水处理厂进水浓度偏低问题整改台账",
            "反馈问题：镇生活污水处理厂进水化学需氧量浓度长期偏低，管网雨污混接严重。",
            "整改措施：1.开展排水管网排查检测。2.实施雨污分流改造。",
            "完成时限：2025年6月30日",
            "整改进展：正在推进，已完成管网排查28公里。",
            "",
            "表2　沿江畜禽养殖污染问题整改台账",
            "反馈问题：禁养区内仍有部分生猪养殖场未按期关闭搬迁。",
            "整改措施：1.逐一核查，依法关闭搬迁。2.对粪污直排行为依法查处。",
            "完成时限：2024年12月31日",
            "整改进展：已完成。"));
        doc.Problems.Should().HaveCount(2);
        doc.Problems[0].Fields.Progress.Should().Be("整改进展：正在推进，已完成管网排查28公里。");
        doc.Problems[1].Text.Should().Be("禁养区内仍有部分生猪养殖场未按期关闭搬迁。");
    }

    [Fact]
    public void AMeasuresRowNamingAProblemTheListLacksIsWarnedOfNotMadeAProblem()
    {
        // 490's shape, the second table's last row naming a code the first does not list.
        var doc = Seeds.ParseText(string.Join("\n",
            "某县督察反馈问题整改清单",
            "序号\t问题编号\t督察反馈问题\t牵头单位\t整改时限",
            "1\tA-01\t城区部分路段雨污管网混接错接，污水直排河道。\t县住建局\t2024年12月31日",
            "2\tA-02\t部分乡镇生活垃圾转运不及时，存在垃圾积存现象。\t县城管局\t2024年6月30日",
            "",
            "问题编号\t措施序号\t整改措施\t责任单位\t完成时限",
            "A-02\t1\t增配垃圾转运车辆，实行日产日清。\t县城管局\t2024年6月30日",
            "A-01\t1\t开展管网混接错接排查，完成改造12公里。\t县住建局\t2024年12月31日",
            "A-09\t1\t建立巡查制度。\t县水利局\t长期坚持"));
        doc.Problems.Select(p => p.Measures.Select(m => m.Text).ToList()).Should().BeEquivalentTo(
            new[] { new[] { "开展管网混接错接排查，完成改造12公里。" }, new[] { "增配垃圾转运车辆，实行日产日清。" } }, o => o.WithStrictOrdering());
        doc.Diagnostics.Should().ContainSingle(d => d.Code == "table-row-unkeyed" && d.Line == 9)
            .Which.Message.Should().Be("a measure's row names problem \"A-09\", which the table above does not list; ignored");
    }
}
