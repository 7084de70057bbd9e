using Rectify.Search.Analysis.Dictionaries;
using Rectify.Search.Cli.Tests.Support;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Cli.Tests;

public sealed class MineCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private static readonly string SeedsDir = Path.Combine(RepoFiles.Root, "seeds");
    private static readonly string Layouts = Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", "layouts");
    private static readonly string Shipped = Path.Combine(RepoFiles.Root, "src", "Rectify.Search.Analysis", "Data", "domain", "related.tsv");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void MiningTheCorpusAgainReproducesEveryShippedPairAndKeepsItsReview()
    {
        var output = _dir.File("related.tsv");

        var (exit, _, error) = CliRunner.Run("mine", "related", "--corpus", SeedsDir, "--corpus", Layouts, "--reviewed", Shipped, "--out", output);

        exit.Should().Be(0, error);
        error.Should().MatchRegex(@"\d+ pairs from 93 problems of 17 plans; \d+ carry a keep from ");
        var mined = RelatedTerms.Parse(File.ReadLines(output), output, TextNormalizer.Default).Entries.ToDictionary(e => (e.Term, e.Related));
        var shipped = RelatedTerms.Parse(File.ReadLines(Shipped), Shipped, TextNormalizer.Default).Entries;
        // The shipped file's provenance holds: each pair is mined again from the same corpus with the same counts and review.
        foreach (var entry in shipped)
            mined.Should().ContainKey((entry.Term, entry.Related)).WhoseValue.Should().Be(entry, "the shipped file is this mining, reviewed");
        mined[("尾矿库", "重金属")].Review.Should().Be("keep");
        File.ReadLines(output).First().Should().StartWith("# Rectify.Search related terms");
        File.ReadLines(output).Should().Contain(l => l.StartsWith("# mined by: rectify mine related --corpus ", StringComparison.Ordinal));
    }

    [Fact]
    public void BadArgumentsAreNamed()
    {
        var (exit, _, error) = CliRunner.Run("mine", "related", "--corpus", _dir.File("nowhere"));
        exit.Should().Be(2);
        error.Should().Be($"rectify mine related: --corpus {_dir.File("nowhere")} is not a folder\n".ReplaceLineEndings());
        CliRunner.Run("mine", "related", "--min-npmi", "1.5").Err.Should().Contain("--min-npmi must be between 0 and 1, not 1.5");
        var broken = _dir.File("broken.tsv");
        File.WriteAllLines(broken, ["# version: 1", "尾矿库\t重金属"]);
        CliRunner.Run("mine", "related", "--reviewed", broken).Err.Should().Contain($"{broken}:2: expected 8 tab-separated columns");
    }
}
