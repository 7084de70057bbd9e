namespace Rectify.Search.Cli.Benchmarks;

/// <summary>A temporary folder, removed afterwards.</summary>
internal sealed class Scratch : IDisposable
{
    public string Path { get; init; } = Directory.CreateTempSubdirectory("rectify-bench-").FullName;

    /// <summary>Leave the folder in place (to look into what a benchmark built).</summary>
    public bool Keep { get; init; }

    public void Dispose()
    {
        if (Keep)
            return;
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
