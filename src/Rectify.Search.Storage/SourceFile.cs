namespace Rectify.Search.Storage;

/// <summary>
/// The size and last write time (UTC ticks) of a plan's source file: with the parser version, enough to know a file
/// unchanged without reading it, as make and rsync do.
/// </summary>
public sealed record SourceFile(long Size, long ModifiedTicks)
{
    public static SourceFile Of(FileInfo file) => new(file.Length, file.LastWriteTimeUtc.Ticks);
}
