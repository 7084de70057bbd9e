using System.Diagnostics;

namespace Rectify.Search.Api.Tests.Support;

/// <summary>Runs only where a filesystem can be mounted for the test (root, as in CI); elsewhere skipped with the reason.</summary>
public sealed class MountFactAttribute : FactAttribute
{
    public MountFactAttribute()
    {
        if (!SmallFilesystem.CanMount && Environment.GetEnvironmentVariable("CI") is null)
            Skip = "mounting a small filesystem for the test needs root (CI runs it as root)";
    }
}

/// <summary>
/// A tmpfs of a given size mounted on a temporary folder for one test: filled up to leave a given number of bytes,
/// made read-only and writable again, unmounted when disposed.
/// </summary>
public sealed class SmallFilesystem : IDisposable
{
    private readonly string _filler;

    /// <param name="at">The folder to mount it on (created when missing); a new temporary folder when null.</param>
    public SmallFilesystem(long bytes, string? at = null)
    {
        Path = at is null ? Directory.CreateTempSubdirectory("rectify-fs-").FullName : Directory.CreateDirectory(at).FullName;
        Run("mount", "-t", "tmpfs", "-o", $"size={bytes},mode=0755", "tmpfs", Path);
        _filler = System.IO.Path.Combine(Path, "filler");
    }

    public static bool CanMount => OperatingSystem.IsLinux() && Environment.UserName == "root";

    public string Path { get; }

    /// <summary>Bytes still free.</summary>
    public long Free => new DriveInfo(Path).AvailableFreeSpace;

    /// <summary>Fills the filesystem with one file until <paramref name="leave"/> bytes are free (replacing an earlier filler).</summary>
    public void Fill(long leave)
    {
        Empty();
        var size = Math.Max(0, Free - leave);
        using var stream = new FileStream(_filler, FileMode.Create, FileAccess.Write);
        var block = new byte[1 << 16];
        Array.Fill(block, (byte)1);
        try
        {
            for (long written = 0; written < size; written += block.Length)
                stream.Write(block, 0, (int)Math.Min(block.Length, size - written));
        }
        catch (IOException)
        {
            // Full before the count: as full as it gets.
        }
    }

    /// <summary>Removes the filler.</summary>
    public void Empty() => File.Delete(_filler);

    public void ReadOnly() => Run("mount", "-o", "remount,ro", Path);

    public void Writable() => Run("mount", "-o", "remount,rw", Path);

    public void Dispose()
    {
        Run("umount", "-l", Path);
        Directory.Delete(Path);
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (var a in arguments)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {error}");
    }
}
