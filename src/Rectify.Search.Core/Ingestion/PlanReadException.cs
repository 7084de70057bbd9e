namespace Rectify.Search.Core.Ingestion;

/// <summary>A source file that cannot be turned into a plan; the message says why and what to do.</summary>
public sealed class PlanReadException(string path, string reason, int? line = null, bool unsupportedFormat = false) : Exception(Format(path, reason, line))
{
    /// <summary>The file that failed.</summary>
    public string Path { get; } = path;

    /// <summary>Why it failed, without the path.</summary>
    public string Reason { get; } = reason;

    /// <summary>The 1-based line the failure points at, when there is one.</summary>
    public int? Line { get; } = line;

    /// <summary>The file is of a format plans are not read from (the reason names it), rather than unreadable in a format they are.</summary>
    public bool UnsupportedFormat { get; } = unsupportedFormat;

    private static string Format(string path, string reason, int? line) =>
        line is { } l ? $"{path}:{l}: {reason}" : $"{path}: {reason}";
}
