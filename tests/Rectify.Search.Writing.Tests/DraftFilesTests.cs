using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;
using Rectify.Search.Reading;
using Rectify.Search.Reading.Legacy;

namespace Rectify.Search.Writing.Tests;

/// <summary>Runs only where LibreOffice is installed; on CI (.ci/run installs it) a missing LibreOffice fails instead.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Program is null && Environment.GetEnvironmentVariable("CI") is null)
            Skip = "LibreOffice is not installed (.ci/run installs it)";
    }
}

/// <summary>A draft written as a county files it, then read back by the project's own readers into the same plan.</summary>
public sealed class DraftFilesTests
{
    private static readonly Citation Xingguo = new("000_fd899eb3d1702b98", "兴国县贯彻落实中央生态环境保护督察报告整改方案", "江西省赣州市兴国县", 2021, "十六", null);
    private static readonly Citation Suixian = new("002_57f2b054bec5bb15", "随县贯彻落实第二轮中央生态环境保护督察反馈问题整改方案", "湖北省随州市随县", 2022, "十二", "002_57f2b054bec5bb15.p12.m6");

    private static readonly Draft Draft = new("d_0123456789ab", "保靖县生态环境保护督察反馈问题整改方案",
        new Region("湖南省", "湘西土家族苗族自治州", "保靖县", "433125", RegionLevel.County), 2026,
        [
            new DraftProblem("一", "矿山生态修复滞后。历史遗留废弃矿山23处未完成治理，部分采石场边开采边破坏。", ["mine-restoration"],
                new DraftItem("完成重点生态功能区范围内废弃露天矿山生态修复任务。", Xingguo, []),
                new DraftDeadline("2028年12月底前", DeadlineKind.Date, "2028-12-31", true, Xingguo),
                [new DraftItem("保靖县自然资源局", Xingguo, [])],
                [new DraftItem("保靖县林业局", Xingguo, []), new DraftItem("保靖县生态环境局", Xingguo, [])],
                [
                    new DraftItem("2027年底前，建立历史遗留废弃矿山生态修复台账。", Xingguo with { MeasureId = "000_fd899eb3d1702b98.p16.m1" }, ["2027年"]),
                    new DraftItem("制定废弃露天矿山生态修复实施方案，落实各年度修复数量、面积和方式。", Xingguo with { MeasureId = "000_fd899eb3d1702b98.p16.m2" }, []),
                    DraftItem.Own("每季度调度一次修复进度，年底前开展验收。"),
                ]),
            DraftProblem.Bare("二", "城镇污水管网建设滞后，县城生活污水集中收集率仅为45%。", ["sewage-network"]),
            new DraftProblem("三", "化肥农药使用量居高不下，测土配方施肥覆盖率偏低。", ["fertilizer-reduction"],
                null, new DraftDeadline("立行立改，长期坚持", DeadlineKind.ImmediateAndOngoing, null, false, Suixian),
                [new DraftItem("保靖县农业农村局", Suixian, [])], [],
                [new DraftItem("深入开展测土配方施肥，在关键农时发布施肥指导意见。", Suixian, [])]),
        ], "2026-12-04T05:00:00Z", "2026-12-04T05:00:00Z");

    private static PlanDocument Read(string name, byte[] bytes) => PlanPipeline.Read(name, bytes, SourceReader.Read(name, bytes));

    /// <summary>The read plan says what the draft says: problems, targets, deadlines, units, measures.</summary>
    private static void ShouldBeTheDraft(PlanDocument plan)
    {
        plan.Metadata.Title.Should().Be("保靖县生态环境保护督察反馈问题整改方案");
        plan.Problems.Select(p => p.Text).Should().Equal(Draft.Problems.Select(p => p.Text));
        plan.Problems.Select(p => p.Fields.Target).Should().Equal(Draft.Problems.Select(p => p.Target?.Text));
        plan.Problems.Select(p => p.Fields.DeadlineRaw).Should().Equal(Draft.Problems.Select(p => p.Deadline?.Text));
        for (var i = 0; i < Draft.Problems.Count; i++)
        {
            plan.Problems[i].Fields.LeadUnits.Should().Equal(Draft.Problems[i].LeadUnits.Select(u => u.Text));
            plan.Problems[i].Fields.SupportUnits.Should().Equal(Draft.Problems[i].SupportUnits.Select(u => u.Text));
            plan.Problems[i].Measures.Select(m => m.Text).Should().Equal(Draft.Problems[i].Measures.Select(m => m.Text));
        }
        plan.Problems[0].Deadline.Date.Should().Be("2028-12-31");
        plan.Problems[2].Deadline.Kind.Should().Be(DeadlineKind.ImmediateAndOngoing);
    }

    [Fact]
    public void AWordDraftReadsBackIntoTheSamePlanWithEveryCitedItemFootnoted()
    {
        var bytes = DraftDocx.Write(Draft);

        ShouldBeTheDraft(Read("draft.docx", bytes));
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var notes = document.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<DocumentFormat.OpenXml.Wordprocessing.Footnote>().Where(f => f.Id!.Value > 0).Select(f => f.InnerText.Trim()).ToList();
        // 一: target, deadline, lead, support, two cited measures (the third is the drafter's own); 三: deadline, lead, one measure.
        notes.Should().HaveCount(9);
        notes[0].Should().Be("《兴国县贯彻落实中央生态环境保护督察报告整改方案》（江西省赣州市兴国县，2021年）问题十六");
        notes[^1].Should().Be("《随县贯彻落实第二轮中央生态环境保护督察反馈问题整改方案》（湖北省随州市随县，2022年）问题十二");
        document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<DocumentFormat.OpenXml.Wordprocessing.Style>().Select(s => s.StyleId!.Value)
            .Should().Contain(["Normal", "Title", "Heading1", "FootnoteText"]);
    }

    [Fact]
    public void AnExcelDraftReadsBackIntoTheSamePlanItsProblemsCellsMergedDownTheirMeasures()
    {
        var bytes = DraftXlsx.Write(Draft);

        ShouldBeTheDraft(Read("draft.xlsx", bytes));
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet!;
        sheet.Elements<MergeCells>().Single().Elements<MergeCell>().Select(m => m.Reference!.Value)
            .Should().Equal("A1:H1", "A3:A5", "B3:B5", "C3:C5", "D3:D5", "E3:E5", "F3:F5");
        var header = sheet.GetFirstChild<SheetData>()!.Elements<Row>().ElementAt(1).Elements<Cell>().Select(c => c.InnerText);
        header.Should().Equal("序号", "反馈问题", "整改目标", "整改时限", "牵头单位", "配合单位", "整改措施", "出处");
    }

    [LibreOfficeFact]
    public void LibreOfficeOpensBothAndTheirWord97AndExcel97CopiesReadBackTheSame()
    {
        var doc = LibreOffice.Convert(DraftDocx.Write(Draft), SourceFormat.Docx, "doc", "draft.docx");
        ShouldBeTheDraft(Read("draft.doc", doc));
        var xls = LibreOffice.Convert(DraftXlsx.Write(Draft), SourceFormat.Xlsx, "xls", "draft.xlsx");
        ShouldBeTheDraft(Read("draft.xls", xls));
    }
}
