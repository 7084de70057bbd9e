namespace Rectify.Search.Core.Ingestion;

/// <summary>A source file that cannot be turned into a plan; the message says why and what to do.</summary>
public sealed class PlanReadException(string path, string reason, int? line = null) : Exception(Format(path, reason, line))
{
    /// <summary>The file that failed.</summary>
    public string Path { get; } = path;

    /// <summary>Why it failed, without the path.</summary>
    public string Reason { get; } = reason;

    /// <summary>The 1-based line the failure points at, when there is one.</summary>
    public int? Line { get; } = line;

    private static string Format(string path, string reason, int? line) =>
        line is { } l ? $"{path}:{l}: {reason}" : $"{path}: {reason}";
}
