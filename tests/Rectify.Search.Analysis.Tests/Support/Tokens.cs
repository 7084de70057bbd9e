using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Rectify.Search.Analysis.Tests.Support;

/// <summary>A token as the analyzer emits it: term, offsets into the original text, position increment.</summary>
internal sealed record Tok(string Term, int Start, int End, int PositionIncrement = 1);

internal static class Tokens
{
    public static List<Tok> Of(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var list = new List<Tok>();
        while (stream.IncrementToken())
            list.Add(new Tok(term.ToString(), offset.StartOffset, offset.EndOffset, position.PositionIncrement));
        stream.End();
        return list;
    }

    public static List<string> Terms(Analyzer analyzer, string text) => Of(analyzer, text).Select(t => t.Term).ToList();
}
