using Rectify.Search.Core.Enrichment;
using Rectify.Search.Core.Model;
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
            .Select(d => d.Date is { } date ? date + (d.Status is null ? "" : " " + d.Status) : d.Kind.Wire());
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
        (d.Date, d.Kind.Wire(), d.Ongoing, d.Unread, d.Raw).Should().Be((date, kind, ongoing, false, raw));
    }

    [Theory]
    [InlineData("12月底前")]
    [InlineData("按省时限要求完成")]
    [InlineData("2025年13月底")]
    public void TextWithoutAReadableDateOrKindIsKeptRawAndFlagged(string raw)
    {
        var d = DeadlineParser.Parse(raw);
        (d.Date, d.Kind.Wire(), d.Unread, d.Raw).Should().Be(((string?)null, "none", true, raw));
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
        (d.Raw, d.Kind.Wire(), d.Unread).Should().Be(("", "none", false));
    }

    [Theory]
    [InlineData(Seeds.Xingguo, "二", 1, "2021-06-30")]      // 2021 年 6 月底前，建立能耗双控完成情况“晴雨表”季报制度
    [InlineData(Seeds.Xingguo, "七", 1, "2022-12-31")]      // 在 2021-2022 年期间，完成…补充取土化验和田间试验数量
    [InlineData(Seeds.Xingguo, "十", 2, "2022-06-30")]      // 2022年6月底，按照…要求
    [InlineData(Seeds.Baojing, "十", 3, "2025-12-31")]      // 2025年12月31日前，县城污水处理厂进水COD浓度提高到100毫克/升以上
    [InlineData(Seeds.Suixian, "十一", 1, "2022-07-31")]    // …2022年7月底前完成
    [InlineData(Seeds.Jiangxi, "三", 2, "2017-12-31")]      // 到2017年底, …
    [InlineData(Seeds.Jiangxi, "七", 4, "2019-12-31")]      // …2017年完成第一条生产线搬迁,2018年完成…,2019年相关配套设施全部搬迁到位
    [InlineData(Seeds.Jincheng, "13", 1, "2025-12-31")]     // 2024年12月底治理完成21.6公顷；2025年12月底治理完成5.57公顷
    public void AMeasureThatNamesItsOwnDateHasItsOwnDeadline(string documentId, string label, int measure, string date)
    {
        var text = Seeds.Problem(documentId, label).Measures[measure - 1].Text;
        DeadlineParser.ForMeasure(text)!.Date.Should().Be(date);
    }

    [Theory]
    [InlineData(Seeds.Xingguo, "十", 1)]    // 根据《赣州市生态环保基础设施建设三年行动计划（2021-2023年）》…: a document cited
    [InlineData(Seeds.Xingguo, "十五", 1)]  // 对 2019—2020 年全县矿山开发整治专项行动中排查发现的问题…: the past
    [InlineData(Seeds.Xingguo, "一", 1)]    // no date
    public void AMeasureWithoutADeadlineOfItsOwnIsDueByItsProblems(string documentId, string label, int measure) =>
        DeadlineParser.ForMeasure(Seeds.Problem(documentId, label).Measures[measure - 1].Text).Should().BeNull();

    [Fact]
    public void DeadlinesALostYearLeftUnreadAreReportedWithTheirLines()
    {
        // 003 七 (4) 底前制定完成搬迁方案 and (5) 底淘汰园区内所有10吨以下燃煤锅炉: the web copy lost the years.
        var plan = Seeds.Plan(Seeds.Jiangxi);
        var reported = plan.Diagnostics.Where(d => d.Code == "deadline-no-year").ToList();
        reported.Select(d => d.Message).Should().Equal(
            "problem 七 measure 4: \"底前制定完成搬迁方案\" gives no year (lost in this copy?); not read as a deadline",
            "problem 七 measure 5: \"底淘汰园区内所有10吨以下燃煤锅炉\" gives no year (lost in this copy?); not read as a deadline");
        var seventh = Seeds.Problem(Seeds.Jiangxi, "七");
        reported.Select(d => d.Line).Should().Equal(seventh.Measures[3].Line, seventh.Measures[4].Line);
        DeadlineParser.ForMeasure(seventh.Measures[4].Text).Should().BeNull();
    }

    [Fact]
    public void AProblemDeadlineThatCannotBeReadIsReported()
    {
        var problem = Seeds.Problem(Seeds.Xingguo, "一") with
        {
            Fields = Seeds.Problem(Seeds.Xingguo, "一").Fields with { DeadlineRaw = "按省时限要求完成" },
        };
        var plan = Seeds.Plan(Seeds.Xingguo) with { Problems = [problem], Diagnostics = [] };

        var reported = PlanEnricher.Enrich(plan).Diagnostics.Single();

        (reported.Code, reported.Line, reported.Message).Should().Be(("deadline-unread", problem.Line,
            "problem 一: deadline \"按省时限要求完成\" names neither a date nor immediate/ongoing; kept as printed"));
    }

    [Fact]
    public void TheGrammarFileIsReadAndABadLineIsNamed()
    {
        var g = Grammar.Default;
        g.ImmediateWords.Should().Contain("立行立改");
        g.ComparatorVerbs.Select(v => (v.Verb, v.Cmp.Symbol())).Should().Contain(("控制在", "<=")).And.Contain(("达到", ">="));
        g.WeakVerbs.Should().Contain("为");
        var act = () => Grammar.Parse(["# version: 1", "immediate\t立即", "cmp >>\t达到"], "grammar.txt");
        act.Should().Throw<FormatException>().WithMessage("grammar.txt line 3: unknown kind 'cmp >>'*");
    }

    [Fact]
    public void FiveYearPlanPeriodsAreReadFromTheGrammarAndABadOneIsNamed()
    {
        Grammar.Default.Periods.Should().Contain(new PlanningPeriod("十四五", 2021, 2025)).And.Contain(new PlanningPeriod("十五五", 2026, 2030));
        var act = () => Grammar.Parse(["# version: 1", "period\t十四五 2025-2021"], "grammar.txt");
        act.Should().Throw<FormatException>().WithMessage("grammar.txt line 2: expected 'period'*");
    }
}
