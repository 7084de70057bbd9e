using Rectify.Search.Cli.Tests.Support;

namespace Rectify.Search.Cli.Tests;

public sealed class CompareCommandTests(SeedData data) : IClassFixture<SeedData>
{
    [Fact]
    public void FertilizerReductionListsTheThreeCountiesWithTheirSoilTestingCoverageTargets()
    {
        var (exit, output, _) = data.Run("compare", "--theme", "fertilizer-reduction");

        exit.Should().Be(0);
        var blocks = Blocks(output);
        blocks.Keys.Should().ContainInOrder("360732  江西省 兴国县", "421321  湖北省 随县", "433125  湖南省 保靖县");
        blocks["360732  江西省 兴国县"].Should().Contain("全县测土配方施肥技术覆盖率 ≥ 90 % by 2025-12");
        blocks["421321  湖北省 随县"].Should().Contain("测土配方施肥技术覆盖率 ≥ 90 % by 2025-12");
        blocks["433125  湖南省 保靖县"].Should().Contain("全县主要农作物测土配方施肥技术覆盖率 ≥ 90 % by 2022-06");
    }

    [Fact]
    public void APesticideTargetIsListedUnderPesticideReductionNotUnderFertilizerReduction()
    {
        // 兴国县 六 is tagged with both themes; its targets (化学农药使用量实现零增长, 绿色防控示范区3个 …) are pesticide ones.
        var fertilizer = Blocks(data.Run("compare", "--theme", "fertilizer-reduction").Out)["360732  江西省 兴国县"];
        var pesticide = Blocks(data.Run("compare", "--theme", "pesticide-reduction").Out)["360732  江西省 兴国县"];

        fertilizer.Should().NotContain(l => l.Contains("农药") || l.Contains("示范"));
        fertilizer.Should().Contain(l => l.Contains("全县测土配方施肥技术覆盖率 ≥ 90 % by 2025-12"));
        pesticide.Should().Contain(l => l.Contains("全县农作物病虫害防治化学农药使用量增长 ≤ 0 % by 2023-12"))
            .And.Contain(l => l.Contains("每年新创建病虫害绿色防控示范区 = 3 个"))
            .And.NotContain(l => l.Contains("测土配方"));
    }

    [Fact]
    public void SewageNetworksShowBaojingsCodTargetAndSuixiansYearlySeries()
    {
        var (exit, output, _) = data.Run("compare", "--theme", "sewage-network");

        exit.Should().Be(0);
        var blocks = Blocks(output);
        blocks["433125  湖南省 保靖县"].Should().ContainSingle(l => l.EndsWith("县城污水处理厂进水COD浓度 ≥ 100 毫克/升 by 2025-12"));
        blocks["421321  湖北省 随县"].Where(l => l.Contains("城市生活污水集中收集率 ≥ ") && l.Contains(" % by 20") && !l.Contains("-")).Select(l => l.Trim())
            .Should().Equal("城市生活污水集中收集率 ≥ 55 % by 2022", "城市生活污水集中收集率 ≥ 60 % by 2023", "城市生活污水集中收集率 ≥ 65 % by 2024", "城市生活污水集中收集率 ≥ 70 % by 2025");
    }

    [Fact]
    public void AMetricFilterKeepsOnlyThatMetricHoweverEachPlanNamesIt()
    {
        var (_, output, _) = data.Run("compare", "--theme", "fertilizer-reduction", "--metric", "全省测土配方技术覆盖率");
        output.Split('\n').Where(l => l.Contains(" ≥ ") || l.Contains(" ≤ ")).Should().HaveCount(4).And.OnlyContain(l => l.Contains("测土配方施肥技术覆盖率 ≥ 90 %"));
    }

    [Fact]
    public void CsvIsTheSameTable()
    {
        var (exit, output, _) = data.Run("compare", "--theme", "sewage-network", "--csv");
        exit.Should().Be(0);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("region_code,province,city,county,level,document_id,title,problems,targets,deadlines,lead_units,lead_departments,measure_count");
        lines.Skip(1).Select(l => l[..6]).Should().Equal("140502", "360000", "360732", "421321", "433125");
    }

    [Fact]
    public void APageSaysWhichRowsOfHowManyItShows()
    {
        var (exit, output, _) = data.Run("compare", "--theme", "sewage-network", "--page", "2", "--page-size", "3");
        exit.Should().Be(0);
        // 江西省's plan is on it too: its 鄱阳湖 problem's measures build sewage plants and networks (the written convention).
        output.Split('\n')[0].Should().Be("5 plan(s) on sewage-network, 4–5 shown");
        Blocks(output).Keys.Should().Equal("5 plan(s) on sewage-network, 4–5 shown", "421321  湖北省 随县", "433125  湖南省 保靖县");
    }

    [Theory]
    [InlineData(new[] { "compare", "--theme", "dust", "--page-size", "0" }, "rectify compare: --page-size must be between 1 and 1000.")]
    [InlineData(new[] { "compare" }, "rectify compare: --theme or --q is needed: a theme's id or name (GET /api/themes lists them) or words to search for.")]
    [InlineData(new[] { "compare", "--theme", "smog" }, "rectify compare: --theme names no theme of the taxonomy: 'smog'; GET /api/themes lists the themes' ids and names.")]
    public void WhatCannotBeComparedIsRefused(string[] args, string message)
    {
        var (exit, _, error) = data.Run(args);
        exit.Should().Be(2);
        error.Should().Contain(message);
    }

    /// <summary>The plan blocks of the output, by their heading (region code and place), each its lines.</summary>
    private static Dictionary<string, List<string>> Blocks(string output)
    {
        var blocks = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var line in output.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.Length > 8 && char.IsDigit(line[0]))
            {
                var key = string.Join("  ", line.Split("  ").Take(2));
                blocks[key] = current = [];
            }
            else if (current is not null && line.Length > 0)
            {
                current.Add(line.Trim().StartsWith("targets:", StringComparison.Ordinal) ? line.Trim()["targets:".Length..].Trim() : line.Trim());
            }
        }
        return blocks;
    }
}
