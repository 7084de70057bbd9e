namespace Rectify.Search.Storage;

/// <summary>What the store knows of a stored plan's source: the bytes' hash, the pipeline that read them, and the file's size and time when known.</summary>
public sealed record StoredSource(string Path, string ContentHash, string ParserVersion, long? Size, long? ModifiedTicks)
{
    /// <summary>The same file (size and time) read by the same pipeline: unchanged without reading it.</summary>
    public bool Matches(SourceFile file, string parserVersion) =>
        ParserVersion == parserVersion && Size == file.Size && ModifiedTicks == file.ModifiedTicks;
}
