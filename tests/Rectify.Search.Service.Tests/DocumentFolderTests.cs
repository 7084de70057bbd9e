using Rectify.Search.Core.Model;
using Rectify.Search.Core.Reporting;
using Rectify.Search.Service.Ingestion;

namespace Rectify.Search.Service.Tests;

/// <summary>
/// The document folders of the core tests (the real excerpts, the project's own layouts and the blind rounds), each file
/// read as ingestion reads it — its format told from its bytes and name (a portal's CSV export is read as rows) — and
/// compared with its folder's expect.tsv: stored, issuer region, year of issue, problem count, date of issue and copies.
/// </summary>
public sealed class DocumentFolderTests
{
    private static string Folder(string name) => Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", name);

    /// <summary>The file an expectation names: its name with any ending (.txt, .csv).</summary>
    private static string FileOf(string folder, string stem) =>
        Directory.EnumerateFiles(folder, stem + ".*").Should().ContainSingle($"one file is named {stem}").Subject;

    [Theory]
    [InlineData("layouts")]
    [InlineData("own-layouts")]
    [InlineData("blind-layouts")]
    public void EveryDocumentIsStoredWithItsRegionYearAndProblemCount(string name)
    {
        var folder = Folder(name);
        var expectPath = Path.Combine(folder, "expect.tsv");
        var expectations = DocumentEvaluation.ReadExpectations(File.ReadLines(expectPath), expectPath);
        var outcomes = DocumentEvaluation.WithCopies(expectations
            .Select(e => (e, PlanFileReader.Read(FileOf(folder, e.File))))
            .Select(r => (DocumentEvaluation.Of(r.e, r.Item2), (PlanDocument?)r.Item2))
            .ToList());

        expectations.Should().OnlyContain(e => e.Date != null && e.CopyOf != null, "every expectation gives the date of issue and the copy column");
        outcomes.Where(o => !(o.RegionAgrees && o.YearAgrees && o.ProblemsAgree && o.DateAgrees && o.CopyAgrees))
            .Select(o => $"{o.Expected.File}: region {o.RegionCode}, year {o.Year}, problems {o.Problems}, issued {o.Date}, copy of {o.CopyOf}")
            .Should().BeEmpty();
    }

    [Fact]
    public void APortalsCsvExportIsReadAsATableWithItsTitleRowAndNotesBelow()
    {
        // 179: 长沙市…整改情况,,,,,,, / 序号,所属区县（市）,反馈问题,… / rows with quoted cells over two lines /
        // 数据提供单位：长沙市生态环境局,,, / 数据更新日期：2023-08-15,,,.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "179_open_data_csv_export"));
        doc.Metadata.Title.Should().Be("长沙市第二轮中央生态环境保护督察反馈问题整改情况");
        (doc.Metadata.Region!.Code, doc.Metadata.Date, doc.Metadata.IssuingBody).Should().Be(("430100", "2023-08-15", "长沙市生态环境局"));
        doc.Problems.Select(p => (p.Fields.Location, p.Text)).Should().Equal(
            ("芙蓉区", "浏阳河芙蓉段部分排口雨天溢流，污水直排河道问题突出"),
            ("望城区", "铜官街道部分砂石码头扬尘污染严重，周边群众反映强烈"),
            ("浏阳市", "部分烟花爆竹生产企业废药、废渣处置不规范"));
        doc.Problems[0].Measures.Select(m => m.Text).Should().Equal("对浏阳河沿线排口开展溯源排查，建立一口一档；", "实施截污纳管和雨污分流改造，新建调蓄池1座。");
        doc.Problems[2].Fields.LeadUnits.Should().Equal("浏阳市应急管理局");
        doc.Problems.Select(p => p.Fields.Progress).Should().Equal("已完成", "已完成", "序时推进");
    }

    [Fact]
    public void APortalsTableWithCellsSpanningRowsKeepsEveryMeasureAndTheWordsAfterIt()
    {
        // 187: <td rowspan="3">2</td><td rowspan="3">南洲镇…</td><td>逐场核查…</td>… / <tr><td>督促养殖场…</td></tr> / ….
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "187_portal_html_rowspan"));
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(2, 3);
        doc.Problems[1].Measures.Select(m => m.Text).Should().Equal("逐场核查粪污处理设施配套情况", "督促养殖场补齐粪污贮存和处理设施", "对拒不整改的依法查处");
        doc.Problems.Select(p => p.Fields.Progress).Should().Equal("已完成42个排口溯源，规范化整治完成35个", "已完成整改");
        doc.Sections.Should().ContainSingle(s => s.Heading == "表后说明").Which.Text.Should().Be("欢迎社会各界监督。");
    }

    [Fact]
    public void AWordFilesMeasuresNumberedAsItsProblemsAreTheMeasuresUnderTheirLabel()
    {
        // 191: Word's automatic numbering prints 1. 2. for the problems and 1. 2. 3. for the measures under 整改措施：.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "191_docx_auto_numbering"));
        doc.Problems.Select(p => p.Text).Should().Equal("㵲水新晃段部分支流水质不稳定达标", "县城部分老旧小区雨污合流，污水溢流问题突出");
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(2, 3);
        doc.Problems[1].Measures[2].Text.Should().Be("建立管网长效管护机制。");
        doc.Metadata.IssuingBody.Should().Be("中共新晃侗族自治县委办公室、新晃侗族自治县人民政府办公室");
    }

    [Fact]
    public void ASheetWithAMergedGroupColumnAndDatesAsNumbersGivesEachRowsProblem()
    {
        // 247: a title row and a 填报单位/填报日期 row merged across the sheet, 问题类别 merged over two rows, measures
        // 1.…<line break>2.… in one cell, and 完成时限 as Excel dates (46022 is 2025-12-31).
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "247_xlsx_merged_group_cells"));
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("522328", "2023-11-20"));
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2025年12月31日", "2024年6月30日", "2025年12月底前", "长期坚持");
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 3, 2, 2);
        doc.Problems[1].Measures[2].Text.Should().Be("加密十里河断面水质监测频次。");
        doc.Problems[1].Measures[2].ResponsibleUnits.Should().Equal("县农业农村局", "黔西南州生态环境局安龙分局");
    }

    [Fact]
    public void AWordTableWithARowPerMeasureGivesEachMeasureItsOwnUnitsAndDeadline()
    {
        // 248: the problem's cells span three rows; each row a measure with its 牵头单位, 配合单位 and 完成时限.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "248_docx_problem_rowspan_measure_rows"));
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 2, 1);
        var lake = doc.Problems[0];
        lake.Fields.DeadlineRaw.Should().Be("2022年12月底前；2023年6月底前；长期坚持");
        lake.Fields.LeadUnits.Should().Equal("县农业农村局", "宿迁市泗洪生态环境局");
        lake.Measures.Select(m => m.LeadUnits.Single()).Should().Equal("县农业农村局", "宿迁市泗洪生态环境局", "县农业农村局");
        lake.Measures[1].ResponsibleUnits.Should().Equal("宿迁市泗洪生态环境局", "县水利局");
        lake.Measures.Select(m => m.Deadline?.Date).Should().Equal("2022-12-31", "2023-06-30", null);
        // A unit leading one row and supporting another leads the problem.
        doc.Problems[1].Fields.SupportUnits.Should().Equal("县住建局");
    }

    [Fact]
    public void AWordFilesFindingsPrintedAsHeadingsWithoutNumbersAreItsProblems()
    {
        // 252: 二、整改任务 / a Heading 3 paragraph with no number (县城污水处理厂长期超负荷运行…) / 整改目标：… / 整改措施： /
        // 1.… 2.… / the next heading. The measures' numbers are no problems'.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "252_docx_heading_style_findings"));
        doc.Problems.Select(p => p.Title).Should().Equal(
            "县城污水处理厂长期超负荷运行，雨季部分污水经溢流口进入平溪江", "高沙镇、竹市镇部分养殖场粪污未经处理直排", "县城区部分建筑工地扬尘管控不到位");
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(2, 3, 2);
        doc.Problems[1].Fields.ResponsibleUnits.Should().Equal("县农业农村局", "邵阳市生态环境局洞口分局");
        doc.Sections.Should().Contain(s => s.Heading == "保障措施");
    }

    [Fact]
    public void ASheetPrintedToPdfWithoutRulesIsReadByItsHeadersColumnsAndSignedRow()
    {
        // 251: no cell borders; each row's cells wrap over three or four lines set side by side, numbers right-aligned in a
        // narrow 序号 column, and the last row 临湘市…办公室　2022年4月15日印发 across the sheet.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "251_pdf_printed_sheet_no_rules"));
        doc.Problems.Select(p => p.Title).Should().Equal(
            "黄盖湖临湘水域总磷浓度超标，沿湖精养鱼塘尾水直排", "长江临湘段部分非法码头取缔后未完成生态复绿", "工业园区污水处理厂进水浓度偏低，管网雨污混流");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2023年12月底前", "2022年6月底前", "2023年6月底前");
        doc.Problems[0].Measures.Select(m => m.Text).Should().Equal("完成沿湖精养鱼塘尾水治理设施建设；", "开展黄盖湖入湖河流水质监测。");
        doc.Problems[0].Fields.ResponsibleUnits.Should().Equal("市农业农村局", "岳阳市生态环境局临湘分局");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("430682", "2022-04-15"));
    }

    [Fact]
    public void AWorkbookWhoseFirstSheetIsItsInstructionsReadsItsListFromTheSecond()
    {
        // 255: sheet 填表说明 (1. “反馈问题”栏填写…), then sheet 整改清单: a merged title row, 填报单位…（盖章） and 填报日期：2023年6月8日,
        // the header, a row per problem with its measures 1.…<line break>2.… in one cell, and a merged 备注 row.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "255_xlsx_instructions_sheet_first"));
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2025年12月31日", "2023年12月31日", "长期坚持", "2024年6月30日");
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 3, 3, 3);
        doc.Problems[0].Fields.Leaders.Should().Equal("市政府分管副市长");
        doc.Problems[3].Title.Should().Be("湖泉生态园周边部分区域违规建设旅游设施，侵占湿地");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("532504", "2023-06-08"));
        doc.Metadata.IssuingBody.Should().Be("弥勒市生态环境保护督察整改工作领导小组办公室");
    }

    [Fact]
    public void APortalPageWithBoldFindingHeadingsAndBoldLabelsGivesEachProblemItsFields()
    {
        // 256: <p><strong>问题一：…</strong></p>, then <p><strong>责任领导：</strong>…</p> and its kin, 整改措施： over 1. 2. 3.
        // paragraphs; the portal's 发布时间 and 来源 date and sign it.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "256_portal_html_problem_headings_strong_labels"));
        doc.Problems.Select(p => p.FeedbackNo).Should().Equal("问题一", "问题二", "问题三");
        doc.Problems[0].Title.Should().Be("长江南溪段沿岸部分码头和堆场扬尘污染问题突出，砂石堆场未采取有效抑尘措施");
        doc.Problems[0].Fields.SupportUnits.Should().Equal("区水务局", "区综合行政执法局", "宜宾市南溪生态环境局", "沿江各镇人民政府");
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 3, 3);
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("511503", "2022-08-16"));
        doc.Metadata.IssuingBody.Should().Be("南溪区生态环境局");
    }

    [Fact]
    public void ASheetPrintedOverTwoPagesReadsItsHeaderPrintedAgainAsNoRow()
    {
        // 259: nine ruled rows over two landscape pages, the header row (序号 | 反馈问题 | …) printed again atop the second,
        // and the last row 中共麻城市委办公室　麻城市人民政府办公室　2023年3月20日印发.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "259_pdf_table_header_repeated_each_page"));
        doc.Problems.Select(p => p.Label).Should().Equal("1", "2", "3", "4", "5", "6", "7", "8", "9");
        doc.Problems[8].Title.Should().Be("部分乡镇集中式饮用水水源保护区划定后未设立标志，保护区内仍有养殖");
        doc.Problems[8].Fields.DeadlineRaw.Should().Be("2023年12月31日");
        doc.Diagnostics.Should().ContainSingle(d => d.Code == "table-header-repeated");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("421181", "2023-03-20"));
    }

    [Fact]
    public void AWordFilesTrackedChangesAreReadAsAccepted()
    {
        // 260: a deadline struck through and another inserted, a whole problem (三、县城部分餐饮…油烟直排) deleted, and 县城
        // struck from the next one's title: what the file says once its changes are accepted.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "260_docx_tracked_changes_deleted_problem"));
        doc.Problems.Select(p => p.Title).Should().Equal(
            "桃江信丰段部分河段非法采砂屡禁不止，河道生态破坏严重", "部分脐橙果园开发水土流失问题突出，化肥农药使用量偏高",
            "工业园区污水处理厂进水浓度偏低，部分企业废水未经预处理直接排入管网");
        doc.Problems[0].Fields.Target.Should().Be("2023年6月底前，非法采砂行为全面遏制，受损河段完成生态修复。");
        doc.Problems[0].Fields.DeadlineRaw.Should().Be("2023年6月底");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("360722", "2022-06-30"));
    }

    [Fact]
    public void AnOlderPortalsPageLaidOutInNestedTablesReadsItsListAndNotItsMenu()
    {
        // 261: the page in layout tables (a menu column of links beside the article column), the list a bordered table
        // inside the article's cell, 发布日期：2021年09月06日 and a signature under it.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "261_portal_html_nested_layout_tables"));
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2021年6月30日", "2021年8月31日", "2021年8月31日");
        doc.Problems[2].Fields.ResponsibleUnits.Should().Equal("百色市田阳生态环境局", "区工业园区管委会");
        doc.Problems[2].Fields.Progress.Should().Be("已完成。对7家企业依法立案处罚，督促全部补办环评手续。");
        doc.Sections.Should().NotContain(s => s.Text.Contains("人事信息"), "the menu column is no part of the page's text");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("451003", "2021-09-06"));
    }

    [Fact]
    public void AWordTableWhoseMeasureCellsHoldTablesReadsEachInnerRowAsAMeasureWithItsUnits()
    {
        // 266: 序号 | 反馈问题 | 整改目标 | 整改时限 | 责任领导 | 整改措施及责任单位, the last cell of each row a table of its own
        // (具体措施 | 责任单位). Before, the inner tables were not read at all: three problems without a measure.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "266_docx_nested_measure_tables"));
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 3, 2);
        doc.Problems[0].Measures[1].Text.Should().Be("对未按要求下泄生态流量的电站依法查处，责令限期整改。");
        doc.Problems[0].Measures[1].ResponsibleUnits.Should().Equal("县水利局", "市生态环境局霍山分局");
        doc.Problems[0].Fields.Leaders.Should().Equal("副县长汪立新");
        doc.Problems[2].Fields.DeadlineRaw.Should().Be("2023年9月底");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("341525", "2023-03-15"));
    }

    [Fact]
    public void APortalPageOfCardsWithLabelsInTheirOwnSpansReadsEachCardAsAProblem()
    {
        // 267: <div class="card-title"><span class="card-no">1</span><span class="card-text">…</span></div>, then
        // <span class="k">整改目标</span><span class="v">…</span> rows: no colon anywhere. Before, 0 problems.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "267_portal_html_card_span_labels"));
        doc.Problems.Select(p => p.Label).Should().Equal("1", "2", "3");
        doc.Problems[1].Title.Should().Be("松阴溪沿线部分乡镇垃圾中转站渗滤液收集处置不规范，周边存在垃圾随意倾倒现象");
        doc.Problems[1].Fields.DeadlineRaw.Should().Be("2024年3月底");
        doc.Problems[2].Fields.ResponsibleUnits.Should().Equal("市生态环境局松阳分局", "县经济商务科技局");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("331124", "2024-08-12"));
    }

    [Fact]
    public void ASheetWithItsFormsIssuerAndDateAboveTheHeaderAndDatesAsDateCells()
    {
        // 269: a title row, 填报单位：…（盖章） | 填报时间：2025年1月10日, the header, four rows whose 整改时限 are date cells.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "269_xlsx_form_meta_rows_date_cells"));
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2024年12月31日", "2025年6月30日", "2024年10月31日", "2025年12月31日");
        doc.Problems[1].Fields.Progress.Should().Be("整改进展：已完成5处矸石山整形覆土和植被恢复，剩余2处正在施工。\n完成情况：序时推进");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("511527", "2025-01-10"));
        doc.Metadata.IssuingBody.Should().Be("筠连县生态环境保护督察整改工作领导小组办公室");
    }

    [Fact]
    public void AWordTableWhoseCellsBreakTheirLinesKeepsEachRowOneRow()
    {
        // 270: a header of narrow cells (序<w:br/>号, 反馈<w:br/>问题 …) and measure cells 1.…<w:br/>2.…<w:br/>3.…. Before, each
        // break ended the row's line: one problem read.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "270_docx_header_cells_line_breaks"));
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 3, 2);
        doc.Problems[1].Measures[2].Text.Should().Be("开展琴城河排污口排查整治，封堵非法排污口。");
        doc.Problems[1].Fields.Target.Should().Be("县城污水处理厂稳定达标运行，琴城河消除黑臭。");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2024年12月底", "2024年6月底", "2023年12月底");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("361023", "2023-04-20"));
    }

    [Fact]
    public void APortalPageNumberingItsFindingsByAnOrderedListReadsEachItemAsAProblem()
    {
        // 271: <ol start="2"><li><p><strong>…</strong></p></li></ol> for each finding (a CMS keeping Word's automatic
        // numbering), its fields in paragraphs after the list. Before, the numbers were not in the text: one problem.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "271_portal_html_ordered_list_auto_numbers"));
        doc.Problems.Select(p => p.Label).Should().Equal("1", "2", "3");
        doc.Problems[2].Title.Should().Be("部分规模养猪场粪污直排，周边沟渠水体发黑发臭");
        doc.Problems[2].Fields.ResponsibleUnits.Should().Equal("县农业农村局", "黄冈市浠水生态环境局");
        doc.Problems[2].Themes.Select(t => t.ThemeId).Should().Contain("enforcement", "its account tells 对直排的5家依法立案处罚");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("421125", "2023-11-06"));
    }

    [Fact]
    public void ARedHeadedPdfIsDatedBySignatureNotByItsPrintingLine()
    {
        // 272: 宁远县人民政府办公室文件 / 宁政办发〔2022〕15号 over the notice, signed 2022年8月12日; the plan's three findings
        // （一）… with their fields; — 1 — page numbers; 宁远县人民政府办公室　2022年8月15日印发 at the foot.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "272_pdf_red_head_gongwen_page_numbers"));
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(2, 2, 3);
        doc.Problems[0].Measures[0].Text.Should().Be("对森林公园内违规建设项目开展全面排查，依法拆除违规设施。");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("431126", "2022-08-12"));
        doc.Metadata.DocumentNumber.Should().Be("宁政办发〔2022〕15号");
    }

    [Fact]
    public void APageBuiltByScriptsIsReadFromTheArticleInItsScriptsState()
    {
        // 274: <div id="app"></div> and window.__INITIAL_STATE__={…"article":{"title":…,"publishTime":"2024-03-15 10:00:00",
        // "content":"\u003cp…"}}. Before: no text, no problem, no date.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "274_portal_spa_content_in_script_state"));
        doc.Metadata.Title.Should().Be("通山县第三轮中央生态环境保护督察反馈问题整改方案");
        doc.Problems.Select(p => p.Label).Should().Equal("一", "二", "三");
        doc.Problems[1].Measures.Select(m => m.Text).Should().Equal("建设沿库乡镇污水处理设施及配套管网。", "开展富水水库入库河流水质自动监测。");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("421224", "2024-03-15"));
    }

    [Fact]
    public void ASheetWithItsMeasuresInColumnsSideBySideReadsEachCellAsAMeasure()
    {
        // 275: 序号 | 问题描述 | 整改目标 | 具体措施一 | 具体措施二 | 具体措施三 | 责任单位 | 完成时限, the second row's third
        // measure cell empty. Before, no measure was read.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "275_xlsx_measures_in_columns_side_by_side"));
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 2, 3);
        doc.Problems[0].Measures[2].Text.Should().Be("对非法码头依法取缔。");
        doc.Problems[0].Measures[2].ResponsibleUnits.Should().Equal("县交通运输局", "县港航事务中心");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("421221", "2023-02-28"));
    }

    [Fact]
    public void ASheetPrintedWithoutRulesKeyedByCodesIsReadByItsColumnsAndItsSignatureRowIsNoProblem()
    {
        // 276: 问题编号 | 反馈问题 | 整改措施 | 责任单位 | 整改时限 with no cell borders, rows keyed HT-01…HT-03, then
        // 会同县…领导小组办公室　　2022年9月5日 across the width. Before, the wrapped cells were read line by line: six problems.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "276_pdf_sheet_no_rules_code_column_first"));
        doc.Problems.Select(p => p.Label).Should().Equal("HT-01", "HT-02", "HT-03");
        doc.Problems[1].Title.Should().Be("县工业集中区污水处理厂未正常运行，部分企业废水超标排放");
        doc.Problems[1].Fields.ResponsibleUnits.Should().Equal("县工业集中区管委会", "怀化市会同生态环境局");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2022年12月底", "2023年6月底", "2022年11月底");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("431225", "2022-09-05"));
    }

    [Fact]
    public void APortalPageTellingEachProblemsFieldsAsADefinitionListReadsThem()
    {
        // 277: <h3>问题一：…</h3> over <dl><dt>整改目标</dt><dd>…</dd>…</dl>; read right at first, kept so.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "277_portal_html_definition_lists"));
        doc.Problems.Select(p => p.FeedbackNo).Should().Equal("问题一", "问题二", "问题三");
        doc.Problems[1].Fields.ResponsibleUnits.Should().Equal("县交通运输局", "常德市汉寿生态环境局");
        doc.Problems[2].Fields.Progress.Should().Be("整改情况：已将运维经费纳入县级财政预算，委托第三方运维设施42座，正常运行率达到92%。");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("430722", "2024-07-22"));
    }

    [Fact]
    public void AWorkbookOfOneSheetPerProblemReadsEachSheetAndItsFormsLinesAsTheWorkbooks()
    {
        // 278: three sheets 问题1…问题3, each 桃源县…整改销号表 over rows 问题描述 | … / 整改措施 | 1.…；2.… / … / 填报单位 | … /
        // 填报时间 | 2024年1月15日. Before, the next sheet's title and the form's lines ran into each progress, and no date.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "278_xlsx_one_sheet_per_problem_key_value"));
        doc.Problems.Should().HaveCount(3);
        doc.Problems[0].Fields.Progress.Should().Be("整改完成情况：已完成。查处非法采砂案件6起，完成岸线修复8.3公里。");
        doc.Problems[1].Measures.Select(m => m.Text).Should().Equal("开展老城区排水管网排查，整治错接混接点位；", "实施老城区雨污分流改造。");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("430725", "2024-01-15"));
        doc.Metadata.IssuingBody.Should().Be("桃源县生态环境保护督察整改工作领导小组办公室");
    }

    [Fact]
    public void AnOldWordFilesTaskTableWithGroupRowsAcrossItsWidthGivesEachRowItsProblem()
    {
        // 280, a .doc (Word 97) converted by LibreOffice: 序号 | 反馈问题 | … | 整改时限 with 一、大气污染防治（1项） across the
        // width between rows, each measures cell three paragraphs.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "280_doc_word97_plan_task_table_group_rows"));
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 3, 3);
        doc.Problems[2].Measures[1].Text.Should().Be("严格河道采砂许可管理，联合公安等部门严厉打击非法采砂。");
        doc.Problems[0].Fields.LeadUnits.Should().Equal("县生态环境局");
        (doc.Metadata.Region!.Code, doc.Metadata.Date, doc.Metadata.DocumentNumber).Should().Be(("360722", "2024-03-22", "信办字〔2024〕15号"));
    }

    [Fact]
    public void AnOldExcelSheetTitledAsAProgressTableNamesItsRound()
    {
        // 281, an .xls: 邢台市贯彻落实第二轮中央…整改任务推进情况表 over 填报单位：… 填报时间：2023年6月30日. Before, a title
        // ending in 情况表 was no title, and the round was guessed from the year (3).
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "281_xls_excel97_city_progress_table"));
        doc.Metadata.Title.Should().Be("邢台市贯彻落实第二轮中央生态环境保护督察反馈意见整改任务推进情况表");
        (doc.Metadata.Inspection.Kind, doc.Metadata.Inspection.Round).Should().Be(("central", 2));
        doc.Problems.Select(p => p.Fields.Location).Should().Equal("宁晋县", "隆尧县", "南和区", "任泽区");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("130500", "2023-06-30"));
    }

    [Fact]
    public void APdfTableRowCutByAPageBreakGoesOnUnderTheHeaderPrintedAgain()
    {
        // 289: row 2's measures cell ends a page at 5.建立污水 and goes on below the header on the next as 管网常态化…经费。6.….
        // Before, 管网… was a measure of its own holding the sixth, and 3.渗滤液统 / 一运至… was cut likewise.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "289_pdf_table_row_split_across_pages"));
        doc.Problems[1].Measures.Select(m => m.Text).Skip(4).Should().Equal(
            "建立污水管网常态化巡查养护机制，落实专业队伍和运维经费。", "加强东泇河水质监测，每月通报断面水质变化情况，水质异常时立即溯源排查。");
        doc.Problems[2].Measures.Select(m => m.Text).Last().Should().Be("渗滤液统一运至县城污水处理厂处理。");
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 6, 3);
    }

    [Fact]
    public void ASheetWhoseProblemCellsAreMergedOverItsMeasureRowsIsDatedByItsUpdateLine()
    {
        // 290: 序号, 问题描述, 整改目标 and 责任单位 merged over three rows, one measure, deadline and status each; 更新时间：2025年3月31日
        // above the header. Before, the update line was no date.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "290_xlsx_problem_cells_merged_over_measure_rows"));
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 3);
        doc.Problems[0].Fields.DeadlineRaw.Should().Be("2024年6月底前；2024年12月底前；长期坚持");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("341525", "2025-03-31"));
    }

    [Fact]
    public void AGazettesPagesSetInTwoColumnsAreReadColumnByColumn()
    {
        // 303: 宜春市人民政府公报, every page in two columns under 宜春市人民政府公报　　2024年第7期 and · 1 ·. Before, each line
        // held a line of both columns: the title was 宜春市2024年整改方案（节选）, the problems' fields each other's.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "303_pdf_gazette_two_columns"));
        doc.Metadata.Title.Should().Be("宜春市贯彻落实第三轮省生态环境保护督察反馈意见整改方案");
        doc.Problems.Select(p => p.Title).Should().Equal("部分锂电新能源项目环境管理不规范", "中心城区污水收集处理效能偏低", "农业面源污染防治存在短板");
        doc.Problems[2].Fields.DeadlineRaw.Should().Be("2025年12月底前，并长期坚持");
        doc.Problems[0].Measures[0].Text.Should().Be("对全市锂云母选矿企业尾矿库、尾泥堆场逐一开展排查，建立问题清单，2024年底前完成防渗、防扬散、防流失改造。");
        (doc.Metadata.Region!.Code, doc.Metadata.Date, doc.Metadata.DocumentNumber).Should().Be(("360900", "2024-06-18", "宜府办字〔2024〕31号"));
    }

    [Fact]
    public void ASheetWithItsProblemsAcrossColumnsAndItsFieldsDownRowsReadsEachColumnAsAProblem()
    {
        // 304: 序号 | 1 | 2 | 3 down column A, then 反馈问题, 整改目标, 责任单位, 整改时限, 整改措施, 整改进展, 完成情况; read right
        // at first, kept so.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "304_xlsx_transposed_problems_across_columns"));
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 3, 3);
        doc.Problems[2].Fields.DeadlineRaw.Should().Be("2024年10月底前");
        doc.Problems[1].Fields.ResponsibleUnits.Should().Equal("区农业农村局", "区生态环境局", "各镇（街）");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("440705", "2025-01-10"));
    }

    [Fact]
    public void APortalTableOfANumberAndOneCellOfFieldsKeepsTheNumberAsTheProblems()
    {
        // 306: <td>1</td><td><b>反馈问题：</b>…<br><b>整改时限：</b>…<br>…</td> under 序号 | 整改内容. Before, the number was
        // cut from its row: the problems had none, and 2 ended the first problem's units.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "306_portal_html_one_cell_fields_br"));
        doc.Problems.Select(p => p.FeedbackNo).Should().Equal("反馈问题1", "反馈问题2", "反馈问题3");
        doc.Problems[0].Fields.ResponsibleUnits.Should().Equal("市住房和城乡建设局", "市综合行政执法局", "广惠街道", "文峰街道");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("522701", "2025-03-14"));
    }

    [Fact]
    public void AWordFilesMastheadInATextBoxIsReadOnceAsALineOfItsOwn()
    {
        // 308: 秭归县人民政府办公室文件 in a text box anchored above 秭政办发〔2023〕12号, which Word's format writes twice (the
        // drawing and a VML copy for older readers). Before, both copies ran into the document number's line.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "308_docx_masthead_in_text_box"));
        var front = doc.Sections[0].Text;
        front.Split("秭归县人民政府办公室文件").Should().HaveCount(2);
        front.Should().NotContain("文件秭政办发");
        (doc.Metadata.DocumentNumber, doc.Metadata.Date, doc.Metadata.Region!.Code).Should().Be(("秭政办发〔2023〕12号", "2023-03-06", "420527"));
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 3, 2);
    }

    [Fact]
    public void AnRtfNoticeIsConvertedAndReadWithItsLabelledProblems()
    {
        // 307, saved as .rtf: 问题1：… / 责任单位：… / 整改时限：… / 整改措施：一是…；二是…；三是… / 整改情况：…; read right at first,
        // kept so.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "307_rtf_county_publicity_notice"));
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 3);
        doc.Problems[0].Measures[1].Text.Should().Be("在重点河段安装视频监控，实行全天候监管");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("511423", "2024-11-08"));
    }

    [Fact]
    public void APortalTableWithATwoRowHeaderReadsTheColumnsTheSecondRowNames()
    {
        // 310: <th colspan="2">责任单位</th> over 牵头单位 | 配合单位, the other header cells spanning both rows; read right at
        // first, kept so.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "310_portal_html_two_row_header_colspan"));
        doc.Problems.Select(p => p.Fields.LeadUnits.Single()).Should().Equal("市林业和草原局", "市农业农村局", "市住房和城乡建设局");
        doc.Problems[1].Fields.SupportUnits.Should().Equal("市生态环境局", "各乡镇人民政府");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("230382", "2024-08-01"));
    }

    [Fact]
    public void APortalTableLaidOutInDivisionsOfAGridIsReadAsItsCellsOnePerLine()
    {
        // 311: <div class="grid"> of <div>序号</div><div>反馈问题</div>… then five <div>s a row, no <table>; read right at first,
        // kept so.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "311_portal_html_div_grid_table"));
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2025年3月底前", "2025年9月底前", "2025年12月底前");
        doc.Problems[1].Fields.ResponsibleUnits.Should().Equal("市住房和城乡建设局", "市文化旅游体育局", "西津街道办事处");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("341881", "2025-06-18"));
    }

    [Fact]
    public void ASheetWithATwoRowHeaderMergedOverLeadAndSupportUnitsReadsBoth()
    {
        // 312: 责任单位 merged over 牵头单位 | 配合单位, the other header cells merged down both rows; read right at first, kept so.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "312_xlsx_two_row_header_merged_units"));
        doc.Problems.Select(p => p.Fields.LeadUnits.Single()).Should().Equal("县农业农村局", "县农业农村局", "县自然资源局");
        doc.Problems[2].Fields.SupportUnits.Should().Equal("县住房和城乡建设局", "县文化和旅游局", "茈碧湖镇人民政府");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("532930", "2024-09-30"));
    }

    [Fact]
    public void APageSavedWholeAsMhtmlIsReadAsItsPage()
    {
        // 317, a county's page saved by a browser as one file: MIME, the page quoted-printable in UTF-8 beside its logo in
        // base64. Before, a file named .mht was skipped, and its bytes read as text gave nothing.
        var path = FileOf(Folder("blind-layouts"), "317_mht_saved_county_page");
        var doc = PlanFileReader.Read(path);
        doc.Problems.Select(p => p.Title).Should().Equal(
            "松阴溪沿线部分砂石加工企业未落实扬尘防治措施，物料露天堆放，运输道路扬尘明显",
            "县城污水处理厂提标改造进度滞后，出水总氮不能稳定达到一级A标准");
        doc.Problems[1].Measures.Select(m => m.Text).Should().Equal("实施县城污水处理厂提标改造工程；", "完成城西片区污水管网改造12公里。");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("331124", "2023-08-10"));
        PlanIngestion.PlanExtensions.Should().Contain(Path.GetExtension(path));
    }

    [Fact]
    public void APortalTableWithEachFindingInARowAcrossItsWidthReadsTheRowBelowAsItsFields()
    {
        // 410: 序号 | 整改目标 | 整改措施 | 责任单位 | 整改时限, each problem a row 1 | 反馈问题：… spanning the columns and a row
        // of its fields below; 415 is its print to PDF. Before, one problem of no finding with all nine fields.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "410_portal_html_problem_row_then_fields_row"));
        doc.Problems.Select(p => p.Title).Should().Equal("金矿历史遗留尾矿库闭库治理不到位，部分尾矿库存在渗漏隐患",
            "乌溪江上游部分农村生活污水处理设施运维不到位，出水不能稳定达标", "部分竹木加工企业废气收集处理设施简陋，无组织排放问题突出");
        doc.Problems[1].Fields.Target.Should().Be("农村生活污水处理设施标准化运维全覆盖，出水达标率达到95%以上。");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2023年10月底", "2023年12月底", "2023年9月底");
        var printed = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "415_pdf_browser_print_mirror_of_410"));
        printed.Problems.Select(p => p.Title).Should().Equal(doc.Problems.Select(p => p.Title));
    }

    [Fact]
    public void AnUnruledTableWhoseCellsAreCentredInTheirRowsIsReadRowByRow()
    {
        // 434: a table printed to PDF without rules, each cell centred in its row's height, so that the lines of a short
        // cell stand between those of a tall one, and the header's 序号 set close to 类别. Before, five problems of cells cut
        // apart (部分废弃石料场未按要求 / 实施生态修复，山体裸 …). 432 is the same kind of table printed with its rules.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "434_pdf_borderless_table_wrapped_cells_centered"));
        doc.Problems.Select(p => p.Title).Should().Equal("部分废弃石料场未按要求实施生态修复，山体裸露", "沂蒙山区部分林地被违法占用，用于建设农家乐等设施",
            "县医疗废物处置中心超负荷运行，部分医疗废物未及时处置", "部分乡镇生活垃圾转运站设施老化，渗滤液收集不规范");
        doc.Problems[0].Measures.Select(m => m.Text).Should().Equal("逐个制定修复方案，实施削坡整形、覆土绿化；建立修复后管护机制。");
        doc.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal("2023年12月底前", "2023年6月底前", "2023年9月底前", "2023年10月底前");
        doc.Problems[3].Fields.ResponsibleUnits.Should().Equal("县城市管理局", "各镇人民政府");
        // The signature below the last row is the document's, not a cell of that row.
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("371325", "2022-10-11"));
        doc.Metadata.IssuingBody.Should().Be("费县生态环境保护委员会办公室");
    }

    [Fact]
    public void ASheetsColumnsOfProgressByMonthAreEachProblemsAccount()
    {
        // 430: 序号 | 督察反馈问题 | 整改措施 | 责任单位 | 整改时限 | 1月进展 | 2月进展 | 3月进展 | 整改状态. Before, only the
        // state was kept (已完成), the three months' progress lost.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "430_xlsx_monthly_progress_columns_fill_row"));
        doc.Problems.Should().HaveCount(4);
        doc.Problems[2].Fields.Progress.Should().Be("1月进展：完成锅炉排查建立台账\n2月进展：淘汰燃煤锅炉21台\n3月进展：剩余9台全部完成改造\n整改状态：已完成");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("430923", "2024-04-08"));
    }

    [Fact]
    public void APdfsRadicalFormsAreReadAsTheCharactersTheyStandFor()
    {
        // 451: a plan printed to PDF by a browser in a CJK font whose text layer gives radicals for the characters sharing
        // their glyphs (⽣态, 整改⽬标, ⽔源, 排⽔⼾), under a diagonal watermark. Before, 整改⽬标 was no label, the date
        // 2022年8⽉15⽇ no date: one problem, the region of the city, no year.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "451_pdf_browser_print_diagonal_watermark"));
        doc.Problems.Should().HaveCount(3);
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("440232", "2022-08-15"));
        doc.Problems[0].Fields.Target.Should().Be("全面清理水源保护区内违规项目，保护区内无违法排污行为，南水水库水质稳定达到Ⅱ类标准。");
        // ⼾ is 户 in a simplified text (its decomposition, 戶, is the traditional form); the plan's charge to its units
        // after the last measure is no part of it.
        doc.Problems[2].Measures[^1].Text.Should().Be("加强排水户管理，依法查处违法排水行为。");
        doc.Sections.Should().Contain(s => s.Heading == "工作要求" && s.Text == "各责任单位要于每月25日前将整改进展情况报送县督察整改工作领导小组办公室。");
        doc.Diagnostics.Should().Contain(d => d.Code == "radical-forms");
    }

    [Fact]
    public void AWordFormsRowsInContentControlsAreItsTablesRows()
    {
        // 446: a Word form whose table rows are each a repeating section's item (w:sdt around w:tr), a cell a control of
        // its own, the date a control in its paragraph. Before, only the header row was read: no problem.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "446_docx_content_control_rows"));
        doc.Problems.Select(p => p.Title).Should().Equal("前河、中河沿线部分场镇生活污水收集管网不完善，雨季污水溢流直排河道",
            "普光经济开发区部分企业挥发性有机物无组织排放问题突出，群众反映强烈");
        doc.Problems[1].Fields.Progress.Should().Be("已完成14家企业排查，9家完成治理设施改造，立案查处2起。");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("511722", "2023-06-30"));
    }

    [Fact]
    public void ASheetsHiddenRowsAndColumnsAreNotRead()
    {
        // 447: problem 3's row hidden (已撤回, merged into 2), and a hidden column of internal notes (已核实, 待复核). Before,
        // four problems, the withdrawn one among them, and the notes read as a column of the list.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "447_xlsx_hidden_row_and_column"));
        doc.Problems.Select(p => p.Label).Should().Equal("1", "2", "4");
        doc.Problems[2].Fields.Progress.Should().Be("已完成，拆除违规建筑5处，新建隔离网3.2公里。");
        doc.Diagnostics.Should().Contain(d => d.Code == "hidden-cells" && d.Message == "sheet '整改进展': 1 hidden row(s) and 1 hidden column(s) with text left out, as Excel shows the sheet");
    }

    [Fact]
    public void TextAPageHidesBetweenItsWordsIsNotRead()
    {
        // 448: a document site's copy of 445 with <span style="display:none">wWw.Dy3.coM</span> and
        // <font style="font-size:0px">…</font> sown after its commas. Before, the spam ran into every field.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "448_doc_site_html_hidden_spam_spans_mirror_of_445"));
        doc.Problems[0].Title.Should().Be("部分乡镇黑臭水体整治不彻底，返黑返臭现象时有发生");
        doc.Problems[2].Fields.DeadlineRaw.Should().Be("立行立改，长期坚持");
        doc.Problems.SelectMany(p => p.Measures).Should().NotContain(m => m.Text.Contains("wWw", StringComparison.Ordinal));
        doc.Diagnostics.Should().Contain(d => d.Code == "hidden-text");
    }

    [Fact]
    public void ARowOfTwoFieldsIsReadAsTwo()
    {
        // 454: a portal's card per problem, four columns: 问题编号→LB-03→问题类型→水污染, 责任单位→…→整改时限→2023年12月底前.
        // Before, each row was one field (责任单位：县住建局、…、整改时限 2023年12月底前), the first row the problem and its
        // finding lost.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "454_portal_html_two_pairs_per_row_grid"));
        doc.Problems.Select(p => p.Title).Should().Equal("樟江流域部分乡镇污水处理站进水浓度低，配套管网建设滞后，生活污水直排樟江支流",
            "茂兰国家级自然保护区实验区内个别采石场违规开采，破坏植被，未及时开展生态修复");
        doc.Problems[0].Fields.ResponsibleUnits.Should().Equal("县住房和城乡建设局", "县生态环境局");
        doc.Problems[0].Fields.DeadlineRaw.Should().Be("2023年12月底前");
        // The title element's site after its dash (…（第一批）-荔波县人民政府) is no part of the title.
        doc.Metadata.Title.Should().Be("荔波县第三轮省级生态环境保护督察反馈问题整改情况公示（第一批）");
    }

    [Fact]
    public void AFormsRowNumberingItsColumnsIsNoProblemAndItsSealedFillerIsTheIssuer()
    {
        // 459: 序号 | 反馈问题 | … | 完成情况 over a row 1 | 2 | … | 7, and 填报单位（盖章）：… 填报时间：2022年12月20日 above.
        // Before, four problems (the first "2"), no issuer, no date, no year.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "459_xlsx_column_number_row_under_header"));
        doc.Problems.Select(p => p.Label).Should().Equal("1", "2", "3");
        (doc.Metadata.IssuingBody, doc.Metadata.Date).Should().Be(("林口县生态环境保护督察整改工作领导小组办公室", "2022-12-20"));
    }

    [Fact]
    public void ANestedListsFieldsAndItsProgressAreTheItems()
    {
        // 457: <ol> of problems, each with a <ul> of 责任单位, 整改时限, 整改措施, 进展情况. Before, 进展情况 was read as a measure.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "457_portal_html_nested_bullet_fields"));
        doc.Problems.Should().HaveCount(3);
        doc.Problems[1].Fields.Progress.Should().Be("进展情况：应急处理设施已建成投运，库存渗滤液已处理60%，持续推进中。");
        doc.Problems[1].Measures.Should().ContainSingle();
    }

    [Fact]
    public void ABilingualTablesMongolianCellsAreLeftOut()
    {
        // 462: each row a Mongolian cell beside a Chinese one (ᠠᠰᠠᠭᠤᠳᠠᠯ ᠤᠨ ᠨᠡᠷᠡ → 问题一：…). Before, the Mongolian cells ran into
        // the targets and the units, deadlines and progress were lost.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "462_bilingual_mongolian_chinese_table_columns"));
        doc.Problems[0].Fields.Target.Should().Be("落实草畜平衡制度，完成退化草原修复治理。");
        doc.Problems[0].Fields.ResponsibleUnits.Should().Equal("旗林业和草原局", "各苏木镇人民政府");
        doc.Problems[1].Fields.DeadlineRaw.Should().Be("2023年12月底前");
    }

    [Fact]
    public void ATablePrintedByABrowserAndAWordTableContinuedAreReadWhole()
    {
        // 460: a ruled table printed to PDF by Chromium in a CJK font (its text layer radicals); 461: a Word table continued
        // after a page break in a second table with its header again. Both read right first; kept so.
        var printed = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "460_pdf_browser_ruled_table_radicals"));
        printed.Problems.Select(p => p.Measures.Count).Should().Equal(3, 3, 3);
        printed.Problems[2].Title.Should().Be("县医疗废物集中处置设施能力不足，部分乡镇卫生院医疗废物未及时转运");
        var continued = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "461_docx_table_continued_with_header_repeated"));
        continued.Problems.Select(p => p.Label).Should().Equal("1", "2", "3", "4");
        continued.Problems[3].Fields.SupportUnits.Should().Equal("县生态环境局", "相关镇人民政府");
    }

    [Fact]
    public void PreformattedTextInALayoutTablesCellKeepsItsLines()
    {
        // 465: a GB2312 page laid out by a one-column table, the notice in a cell as <pre>. Before, the cell was one line and
        // its two problems were read as one.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "465_portal_html_gb2312_preformatted_text"));
        doc.Problems.Select(p => p.Title).Should().Equal("武定县城区部分主干道扬尘污染严重", "猫街镇部分采石场未落实生态修复责任");
        doc.Problems[1].Fields.DeadlineRaw.Should().Be("2023年12月底前");
    }

    [Fact]
    public void AStateMarkedInItsColumnIsTheRowsProgress()
    {
        // 466: 已完成 | 序时推进 columns, each row marked √ under one. Before, the marks were lost and no problem had a state.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "466_xlsx_checkmark_status_columns"));
        doc.Problems.Select(p => p.Fields.Progress).Should().Equal("已完成", "序时推进", "已完成", "序时推进");
    }

    [Fact]
    public void APortalsTableOfFieldsUnderEachHeadingIsThatProblems()
    {
        // 475: <h3>一、…</h3> over a two-column table (具体问题 | …, 整改目标 | …, 整改措施 | 1.…；2.…；3.…, 责任单位, 整改时限,
        // 整改进展). Read right on its first read; kept so.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "475_portal_html_kv_table_per_problem"));
        doc.Problems.Select(p => p.Title).Should().Equal("琴江五华段部分支流水质不达标", "稀土矿区历史遗留废弃矿山生态修复滞后", "陶瓷企业无组织排放问题突出");
        doc.Problems[1].Fields.DeadlineRaw.Should().Be("2025年12月底");
        doc.Problems[2].Fields.ResponsibleUnits.Should().Equal("市生态环境局五华分局", "县工业和信息化局", "华城镇人民政府");
        doc.Problems[0].Measures.Should().HaveCount(3);
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("441424", "2024-03-08"));
    }

    [Fact]
    public void AWordFilesZeroPaddedNumbersAreItsProblems()
    {
        // 482: Word's own numbering, decimalZero (01. 02. 03.) over its findings and enclosed circles (① ②) over their
        // measures. Read right on its first read; kept so.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "482_docx_zero_padded_auto_numbers"));
        doc.Problems.Select(p => p.Label).Should().Equal("01", "02", "03");
        doc.Problems[0].Measures.Select(m => m.Text).Should().Equal("对县城建成区燃气锅炉逐台排查，建立改造清单。", "2022年9月底前完成全部低氮燃烧改造，改造后开展监督性监测。");
        doc.Problems[2].Fields.Progress.Should().Be("整改情况：正在推进。");
    }

    [Fact]
    public void RowsSayingSameAsAboveContinueTheirProblem()
    {
        // 488: a workbook whose continued rows leave the number blank and say 同上 in the finding's cell, each with a measure,
        // units, deadline and progress of its own. Read right on its first read; kept so.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "488_xlsx_same_as_above_finding_cells"));
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 1, 2);
        doc.Problems[2].Measures[0].Text.Should().StartWith("对城区及周边35蒸吨以下燃煤锅炉进行全面排查");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("222406", "2024-04-30"));
    }

    [Fact]
    public void ASheetOfMeasuresKeyedByProblemCodesFillsTheProblemsSheet()
    {
        // 490: a sheet of problems (序号 | 问题编号 | 督察反馈问题 …) and a sheet of measures (问题编号 | 措施序号 | 整改措施 |
        // 责任单位 | 完成时限), each row naming its problem by code; the date after 制表日期. Before, every measure was a
        // problem of its own (11) and the year unknown.
        var doc = PlanFileReader.Read(FileOf(Folder("blind-layouts"), "490_xlsx_problem_sheet_measure_sheet_keyed_by_code"));
        doc.Problems.Select(p => p.Measures.Count).Should().Equal(3, 2, 3);
        doc.Problems[2].Measures[0].Text.Should().StartWith("开展打击非法采砂专项行动");
        doc.Problems[2].Measures[0].ResponsibleUnits.Should().Equal("县自然资源局", "县公安局", "县海洋发展局");
        doc.Problems[0].Fields.DeadlineRaw.Should().Be("2025年12月31日");
        (doc.Metadata.Region!.Code, doc.Metadata.Date).Should().Be(("210224", "2024-09-06"));
    }
}
