using Rectify.Search.Core.Enrichment;
using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Enrichment;

public sealed class DeadlineParserTests
{
    private const string IO = "immediate-and-ongoing", On = "ongoing", C = " completed";

    /// <summary>Every problem of the five seeds, in list order: the date (with " completed" when reported done) or the kind.</summary>
    public static TheoryData<string, string[]> SeedDeadlines => new()
    {
        { Seeds.Xingguo, [IO, "2025-12-31", "2021-12-31", "2023-06-30", "2021-12-31", "2023-12-31", "2022-12-31", "2025-12-31", "2022-12-31",
            "2026-10-31", "2025-12-31", "2025-12-31", "2025-12-31", "2023-12-31", IO, "2025-12-31", "2022-05-31"] },
        { Seeds.Baojing, [IO, "2021-12-31" + C, "2021-12-31" + C, On, "2021-12-31" + C, On, On, "2022-12-31", "2024-12-31", "2025-12-31",
            "2025-12-31", "2022-06-30", "2021-12-31" + C, "2021-12-31" + C, "2022-12-31", On, "2022-06-30", "2025-12-31", "2025-12-31",
            "2023-12-31", "2023-12-31", "2021-12-31" + C, "2022-03-31", "2023-12-31", "2025-12-31"] },
        { Seeds.Suixian, [IO, "2025-12-31", "2022-12-31", "2025-12-31", "2022-07-31", "2022-12-31", "none", "2025-12-31", "2022-12-31",
            "2023-12-31", "2025-12-31", "2025-12-31", "2025-12-31", "2025-12-31"] },
        { Seeds.Jiangxi, [IO, IO, On, On, IO, On, On, On, IO, "2017-03-31", "none"] },
        { Seeds.Jincheng, ["2024-12-31", "2024-12-31", "2024-06-30", "2024-12-31", "2024-12-31", "2024-12-31", On, "2024-12-31", "2024-12-31",
            "2024-12-31", On, On, "2025-12-31", "2025-12-31", "2024-12-31", "2024-12-31", "2024-12-31"] },
    };

    [Theory]
    [MemberData(nameof(SeedDeadlines))]
    public void EveryProblemDeadlineOfTheSeedsIsRead(string documentId, string[] expected)
    {
        var read = Seeds.Plan(documentId).Problems
            .Select(p => DeadlineParser.Parse(p.Fields.DeadlineRaw, p.Fields.StatusNote))
            .Select(d => d.Date is { } date ? date + (d.Status is null ? "" : " " + d.Status) : d.Kind);
        read.Should().Equal(expected);
    }

    [Theory]
    [InlineData("2021年12月底", "2021-12-31", "date", false)]
    [InlineData("2025 年 12 月底", "2025-12-31", "date", false)]
    [InlineData("2022年6月30日", "2022-06-30", "date", false)]
    [InlineData("2020年年底", "2020-12-31", "date", false)]
    [InlineData("2020年底前", "2020-12-31", "date", false)]
    [InlineData("2017年3月底", "2017-03-31", "date", false)]
    [InlineData("2024年2月底", "2024-02-29", "date", false)]
    [InlineData("２０２３年６月底前", "2023-06-30", "date", false)]
    [InlineData("二〇二五年六月底", "2025-06-30", "date", false)]
    [InlineData("二〇二一年十二月三十一日", "2021-12-31", "date", false)]
    [InlineData("2025年12月底前，分阶段推进", "2025-12-31", "date", false)]
    [InlineData("2022年7月底前，长期坚持", "2022-07-31", "date", true)]
    [InlineData("2021年6月底前完成排查，2022年12月底前完成整治", "2022-12-31", "date", false)]
    [InlineData("立行立改，长期坚持", null, "immediate-and-ongoing", false)]
    [InlineData("立即整改，长期坚持", null, "immediate-and-ongoing", false)]
    [InlineData("立行立改", null, "immediate", false)]
    [InlineData("持续推进", null, "ongoing", false)]
    [InlineData("持续改善", null, "ongoing", false)]
    public void PrintedFormsReadAsDateAndKind(string raw, string? date, string kind, bool ongoing)
    {
        var d = DeadlineParser.Parse(raw);
        (d.Date, d.Kind, d.Ongoing, d.Unread, d.Raw).Should().Be((date, kind, ongoing, false, raw));
    }

    [Theory]
    [InlineData("12月底前")]
    [InlineData("按省时限要求完成")]
    [InlineData("2025年13月底")]
    public void TextWithoutAReadableDateOrKindIsKeptRawAndFlagged(string raw)
    {
        var d = DeadlineParser.Parse(raw);
        (d.Date, d.Kind, d.Unread, d.Raw).Should().Be(((string?)null, "none", true, raw));
    }

    [Fact]
    public void AStatusNoteMarksTheDeadlineCompleted()
    {
        var d = DeadlineParser.Parse("2021年12月31日", "已完成整改并上报销号");
        (d.Date, d.Status, d.DateNumber).Should().Be(("2021-12-31", "completed", 20211231));
    }

    [Fact]
    public void NoPrintedDeadlineIsKindNoneAndNotUnread()
    {
        var d = DeadlineParser.Parse(null);
        (d.Raw, d.Kind, d.Unread).Should().Be(("", "none", false));
    }
}
