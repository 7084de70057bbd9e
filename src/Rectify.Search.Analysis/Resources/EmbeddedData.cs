namespace Rectify.Search.Analysis.Resources;

/// <summary>Reads the data files embedded in this assembly (dictionaries, model, tables), line by line.</summary>
internal static class EmbeddedData
{
    public static IEnumerable<string> Lines(string name)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded data file '{name}' is missing from Rectify.Search.Analysis");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
            yield return line;
    }
}
