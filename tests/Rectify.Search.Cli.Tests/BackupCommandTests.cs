using Rectify.Search.Cli.Tests.Support;

namespace Rectify.Search.Cli.Tests;

/// <summary><c>rectify backup</c> and <c>rectify restore</c> on real folders: a round trip, and the refusals.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void ABackupRestoresIntoAnEmptyFolderWhereThePlanReadsAsBefore()
    {
        var data = Path.Combine(_dir.Path, "data");
        Run("index", RepoFiles.Seed("001_5cb408abd5d47804"), "--data-dir", data).Exit.Should().Be(0);
        var backup = Path.Combine(_dir.Path, "b.zip");

        var (exit, output, _) = Run("backup", "--out", backup, "--data-dir", data);
        exit.Should().Be(0);
        output.Should().StartWith($"backup {backup}: 1 plans, 25 problems, 89 measures, 0 drafts, 0 uploaded originals (store schema ");

        var restored = Path.Combine(_dir.Path, "restored");
        Run("restore", backup, "--data-dir", restored).Out.Should().StartWith($"restored {backup} into {restored}: 1 plans, 25 problems, 89 measures");
        Run("show", "001_5cb408abd5d47804", "--data-dir", restored).Out.Should().Be(Run("show", "001_5cb408abd5d47804", "--data-dir", data).Out);

        var again = Run("restore", backup, "--data-dir", restored);
        again.Exit.Should().Be(1);
        again.Err.Should().StartWith($"rectify restore: refused: {restored} already holds a store");
    }

    [Fact]
    public void BackingUpAFolderWithoutAStoreSaysWhichFolderToGive()
    {
        var (exit, _, error) = Run("backup", "--out", Path.Combine(_dir.Path, "b.zip"), "--data-dir", Path.Combine(_dir.Path, "none"));
        exit.Should().Be(2);
        error.Should().Contain("rectify backup: no store at").And.Contain("give the data folder a server uses (--data-dir)");
    }
}
