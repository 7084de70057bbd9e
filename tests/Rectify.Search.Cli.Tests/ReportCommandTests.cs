using Rectify.Search.Cli.Records;
using Rectify.Search.Cli.Tests.Support;

namespace Rectify.Search.Cli.Tests;

/// <summary>Figures single-sourced: runs recorded with --record, and the README's and docs' figures rendered from the records.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void TheReadmesFiguresAndDocsFiguresAreTheRecordsAsRendered()
    {
        var records = FiguresReport.Load(Path.Combine(RepoFiles.Root, "docs", "records"));
        records.Should().NotBeEmpty();
        var readme = File.ReadAllText(Path.Combine(RepoFiles.Root, "README.md"));
        FiguresReport.Splice(readme, FiguresReport.Headlines(records)).Should().Be(readme, "the README's figures are the records' (run 'rectify report' after recording)");
        File.ReadAllText(Path.Combine(RepoFiles.Root, "docs", "figures.md")).Should().Be(FiguresReport.Document(records));
        readme.Split('\n').Length.Should().BeLessThanOrEqualTo(200, "a newcomer reads the README in five minutes");
    }

    [Fact]
    public void AnEvaluationRunWithRecordWritesItsFiguresWithItsCommandAndCheckFailsUntilTheyAreRendered()
    {
        var records = Path.Combine(_dir.Path, "records");
        var expect = Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", "own-layouts", "expect.tsv");
        var (exit, _, error) = Run("eval", "documents", "--expect", expect, "--record", records);
        exit.Should().Be(0);
        error.Should().Contain($"recorded {Path.Combine(records, "documents-own-layouts.json")}");

        var run = RunRecord.Read(Path.Combine(records, "documents-own-layouts.json"));
        run.Command.Should().Be($"rectify eval documents --expect {expect}");
        run.Machine.Should().Contain($"{Environment.ProcessorCount} cores");
        run.Figures.Should().Contain(new Figure("agreeing on stored, region, year and problem count", 20, "of 20", Headline: true));

        var readme = Path.Combine(_dir.Path, "README.md");
        File.WriteAllText(readme, $"# x\n{FiguresReport.Begin}\n| stale |\n{FiguresReport.End}\n");
        var figures = Path.Combine(_dir.Path, "figures.md");
        var check = Run("report", "--records", records, "--out", figures, "--readme", readme, "--check");
        check.Exit.Should().Be(1);
        check.Err.Should().Contain($"{readme} differs from the records");
        Run("report", "--records", records, "--out", figures, "--readme", readme).Exit.Should().Be(0);
        File.ReadAllText(readme).Should().Contain("| documents read as a careful reader does, own-layouts/expect.tsv | agreeing on stored, region, year and problem count **20 of 20** | — |");
        Run("report", "--records", records, "--out", figures, "--readme", readme, "--check").Exit.Should().Be(0);
    }
}
