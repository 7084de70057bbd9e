namespace Rectify.Search.Cli.Tests.Support;

/// <summary>A data directory holding the seeds' store and index, built once for the tests of a class.</summary>
public sealed class SeedData : IDisposable
{
    private readonly TempDirectory _dir = new();

    public SeedData()
    {
        var (exit, _, error) = CliRunner.Run("index", Seeds, "--data-dir", Path);
        if (exit != 0)
            throw new InvalidOperationException("indexing the seeds failed: " + error);
    }

    public string Path => _dir.File("index-data");

    public static string Seeds => System.IO.Path.Combine(RepoFiles.Root, "seeds");

    /// <summary>Runs a command against this data directory, reading no further seeds.</summary>
    public (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run([.. args, "--data-dir", Path, "--seeds", ""]);

    public void Dispose() => _dir.Dispose();
}
