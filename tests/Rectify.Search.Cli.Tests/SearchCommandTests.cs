using System.Text.RegularExpressions;
using Rectify.Search.Cli.Tests.Support;

namespace Rectify.Search.Cli.Tests;

public sealed partial class SearchCommandTests(SeedData data) : IClassFixture<SeedData>
{
    [Fact]
    public void SearchPrintsATableOfProblemsWithTheirBestPassagesAndFacets()
    {
        var (exit, output, _) = data.Run("search", "两高项目");

        exit.Should().Be(0);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        // Four match every concept, fewer than a page: the relaxations (两高 or 项目) and what both character arms find join them.
        lines[0].Should().Be("33 problem(s) match 两高项目 · 4 match every term · page 1 of 4");
        // 001 十八 (结构性污染, its measure 严控“两高”项目盲目发展) comes before 000 二: the character arms rank it higher.
        RankedIds(output).Take(4).Should().Equal(
            "001_5cb408abd5d47804.p5", "002_57f2b054bec5bb15.p3", "001_5cb408abd5d47804.p18", "000_fd899eb3d1702b98.p2");
        lines.Should().Contain(l => l.StartsWith("  1 ") && l.Contains("湖南省 保靖县") && l.EndsWith("五 存在“两高”项目上马冲动现象"));
        lines.Should().Contain("             存在“【两高】”【项目】上马冲动现象。");
        lines.Should().Contain("             · 2 2021 年底前，梳理我县“十四五”拟投产达产“【两高】”【项目】情况。");
        // Facets count every result, the partial matches after the first four too; the four carry the theme.
        var facets = lines.Single(l => l.StartsWith("province: "));
        facets.Should().Contain(" · “两高”项目 4 · ");
        Regex.Match(facets, "level: (.*?)   theme").Groups[1].Value.Split(" · ").Sum(v => int.Parse(v.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture)).Should().Be(33);
    }

    [Fact]
    public void MeasureSearchWithAFilterPrintsMeasuresOfThatProvinceOnly()
    {
        var (exit, output, _) = data.Run("search", "测土配方施肥", "--unit", "measure", "--province", "湖北省", "--page-size", "5");

        exit.Should().Be(0);
        // Three measures say it; fewer than a page, so what the character arms find fills the page after them.
        output.Should().StartWith("15 measure(s) match 测土配方施肥 · 3 match every term · page 1 of 3");
        RankedIds(output).Take(3).Should().BeEquivalentTo(["002_57f2b054bec5bb15.p12.m6", "002_57f2b054bec5bb15.p13.m1", "002_57f2b054bec5bb15.p13.m4"]);
        RankedIds(output).Should().HaveCount(5).And.OnlyContain(id => id.StartsWith("002_57f2b054bec5bb15.", StringComparison.Ordinal), "湖北省's plan only");
        output.Should().Contain("             对农户应用【测土配方施肥】情况进行跟踪调查，科学评价【测土配方施肥】应用情况。");
    }

    [Fact]
    public void BadOptionsAreNamedAndExitWithTwo()
    {
        var (exit, _, error) = data.Run("search", "污水", "--page-size", "0", "--level", "town", "--deadline-from", "soon");
        exit.Should().Be(2);
        error.Should().Contain("rectify search: --page-size must be between 1 and 100.")
            .And.Contain("rectify search: --level must be province, city or county, not 'town'.")
            .And.Contain("rectify search: --deadline-from must be a date as yyyy-MM-dd, yyyy-MM or yyyy, not 'soon'.");
    }

    [Fact]
    public void AQueryWithNothingToSearchIsRefused()
    {
        var (exit, _, error) = data.Run("search", "🙂 *");
        exit.Should().Be(2);
        error.Should().Contain("rectify search: query holds nothing to search for");
    }

    [Fact]
    public void SimilarPrintsPrecedentsWithTheTermsTheyShare()
    {
        var (exit, output, _) = data.Run("similar", "000_fd899eb3d1702b98.p11.m1", "--k", "4");

        exit.Should().Be(0);
        output.Should().StartWith("precedents for 000_fd899eb3d1702b98.p11.m1 (other-provinces): 制定年度城镇污水处理工作要点");
        RankedIds(output).Should().HaveCount(4);
        RankedIds(output).Take(2).Should().BeEquivalentTo(["001_5cb408abd5d47804.p4.m6", "001_5cb408abd5d47804.p11.m3"]);
        output.Split('\n').Should().Contain(l => l.Contains("001_5cb408abd5d47804.p11.m3") && l.TrimEnd().EndsWith("城镇, 污水管网, 建设, 处理"));
        output.Should().NotContain("江西省");
    }

    [Fact]
    public void SimilarTakesDraftedText()
    {
        var (exit, output, _) = data.Run("similar", "--text", "全面推广测土配方施肥技术", "--province", "江西省", "--k", "3");
        exit.Should().Be(0);
        output.Should().StartWith("precedents for the text (other-provinces)");
        RankedIds(output).Should().HaveCount(3).And.NotContain(id => id.StartsWith("000_") || id.StartsWith("003_"));
    }

    [Theory]
    [InlineData("000_fd899eb3d1702b98.p11.m1", "--text", "污水")]
    [InlineData("000_fd899eb3d1702b98.p11.m1", "--scope", "nearby")]
    [InlineData("000_fd899eb3d1702b98.p11.m1", "--k", "0")]
    [InlineData("000_fd899eb3d1702b98.p99.m1")]
    public void SimilarRefusesWhatItCannotAnswer(params string[] args)
    {
        var (exit, output, error) = data.Run(["similar", .. args]);
        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("rectify similar: ");
    }

    /// <summary>The ids of the ranked rows (a row starts with its rank and score).</summary>
    private static List<string> RankedIds(string output) =>
        RankRow().Matches(output).Select(m => m.Groups["id"].Value).ToList();

    [GeneratedRegex(@"^ +\d+ +-?\d+\.\d\d  .+?  (?<id>\S+\.p\d+(?:\.m\d+)?) ", RegexOptions.Multiline)]
    private static partial Regex RankRow();
}
