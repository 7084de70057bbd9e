using Rectify.Search.Core.Enrichment;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Parsing;
using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Parsing;

/// <summary>The layouts written for this project (Fixtures/own-layouts): what each one's shape asks of the parser.</summary>
public sealed class OwnLayoutTests
{
    private static PlanDocument Doc(string name) => Seeds.Fixture(Path.Combine("own-layouts", name + ".txt"));

    [Fact]
    public void ACountyNoticeWithSeveralProblemsAndNumberedFields()
    {
        var doc = Doc("31_county_notice_several");
        doc.Metadata.Layout.Should().Be("list");
        doc.Problems.Select(p => p.Label).Should().Equal("一", "二");
        var first = doc.Problems[0];
        first.Fields.LeadUnits.Should().Equal("县住建局");
        first.Fields.SupportUnits.Should().Equal("县生态环境局", "紫阳镇");
        first.Measures.Select(m => m.Ordinal).Should().Equal("1", "2", "3");
        first.Fields.Progress.Should().Be("整改完成情况：已完成管网排查126公里，改造雨污分流管网12.4公里。");
        DeadlineParser.Parse(doc.Problems[1].Fields.DeadlineRaw).Kind.Should().Be(DeadlineKind.ImmediateAndOngoing);
        doc.Problems[1].Measures.Should().HaveCount(2);
        doc.Sections.Select(s => s.Heading).Should().Contain(["公示期限", "监督电话", "落款"]);
        doc.Metadata.RegionEvidence!.Source.Should().Be("page");
    }

    [Fact]
    public void ATownListWithCircledMeasuresAndTheirOwnUnitsAndDeadlines()
    {
        var p = Doc("32_town_list").Problems[0];
        p.Measures.Select(m => m.Ordinal).Should().Equal("①", "②");
        p.Measures[0].ResponsibleUnits.Should().Equal("镇村镇建设办");
        p.Measures[0].Text.Should().Be("新建渗滤液收集池1座，容积50立方米。（完成时限：2022年9月底）");
        DeadlineParser.ForMeasure(p.Measures[0].Text)!.Date.Should().Be("2022-09-30");
        p.Measures[1].ResponsibleUnits.Should().Equal("镇环保所");
    }

    [Fact]
    public void ATaskListTableWhoseRowsRepeatTheProblem()
    {
        var doc = Doc("33_task_list_table");
        doc.Metadata.Layout.Should().Be("table");
        doc.Problems[1].Fields.DeadlineRaw.Should().Be("2022年6月底；长期坚持");
        doc.Problems[1].Measures.Select(m => m.ResponsibleUnits.Single()).Should().Equal("县交通运输局", "县水利局");
    }

    [Fact]
    public void ATwoColumnTableWithLabelAndValueOnOneRow()
    {
        var doc = Doc("34_two_column_table");
        doc.Metadata.Layout.Should().Be("notice");
        var p = doc.Problems.Single();
        p.Text.Should().Be("长江岸线非法砂石码头整治不彻底。");
        p.Fields.ResponsibleUnits.Should().Equal("临湘市交通运输局");
        p.Measures.Select(m => m.Ordinal).Should().Equal("一是", "二是", "三是");
        doc.Metadata.YearSource.Should().Be("notice-period");
    }

    [Fact]
    public void APageThatStartsInsideTheListKeepsItsWholeProblemsAndReportsTheFragment()
    {
        var doc = Doc("35_paginated_fragment");
        doc.Problems.Select(p => p.Label).Should().Equal("四", "五");
        doc.Diagnostics.Should().Contain(d => d.Code == "list-fragment" && d.Line == 2);
        doc.Sections.Single().Should().BeEquivalentTo(new { Ordinal = "（3）", Heading = "加强农村生活垃圾收运体系建设", Text = "责任单位：县城管局\n2022年12月底前完成。" });
    }

    [Fact]
    public void SeveralFieldsWrittenOnOneLineAreReadApart()
    {
        var doc = Doc("36_inline_fields");
        var p = doc.Problems.Single();
        p.Text.Should().Be("湟水河城东段河道两岸存在垃圾乱堆乱放现象。");
        p.Fields.ResponsibleUnits.Should().Equal("城东区城市管理局");
        p.Fields.DeadlineRaw.Should().Be("2022年6月底");
        p.Measures.Select(m => m.Ordinal).Should().Equal("（一）", "（二）", "（三）");
        doc.Diagnostics.Should().Contain(d => d.Code == "fields-split");
    }

    [Fact]
    public void FieldsBeforeTheProblemAndMeasureNumbersThatContinueAcrossProblems()
    {
        var doc = Doc("37_fields_before_problem");
        doc.Problems.Select(p => (p.Label, p.Text)).Should().Equal(
            ("一", "贺兰山西坡部分矿山违规开采，生态修复进展缓慢。"), ("二", "部分嘎查草原超载过牧问题突出。"));
        doc.Problems[0].Fields.Leaders.Should().Equal("巴特尔");
        doc.Problems[0].Fields.SupportUnits.Should().Equal("旗自然资源局", "旗生态环境分局");
        doc.Problems[1].Measures.Select(m => m.Ordinal).Should().Equal("3", "4");
        doc.Metadata.Region!.Should().Be(new Region("内蒙古自治区", "阿拉善盟", "阿拉善左旗", "152921", RegionLevel.County));
    }

    [Fact]
    public void ATableFlattenedOneCellPerLineIsReadBackAsRows()
    {
        var doc = Doc("38_cells_per_line_table");
        doc.Metadata.Layout.Should().Be("table");
        doc.Problems.Select(p => p.Text).Should().Equal("星子镇城区污水管网雨污混接，污水直排鄱阳湖", "庐山西海风景区部分农家乐污水未经处理排放");
        doc.Problems[0].Measures.Single().Text.Should().Be("完成星子镇老城区雨污分流改造6公里，封堵直排口14个。");
        doc.Problems[1].Fields.ResponsibleUnits.Should().Equal("市文旅局", "温泉镇政府");
        doc.Problems[1].Fields.DeadlineRaw.Should().Be("2023年6月底");
        doc.Diagnostics.Should().Contain(d => d.Code == "table-cells-joined")
            .And.Contain(d => d.Code == "table-row-uneven" && d.Message.StartsWith("row on lines 7–12 has 6 cell lines for 5 columns"));
    }

    [Fact]
    public void AHeaderWhoseCellsAreSeparatedBySpacesIsStillAHeader()
    {
        var doc = Doc("39_spaced_header");
        doc.Problems.Select(p => p.Fields.ResponsibleUnits.Single()).Should().Equal("地区发展改革委", "地区生态环境局");
        doc.Metadata.Region!.Code.Should().Be("653200");
        doc.Metadata.Inspection.Kind.Should().Be("provincial");
    }

    [Fact]
    public void ADistrictOfAMunicipalityWithAZoneGbt2260Lacks()
    {
        var doc = Doc("40_municipal_district_zone");
        doc.Metadata.Region.Should().Be(new Region("上海市", null, "浦东新区", "310115", RegionLevel.County));
        doc.Metadata.RegionEvidence.Should().Be(new RegionEvidenceSummary("title", 0.95, "张江高新区"));
        doc.Problems.Single().Fields.Progress.Should().Be("整改完成情况：已完成43家企业专项检查，12家企业完成源头替代。");
        doc.Sections.Should().Contain(s => s.Heading == "落款" && s.Text == "上海市浦东新区张江高新区管理委员会\n2025年3月10日");
    }

    [Fact]
    public void ATenderPortalCopyInGbkLosesItsWrapperAndFindsItsCountyFromTheText()
    {
        var doc = Doc("41_tender_portal_gbk");
        doc.Encoding.Should().Be("gb18030");
        doc.Metadata.Region!.Code.Should().Be("522634");
        doc.Metadata.RegionEvidence!.Source.Should().Be("body");
        (doc.Metadata.Year, doc.Metadata.YearSource).Should().Be((2024, "page"));
        doc.Diagnostics.Should().Contain(d => d.Code == "page-chrome" && d.Message.StartsWith("6 line(s)"))
            .And.Contain(d => d.Code == "page-number");
        var p = doc.Problems.Single();
        p.Fields.Progress.Should().Be("验收结论：经现场核查，整改已达到验收标准，同意销号。");
        string.Concat(doc.Sections.Select(s => s.Heading + s.Text)).Should().NotContain("登录").And.NotContain("ICP");
    }

    [Fact]
    public void AReadableDocumentWithoutAProblemListIsKeptWithItsBody()
    {
        var doc = PlanParser.Parse("吉安市生态环境局关于开展入河排污口排查的通知\n各县（市、区）生态环境局：\n请于2023年6月底前完成排查。\n吉安市生态环境局\n2023年5月4日\n",
            "x", "x.txt", "h", "utf-8");
        doc.Problems.Should().BeEmpty();
        doc.Metadata.Layout.Should().Be("none");
        doc.Metadata.Region!.Code.Should().Be("360800");
        doc.Metadata.Year.Should().Be(2023);
        doc.Sections.Should().NotBeEmpty();
        doc.Diagnostics.Should().Contain(d => d.Code == "no-problem-list");
    }

    [Fact]
    public void ABodyWrittenOnOneLineIsReadAtItsNumberedHeadings()
    {
        var doc = Doc("42_one_line_notice");
        doc.Problems.Select(p => (p.Label, p.Text)).Should().Equal(
            ("一", "台前县部分乡镇污水处理设施建成后长期不正常运行，进水浓度偏低，管网配套不完善。"),
            ("二", "范县金堤河沿岸存在畜禽养殖粪污直排现象。"));
        var first = doc.Problems[0];
        first.Fields.Target.Should().Be("乡镇污水处理设施稳定运行，出水达标排放。");
        DeadlineParser.Parse(first.Fields.DeadlineRaw).Date.Should().Be("2023-12-31");
        first.Measures.Select(m => m.Text).Should().Equal("完成吴坝镇、打渔陈镇污水管网改造18公里；", "建立乡镇污水处理设施第三方运维机制；", "每月开展进出水水质监测。");
        first.Fields.Progress.Should().Be("整改完成情况：已完成管网改造18.6公里，设施运行负荷率达到75%。");
        doc.Problems[1].Fields.ResponsibleUnits.Should().Equal("范县人民政府", "市农业农村局");
        doc.Problems[1].Fields.Progress.Should().StartWith("整改完成情况：排查养殖场户46家").And.NotContain("公示");
        // The issuer is the city, however often its counties are named; dated by its signature.
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("410900", "2024-03-18"));
        doc.Sections.Should().Contain(s => s.Heading == "公示说明" && s.Text.StartsWith("公示期间，如有意见建议"));
        // The body on line 2 holds most of the text: cut before each heading after a sentence's end and before the closing words.
        doc.Diagnostics.Should().Contain(d => d.Code == "run-together-body" && d.Line == 2);
    }

    [Fact]
    public void LabelsRunningIntoTheirValuesAreReadAsFieldsOneProblemPerRow()
    {
        var doc = Doc("43_run_in_labels");
        doc.Metadata.Layout.Should().Be("notice");
        doc.Problems.Select(p => p.Text).Should().Equal(
            "温州市苍南县部分海水养殖尾水未经处理直接排放，近岸海域水质改善不明显。", "瓯海区部分工业园区雨污管网混接错接，污水溢流入河。");
        var first = doc.Problems[0];
        first.FeedbackNo.Should().Be("反馈问题1");
        first.Fields.ResponsibleUnits.Should().Equal("苍南县人民政府");
        first.Fields.Target.Should().Be("海水养殖尾水达标排放，近岸海域水质稳中向好。");
        DeadlineParser.Parse(first.Fields.DeadlineRaw).Date.Should().Be("2022-12-31");
        first.Measures.Select(m => m.Ordinal).Should().Equal("1", "2", "3");
        first.Fields.Progress.Should().Be("整改进展：已完成整改，建成尾水处理设施32套，清理违规养殖设施1100亩。");
        doc.Problems[1].Measures.Select(m => m.Text).Should().Equal("开展园区管网排查；", "实施雨污分流改造12.5公里。");
        doc.Metadata.Region!.Code.Should().Be("330300");
        doc.Diagnostics.Should().Contain(d => d.Code == "run-in-labels" && d.Line == 4
            && d.Message == "6 labels running into their values with no separator read as fields (反馈问题1 整改实施主体 整改目标 整改时限 整改措施 整改进展)");
    }

    [Fact]
    public void ASentenceListingLabelsIsNotARowOfFields()
    {
        FieldLabels.RunIn(DualText.Of("反馈问题整改要逐一明确整改目标、整改时限和整改措施。")).Should().BeNull();
        FieldLabels.RunIn(DualText.Of("建立整改目标清单、整改时限清单、整改措施清单。")).Should().BeNull();
    }

    [Fact]
    public void ANoticeWhoseStatusItemsAreNumberedLikeProblemsHoldsOneProblem()
    {
        var doc = Doc("45_status_numbered");
        var p = doc.Problems.Should().ContainSingle().Subject;
        p.Text.Should().Be("攸县酒埠江镇洣水河段存在非法采砂现象，河道生态破坏严重，群众反映强烈。");
        p.Fields.Target.Should().Be("依法取缔非法采砂点，修复受损河道岸线。");
        p.Measures.Should().BeEmpty("（一）（二）（三） under 整改完成情况 report work done");
        p.Fields.Progress.Should().Contain("（一）取缔非法采砂点5处").And.Contain("（三）建立河道采砂巡查常态化机制。").And.Contain("同意销号");
        doc.Sections.Select(s => s.Heading).Should().Contain(["公示时间", "意见反馈", "联系电话", "落款"]);
        doc.Metadata.Region!.Code.Should().Be("430200");
    }

    [Theory]
    [InlineData("46_news_page", "430600", "2022-08-15")]
    [InlineData("47_preamble_page", "331102", "2022-09-20")]
    public void APageWithoutProblemsGivesNone(string name, string region, string date)
    {
        var doc = Doc(name);
        doc.Problems.Should().BeEmpty();
        doc.Metadata.Layout.Should().Be("none");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be((region, date));
        doc.Diagnostics.Should().Contain(d => d.Code == "no-problem-list");
    }

    [Fact]
    public void APaginatedCopyStartingAtAParenthesisedItemKeepsItsProblems()
    {
        var doc = Doc("44_paginated_parenthesised");
        doc.Problems.Select(p => p.Label).Should().Equal("（四）", "（五）", "（六）");
        doc.Problems[2].Text.Should().Be("矿山开采生态破坏问题突出");
        doc.Problems[2].Measures.Should().HaveCount(2);
        doc.Metadata.Region!.Code.Should().Be("360926");
        doc.Metadata.Year.Should().BeNull();
    }

    [Fact]
    public void AGbkCopyThatLostBytesIsRepairedAndReadAsTheOriginal()
    {
        var copy = Doc("49_mirror_gbk_bytes_lost");
        var original = Doc("43_run_in_labels");
        copy.Encoding.Should().Be("gb18030+gbk-one-byte-off");
        copy.Diagnostics.Should().Contain(d => d.Code == "mojibake-repaired" && d.Message.EndsWith("2 character(s) lost where a byte was"));
        copy.Problems.Select(p => p.Fields.Target).Should().Equal(original.Problems.Select(p => p.Fields.Target));
        // The two characters whose bytes were lost: the title's first, and 瓯 of 瓯海区.
        copy.Metadata.Title.Should().Be(original.Metadata.Title![1..]);
        copy.Problems[1].Text.Should().Be("海区部分工业园区雨污管网混接错接，污水溢流入河。");
    }

    [Fact]
    public void ACopyWhoseTitleLostItsIssuerIsStillTheSigningCitys()
    {
        var doc = Doc("50_mirror_odd_offset");
        doc.Metadata.Title.Should().NotStartWith("株洲市");
        doc.Metadata.Region!.Code.Should().Be("430200", "the signature names 株洲市; 攸县 after 关于 is the subject");
        doc.Problems.Should().ContainSingle();
    }

    [Fact]
    public void TheFieldLabelFileRefusesALineItCannotReadNamingIt()
    {
        var act = () => FieldLabels.Validate(["# version: 1", "target\t整改目标", "nonsense 整改措施"], "fields.txt");
        act.Should().Throw<FormatException>().WithMessage("fields.txt line 3: expected a kind*");
        var twice = () => FieldLabels.Validate(["# version: 1", "target\t整改目标", "deadline\t整改目标"], "fields.txt");
        twice.Should().Throw<FormatException>().WithMessage("fields.txt line 3: label 整改目标 is listed twice");
        var unknown = () => FieldLabels.Validate(["# version: 1", "target\t整改目标", "bracketed\t单位=责任单位"], "fields.txt");
        unknown.Should().Throw<FormatException>().WithMessage("fields.txt line 3: a bracketed short label is short=label with a label listed above, not 单位=责任单位");
    }
}
