using Rectify.Search.Core.Model;
using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Enrichment;

/// <summary>
/// Themes and targets on real documents from other provinces the rules were not written from (the layout fixtures of
/// issue 7): they run on every one of them, and a careful reader's reading of four is checked.
/// </summary>
public sealed class UnseenLayoutEnrichmentTests
{
    private static PlanDocument Layout(string name) => Seeds.Fixture(Path.Combine("layouts", name));

    private static string Describe(Target t) => $"{t.Metric} {t.Cmp} {t.Value} {t.Unit} {t.Kind}";

    [Fact]
    public void EveryUnseenLayoutIsTaggedAndReadForTargetsWithoutAnError()
    {
        var files = Directory.GetFiles(Seeds.FixturePath("layouts"), "*.txt");

        var plans = files.Select(f => Layout(Path.GetFileName(f))).ToList();

        plans.Should().HaveCount(12);
        plans.Should().OnlyContain(p => p.Problems.Any(pr => pr.Themes.Count > 0), "each of these documents is about a theme of the taxonomy");
    }

    [Fact]
    public void ASewageTargetOfHeilongjiangIsReadWithItsMetricComparatorAndValue()
    {
        // 麻山区污水处理厂收集率低影响稳定运行 (2026): the target 城市污水集中收集率达到70%以上.
        var problem = Layout("24_mashan_2026.txt").Problems.Single();

        problem.Themes[0].ThemeId.Should().Be("sewage-network");
        problem.Targets.Select(Describe).Should().Contain("城市污水集中收集率 AtLeast 70 % Target");
    }

    [Fact]
    public void TheInspectorsNumbersInAFindingStayFindings()
    {
        // 历史遗留矿山349座,…已修复…107座 (2025): the shares the inspectors computed are findings, not targets.
        var problem = Layout("19_cangyuan_2025_masked.txt").Problems.Single();

        problem.Themes[0].ThemeId.Should().Be("mine-restoration");
        problem.Targets.Where(t => t.Source == "text").Select(Describe).Should().Equal("矿山修复完成率 Equal 30.7 % Finding", "修复面积完成率 Equal 33 % Finding");
        // …对…16座历史遗留矿山和结合172个卫星卫片图斑的核查: the measure's counts are its targets, each with what is done to it.
        problem.Targets.Where(t => t.Source == "measure").Select(Describe).Should().Equal("历史遗留矿山核查 Equal 16 座 Target", "卫星卫片图斑核查 Equal 172 个 Target");
    }

    [Fact]
    public void LakeAndCoastRestorationAreTaggedAsProtectedEcosystems()
    {
        // 退垸還湖進展滯後 (洪湖, traditional characters): returning polders to the lake and wetland.
        var honghu = Layout("13_honghu_2023_trad.txt").Problems.Single();
        honghu.Themes.Select(t => t.ThemeId).Should().Equal("biodiversity");
        honghu.Themes[0].Matches.Select(m => m.Phrase).Should().Contain("退垸还湖");
        // 海洋生态破坏现象依然存在 (江苏省, 2026): marine ecology, 滩涂.
        Layout("23_jiangsu_2026_province.txt").Problems.Single().Themes[0].ThemeId.Should().Be("biodiversity");
    }

    [Fact]
    public void TraditionalCharactersAndAProvincialReportAreTaggedByTheirSubject()
    {
        // 全市醫療廢物處置抗風險能力較低 (咸宁, in traditional characters): hazardous waste.
        Layout("11_xianning_2022_trad.txt").Problems.Single().Themes[0].ThemeId.Should().Be("hazardous-waste");
        // …有200余台锅炉只有简易除尘设施 (黑龙江省, 2025): coal boilers.
        Layout("20_heilongjiang_2025_province.txt").Problems.Single().Themes[0].ThemeId.Should().Be("coal-boilers");
    }
}
