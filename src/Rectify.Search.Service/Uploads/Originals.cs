using System.Security.Cryptography;

namespace Rectify.Search.Service.Uploads;

/// <summary>
/// The original files of uploaded plans, kept by content: <c>{root}/{sha256 of the bytes}/{documentId}{extension}</c>.
/// The folder's name is the bytes' hash, so a file is never overwritten with other bytes, and the file's name is the
/// plan's id, so the ingestion reads it back as that plan when a newer parser asks. Written to a temporary name and
/// moved into place, so a kept file is always whole.
/// </summary>
public sealed class Originals(string root)
{
    public string Root { get; } = root;

    /// <summary>Where the original of plan <paramref name="documentId"/> with these bytes is kept.</summary>
    public string PathOf(string documentId, string extension, byte[] bytes) =>
        Path.Combine(Root, Convert.ToHexStringLower(SHA256.HashData(bytes)), documentId + extension);

    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="path"/> (from <see cref="PathOf"/>) unless it is there already;
    /// true when this call wrote it.
    /// </summary>
    public static bool Keep(string path, byte[] bytes)
    {
        if (File.Exists(path))
            return false;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}{UnfinishedEnding}";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.WriteThrough))
                stream.Write(bytes);
            File.Move(temporary, path, overwrite: true);
            return true;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The ending of a file still being written (<see cref="Keep"/>): never a kept original.</summary>
    public const string UnfinishedEnding = ".part";

    /// <summary>
    /// Deletes what writes cut off by a stopped process left (<c>*.part</c>, and a folder it leaves empty); run at
    /// start-up, before any upload of this process. Returns how many files it deleted.
    /// </summary>
    public int SweepUnfinished()
    {
        if (!Directory.Exists(Root))
            return 0;
        var swept = 0;
        foreach (var file in Directory.EnumerateFiles(Root, "*" + UnfinishedEnding, SearchOption.AllDirectories).ToList())
        {
            DeleteWithFolder(file);
            swept++;
        }
        return swept;
    }

    /// <summary>Deletes a kept original and its folder when nothing else is in it; a file already gone is no error.</summary>
    public void Discard(string path)
    {
        if (Holds(path))
            DeleteWithFolder(path);
    }

    /// <summary>Deletes a file, and its folder when nothing else is left in it.</summary>
    private static void DeleteWithFolder(string path)
    {
        File.Delete(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            Directory.Delete(folder);
    }

    /// <summary>True when <paramref name="path"/> is a file kept here (an uploaded plan's source, not a seed's).</summary>
    public bool Holds(string path)
    {
        var root = Path.GetFullPath(Root) + Path.DirectorySeparatorChar;
        return Path.GetFullPath(path).StartsWith(root, StringComparison.Ordinal);
    }
}
