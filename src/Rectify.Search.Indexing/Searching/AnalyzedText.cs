using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Rectify.Search.Indexing.Searching;

/// <summary>Runs an analyzer over a short text and returns its terms with their positions.</summary>
internal static class AnalyzedText
{
    public static List<(string Term, int Position)> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<(string, int)>();
        // An empty value has no terms (and Lucene's reused reader would hand the char filter a closed input).
        if (string.IsNullOrEmpty(text))
            return terms;
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), Math.Max(position, 0)));
        }
        stream.End();
        return terms;
    }
}
