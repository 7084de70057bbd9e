namespace Rectify.Search.Tests.Shared;

/// <summary>Where the repository's files are, for tests run from any build output folder.</summary>
internal static class RepoFiles
{
    /// <summary>The folder holding Rectify.Search.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The path of a seed plan by its document id.</summary>
    public static string Seed(string documentId) => Path.Combine(Root, "seeds", documentId + ".txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Rectify.Search.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"Rectify.Search.sln not found above {AppContext.BaseDirectory}");
    }
}

/// <summary>A directory under the system temp folder, deleted when disposed.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("rectify-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platforms; the OS cleans the temp folder.
        }
    }
}
