using Rectify.Search.Core.Drafting;
using Rectify.Search.Core.Parsing;

namespace Rectify.Search.Core.Tests.Drafting;

/// <summary>A feedback's problems in the shapes inspectors send them: numbered, grouped under categories, a table, prose, one per line.</summary>
public sealed class FeedbackProblemsTests
{
    private static IReadOnlyList<FeedbackProblem> Of(string text) =>
        FeedbackProblems.Of(PlanParser.Parse(text, "feedback", "feedback.txt", "hash", "utf-8"));

    [Fact]
    public void NumberedProblemsAfterAPreambleKeepTheirNumbersAndWholeText()
    {
        var problems = Of("""
            中央第三生态环境保护督察组向某县反馈督察情况
            督察发现的主要问题：
            一、城镇污水管网建设滞后。县城生活污水集中收集率仅为45%，雨污合流问题突出。
            二、畜禽养殖污染问题突出。禁养区内仍有12家生猪养殖场未关停。
            三、黑臭水体治理不彻底，城区3条黑臭水体返黑返臭。
            """);

        problems.Should().Equal(
            new FeedbackProblem("一", "城镇污水管网建设滞后。县城生活污水集中收集率仅为45%，雨污合流问题突出。"),
            new FeedbackProblem("二", "畜禽养殖污染问题突出。禁养区内仍有12家生猪养殖场未关停。"),
            new FeedbackProblem("三", "黑臭水体治理不彻底，城区3条黑臭水体返黑返臭。"));
    }

    [Fact]
    public void ProblemsGroupedUnderCategoriesAreTheInnermostNumberedOnes()
    {
        var problems = Of("""
            一、水生态环境问题
            （一）县城污水处理厂进水化学需氧量浓度长期低于100毫克/升。
            （二）部分乡镇污水处理设施建成后长期闲置。
            二、大气污染问题
            （三）建筑工地“六个百分百”落实不严，扬尘管控不到位。
            """);

        problems.Select(p => p.Label).Should().Equal("一", "二", "三");
        problems.Select(p => p.Text).Should().Equal(
            "县城污水处理厂进水化学需氧量浓度长期低于100毫克/升。",
            "部分乡镇污水处理设施建成后长期闲置。",
            "建筑工地“六个百分百”落实不严，扬尘管控不到位。");
    }

    [Fact]
    public void ProseWithYiShiErShiIsCutAtEachMarkerAndItsPreambleLeftOut()
    {
        var problems = Of("督察指出，该县生态环境保护工作仍存在一些突出问题。一是黑臭水体治理不彻底，城区3条黑臭水体返黑返臭。二是扬尘污染管控不到位，建筑工地“六个百分百”落实不严。三是生活垃圾填埋场渗滤液超标排放。");

        problems.Should().Equal(
            new FeedbackProblem("一", "黑臭水体治理不彻底，城区3条黑臭水体返黑返臭。"),
            new FeedbackProblem("二", "扬尘污染管控不到位，建筑工地“六个百分百”落实不严。"),
            new FeedbackProblem("三", "生活垃圾填埋场渗滤液超标排放。"));
    }

    [Fact]
    public void ALoneYiShiIsAWordNotAnEnumeration()
    {
        FeedbackProblems.Enumerated("这一是非问题长期存在，群众反映强烈。").Should().BeEmpty();
        FeedbackProblems.Enumerated("一是秸秆露天焚烧；三是散煤复烧。").Should().BeEmpty("a run counts up from 一 without a gap");
    }

    [Fact]
    public void AListPastedOnePerLineIsOneProblemPerLineItsTitleLineLeftOut()
    {
        var problems = Of("""
            交办问题
            城区3条黑臭水体返黑返臭，群众反映强烈。
            建筑工地扬尘管控不到位，渣土车未密闭运输。
            生活垃圾填埋场渗滤液超标排放。
            """);

        problems.Select(p => (p.Label, p.Text)).Should().Equal(
            ("1", "城区3条黑臭水体返黑返臭，群众反映强烈。"),
            ("2", "建筑工地扬尘管控不到位，渣土车未密闭运输。"),
            ("3", "生活垃圾填埋场渗滤液超标排放。"));
    }

    [Fact]
    public void AProblemTableIsReadAsThePlanParserReadsIt()
    {
        var problems = Of("序号\t反馈问题\t整改时限\n1\t县城污水处理厂进水浓度偏低。\t2025年12月底\n2\t禁养区内仍有养殖场未关停。\t2024年6月底\n");

        problems.Should().Equal(new FeedbackProblem("1", "县城污水处理厂进水浓度偏低。"), new FeedbackProblem("2", "禁养区内仍有养殖场未关停。"));
    }
}
