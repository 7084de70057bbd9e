namespace Rectify.Search.Analysis.Resources;

/// <summary>The content lines of a data file: trimmed, with blank lines and # comments skipped, numbered from 1.</summary>
internal static class DataLines
{
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
}
