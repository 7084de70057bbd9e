using Rectify.Search.Cli.Tests.Support;

namespace Rectify.Search.Cli.Tests;

public sealed class BenchCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void ScoresBothTestSetsAndPrintsTheirFigures()
    {
        foreach (var set in new[] { "pku", "msr" })
        {
            File.WriteAllLines(_dir.File($"{set}_test.utf8"), ["共同创造美好的新世纪"]);
            File.WriteAllLines(_dir.File($"{set}_test_gold.utf8"), ["共同  创造  美好  的  新  世纪  "]);
        }

        var (exit, output, _) = CliRunner.Run("bench", "segment", "--sighan", _dir.Path, "--iterations", "1", "--no-jieba");

        exit.Should().Be(0);
        output.Should().Contain("general dictionary only").And.Contain("jieba: not run");
        // 共同 创造 美好 的 新世纪 against 共同 创造 美好 的 新 世纪: 4 of 5 words right, 4 of 6 found.
        output.Should().MatchRegex(@"pku   rectify +0\.8000  0\.6667  0\.7273 +[\d,]+")
            .And.MatchRegex(@"msr   rectify +0\.8000  0\.6667  0\.7273 +[\d,]+");
    }

    [Fact]
    public void AMissingTestSetIsReportedWithTheOptionToFixIt()
    {
        var (exit, _, error) = CliRunner.Run("bench", "segment", "--sighan", _dir.Path, "--no-jieba");
        exit.Should().Be(1);
        error.Should().Contain("lacks pku_test.utf8").And.Contain("pass --sighan <folder>");
    }

    [Fact]
    public void AMissingSeedsFolderIsNamedNotThrown()
    {
        var missing = Path.Combine(_dir.Path, "seeds");
        var (exit, output, error) = CliRunner.Run("bench", "scale", "--plans", "10", "--seeds", missing);
        (exit, output).Should().Be((1, ""));
        error.Should().Be($"rectify: Could not find a part of the path '{missing}'. (run from the clone's root, or give the path){Environment.NewLine}");
    }

    [Fact]
    public void IterationsOutOfRangeAreABadArgument()
    {
        CliRunner.Run("bench", "segment", "--iterations", "0").Exit.Should().Be(2);
    }

    [Fact]
    public void TheLoadTestInShortSixtyFourConnectionsGetEveryAnswerCompressedAndNoError()
    {
        // The full run is `rectify bench load --plans 2000 --connections 64 --seconds 60 --api …` (README); here 3 s over 10 plans.
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var api = Path.Combine(RepoFiles.Root, "src", "Rectify.Search.Api", "bin", configuration, "net10.0", "Rectify.Search.Api.dll");

        var (exit, output, error) = CliRunner.Run("bench", "load", "--plans", "10", "--connections", "64", "--seconds", "3", "--warm-up", "1", "--api", api,
            "--seeds", Path.Combine(RepoFiles.Root, "seeds"), "--layouts", Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", "layouts"));

        (exit, error).Should().Be((0, ""), output);
        output.Should().MatchRegex(@"[\d,]+ answers, [\d,]+ per second, 0 errors; [\d.]+ MB/s sent, 100 % of answers compressed, [1-9]\d* % given again from the read cache")
            .And.MatchRegex(@"compare +\d+ asked  median +[\d.]+ ms  CPU +[\d.]+ ms")
            .And.MatchRegex(@"the mix computed: [\d.]+ ms of server CPU per request")
            .And.MatchRegex(@"search\+facets +[\d,]+  median")
            .And.MatchRegex(@"precedents +[\d,]+  median")
            .And.MatchRegex(@"compare +[\d,]+  median")
            .And.MatchRegex(@"measure +[\d,]+  median");
    }
}
