namespace Rectify.Search.Core.Text;

/// <summary>
/// Reads the project's line-based data files (dictionaries, thesaurus, theme rules, metric names, departments): content
/// lines trimmed and numbered from 1, blank lines and # comments skipped, and the <c># version:</c> line.
/// </summary>
public static class DataLines
{
    private const string VersionPrefix = "# version:";

    /// <summary>The content lines with their 1-based line numbers.</summary>
    public static IEnumerable<(int Number, string Text)> Content(IEnumerable<string> lines)
    {
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length > 0 && line[0] != '#')
                yield return (number, line);
        }
    }

    /// <summary>The value of the file's <c># version:</c> line; throws <see cref="FormatException"/> naming the file when it has none.</summary>
    public static string VersionOf(IEnumerable<string> lines, string fileName) =>
        lines.Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(VersionPrefix, StringComparison.Ordinal))?[VersionPrefix.Length..].Trim()
        ?? throw new FormatException($"{fileName}: no '# version:' line");
}
