namespace Rectify.Search.Core.Model;

/// <summary>How much a diagnostic matters.</summary>
public enum Severity
{
    /// <summary>The source was repaired; nothing was lost.</summary>
    Info,
    /// <summary>Something was left out, guessed at or could not be read.</summary>
    Warning,
}
