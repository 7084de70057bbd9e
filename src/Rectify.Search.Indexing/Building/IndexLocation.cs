using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Rectify.Search.Indexing.Building;

/// <summary>
/// The index folder (index-data/lucene): each build writes a new generation folder, and a one-line file CURRENT
/// names the generation in use. CURRENT is replaced atomically at the end of a build, so readers always find a
/// complete index; a failed build leaves CURRENT, and the index it names, as they were.
/// </summary>
public sealed class IndexLocation(string root)
{
    private const string PointerFile = "CURRENT";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The folder of the generation in use, or null when there is none.</summary>
    public string? CurrentPath
    {
        get
        {
            var pointer = Path.Combine(Root, PointerFile);
            if (!File.Exists(pointer))
                return null;
            var name = File.ReadAllText(pointer).Trim();
            var path = Path.Combine(Root, name);
            return name.Length > 0 && System.IO.Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>The stamp the current generation was built with, or null when there is no usable index.</summary>
    public IndexStamp? CurrentStamp()
    {
        if (CurrentPath is not { } path)
            return null;
        try
        {
            using var dir = FSDirectory.Open(path);
            if (!DirectoryReader.IndexExists(dir))
                return null;
            var commits = DirectoryReader.ListCommits(dir);
            return IndexStamp.FromCommitData(commits[^1].UserData);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>A fresh, empty folder for the next generation.</summary>
    internal string NewGeneration()
    {
        System.IO.Directory.CreateDirectory(Root);
        var name = $"gen-{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}"[..36];
        var path = Path.Combine(Root, name);
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Points CURRENT at <paramref name="generation"/> atomically, then removes the older generations.</summary>
    internal void Publish(string generation)
    {
        var temp = Path.Combine(Root, PointerFile + ".tmp");
        File.WriteAllText(temp, Path.GetFileName(generation));
        File.Move(temp, Path.Combine(Root, PointerFile), overwrite: true);
        foreach (var old in System.IO.Directory.EnumerateDirectories(Root, "gen-*"))
        {
            if (!string.Equals(Path.GetFullPath(old), Path.GetFullPath(generation), StringComparison.Ordinal))
                TryDelete(old);
        }
    }

    internal static void TryDelete(string path)
    {
        try
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Still open by a reader; the next build removes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
