namespace Rectify.Search.Core.Model;

/// <summary>Something the reader or parser noticed about a source file, with where it was.</summary>
/// <param name="Line">1-based source line, when the finding has one.</param>
/// <param name="Code">A stable kebab-case code, e.g. <c>page-break-joined</c>.</param>
public sealed record Diagnostic(Severity Severity, int? Line, string Code, string Message)
{
    public override string ToString() => Line is { } l ? $"line {l}: {Message}" : Message;
}
