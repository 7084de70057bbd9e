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

    /// <summary>
    /// The content lines of a file of kinds — a kind, a tab, then words separated by spaces (grammar.txt, units.txt) —
    /// with their line numbers; throws <see cref="FormatException"/> naming the file and line of one without a kind or words.
    /// </summary>
    public static IEnumerable<(int Number, string Kind, string[] Words)> Kinds(IEnumerable<string> lines, string fileName)
    {
        foreach (var (number, text) in Content(lines))
        {
            var tab = text.IndexOf('\t');
            var words = tab > 0 ? text[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            if (words.Length == 0)
                throw new FormatException($"{fileName} line {number}: expected a kind, a tab and words");
            yield return (number, text[..tab].Trim(), words);
        }
    }

    /// <summary>The value of the file's <c># version:</c> line; throws <see cref="FormatException"/> naming the file when it has none.</summary>
    public static string VersionOf(IEnumerable<string> lines, string fileName) =>
        lines.Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(VersionPrefix, StringComparison.Ordinal))?[VersionPrefix.Length..].Trim()
        ?? throw new FormatException($"{fileName}: no '# version:' line");
}
