using System.Text.RegularExpressions;

namespace Rectify.Search.Service.Knowledge;

/// <summary>Error messages as answers may carry them: the server's file paths left out (logs keep them).</summary>
internal static partial class ErrorText
{
    /// <summary>
    /// <paramref name="message"/> without the paths it quotes: "No space left on device : '/srv/data/lucene/gen-…/_0.cfs'"
    /// becomes "No space left on device".
    /// </summary>
    public static string WithoutPaths(string message) => QuotedPath().Replace(message, "").Trim();

    [GeneratedRegex(@"\s*:?\s*'[^']*[/\\][^']*'")]
    private static partial Regex QuotedPath();
}
