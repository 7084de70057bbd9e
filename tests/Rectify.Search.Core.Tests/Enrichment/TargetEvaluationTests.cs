using Rectify.Search.Core.Enrichment.Targets;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Enrichment;

/// <summary>
/// Target extraction against the targets a careful reader lists (tests/Data/eval-own/targets.tsv): the seeds, the real
/// documents of other provinces and the layouts written for the parser's tests, each read whole. A floor, so a change
/// that loses targets or invents them fails here; <c>rectify eval targets</c> prints the same figures.
/// </summary>
public sealed class TargetEvaluationTests
{
    private static readonly string GoldPath = Path.Combine(RepoFiles.Root, "tests", "Data", "eval-own", "targets.tsv");

    private static TargetEvaluationResult Evaluate()
    {
        var gold = TargetEvaluation.ReadGold(File.ReadLines(GoldPath), GoldPath);
        var plans = gold.Select(g => g.File).Distinct().ToDictionary(f => f, f => PlanFiles.Read(Path.Combine(RepoFiles.Root, f)));
        return TargetEvaluation.Evaluate(gold, plans);
    }

    [Fact]
    public void EveryListedTargetIsReadWithItsComparatorValueAndUnitAndFewAreInvented()
    {
        var r = Evaluate();

        r.Matches.Should().HaveCount(83);
        r.Matches.Where(m => m.Found is null).Select(m => $"{m.Gold.File}#{m.Gold.Problem} {m.Gold.Metric} {m.Gold.Value}{m.Gold.Unit}")
            .Should().BeEmpty("recall on the development list is 1.0 (83/83); the held-out figures are in the README");
        r.Precision.Should().BeGreaterThanOrEqualTo(0.97);
        r.MetricAgreements.Should().Be(r.Found, "every metric holds the word the reader names the thing by");
        r.DueAgreements.Should().BeGreaterThanOrEqualTo(r.DueJudged - 2);
    }

    [Fact]
    public void AGoldLineThatCannotBeReadIsRefusedNamingItsLine()
    {
        var act = () => TargetEvaluation.ReadGold(["# header", "seeds/x.txt\t一\tmeasure\t收集率\t>=\t70\t%"], "targets.tsv");

        act.Should().Throw<FormatException>().WithMessage("targets.tsv line 2: expected file*");
    }

    [Fact]
    public void ATargetReadWhereTheReaderListedNoneIsAnExtra()
    {
        var gold = TargetEvaluation.ReadGold(["f.txt\t-\ttarget\t收集率\t>=\t70\t%\t2025"], "g.tsv");
        var plan = PlanFiles.Read(Path.Combine(Seeds.FixturePath("layouts"), "24_mashan_2026.txt"));

        var r = TargetEvaluation.Evaluate(gold, new Dictionary<string, PlanDocument> { ["f.txt"] = plan });

        r.Found.Should().Be(1);
        r.Matches.Single().DueAgrees.Should().BeTrue();
        r.Extras.Should().BeEmpty();
    }
}
