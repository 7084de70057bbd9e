using System.Globalization;
using System.Text.RegularExpressions;
using Rectify.Search.Cli.Tests.Support;

namespace Rectify.Search.Cli.Tests;

public sealed class EvalCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private static readonly string Examples = Path.Combine(RepoFiles.Root, "..", "shared", "spec", "themes_examples.tsv");
    private static readonly string SeedsDir = Path.Combine(RepoFiles.Root, "seeds");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void EvalThemesPrintsPerThemeAndMicroScoresOnTheExamples()
    {
        var (exit, output, _) = CliRunner.Run("eval", "themes", "--gold", Examples, "--seeds", SeedsDir);

        exit.Should().Be(0);
        output.Should().StartWith("34 problems, 49 labels; taxonomy version 1");
        var micro = Regex.Match(output, @"^micro\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$", RegexOptions.Multiline);
        micro.Success.Should().BeTrue(output);
        micro.Groups[1].Value.Should().Be("49");
        double.Parse(micro.Groups[5].Value, CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(0.95);
        output.Should().MatchRegex(@"(?m)^mine-restoration\s+9\s+\d+\s");
    }

    [Fact]
    public void DisagreementsAreListedProblemByProblem()
    {
        var gold = _dir.File("gold.tsv");
        File.WriteAllLines(gold, ["problem\tthemes", "004_5daf789ba15e6675#12\tstraw-burning", "004_5daf789ba15e6675#11\tdust air-quality"]);

        var (exit, output, _) = CliRunner.Run("eval", "themes", "--gold", gold, "--seeds", SeedsDir);

        exit.Should().Be(0);
        output.Should().Contain("1 disagreement(s):").And.Contain("  004_5daf789ba15e6675#11: missed air-quality; extra ");
        output.Should().MatchRegex(@"(?m)^micro\s+3\s+2\s+1\.000\s+0\.667\s+0\.800$");
    }

    [Fact]
    public void AGoldFileThatCannotBeReadIsNamedWithItsLine()
    {
        var gold = _dir.File("gold.tsv");
        File.WriteAllLines(gold, ["problem\tthemes", "004_5daf789ba15e6675#12 straw-burning"]);

        var (exit, _, error) = CliRunner.Run("eval", "themes", "--gold", gold, "--seeds", SeedsDir);

        exit.Should().Be(2);
        error.Should().Be($"rectify eval themes: {gold} line 2: expected documentId#label<TAB>themes, got \"004_5daf789ba15e6675#12 straw-burning\"{Environment.NewLine}");
    }

    [Fact]
    public void AGoldProblemThePlanDoesNotHaveIsReported()
    {
        var gold = _dir.File("gold.tsv");
        File.WriteAllLines(gold, ["004_5daf789ba15e6675#99\tdust"]);

        var (exit, _, error) = CliRunner.Run("eval", "themes", "--gold", gold, "--seeds", SeedsDir);

        exit.Should().Be(1);
        error.Should().Contain("gold line 1: plan 004_5daf789ba15e6675 has no problem 99");
    }
}
