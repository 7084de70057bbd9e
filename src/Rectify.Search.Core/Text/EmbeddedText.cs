namespace Rectify.Search.Core.Text;

/// <summary>Reads the data files embedded in this assembly (divisions, OpenCC tables, taxonomy).</summary>
internal static class EmbeddedText
{
    public static string All(string name)
    {
        using var reader = Open(name);
        return reader.ReadToEnd();
    }

    public static IEnumerable<string> Lines(string name)
    {
        using var reader = Open(name);
        while (reader.ReadLine() is { } line)
            yield return line;
    }

    private static StreamReader Open(string name) =>
        new(typeof(EmbeddedText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded data file '{name}' is missing from Rectify.Search.Core"));
}
