namespace Rectify.Search.Cli.Tests.Support;

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

internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Seed(string documentId) => System.IO.Path.Combine(Root, "seeds", documentId + ".txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Rectify.Search.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Rectify.Search.sln not found");
    }
}
