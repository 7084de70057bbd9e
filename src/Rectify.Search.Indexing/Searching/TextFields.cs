using Lucene.Net.Search;
using Rectify.Search.Indexing.Schema;

namespace Rectify.Search.Indexing.Searching;

/// <summary>The pair of text fields a query runs on: a record's own text, or a problem with its target and measures.</summary>
/// <param name="Bag">The fields hold several texts (a problem with its target and measures): the words inside a term may
/// stand in any of them. Otherwise they must stand near one another to stand for the term.</param>
public sealed record TextFields(string Words, string Bigrams, string Chars, bool Bag = false)
{
    /// <summary>Where term queries get their looked-up terms (the open generation's cache); null builds plain ones.</summary>
    public TermCache? Terms { get; init; }

    /// <summary>A term query on <paramref name="field"/>, from the cache when there is one.</summary>
    public TermQuery Term(string field, string text) => Terms?.Query(field, text) ?? new TermQuery(new Lucene.Net.Index.Term(field, text));

    /// <summary>A measure's own text.</summary>
    public static TextFields Own { get; } = new(IndexFields.Words, IndexFields.Bigrams, IndexFields.Chars);

    /// <summary>A problem's text, target and all its measures: what a problem is found by.</summary>
    public static TextFields WholeProblem { get; } = new(IndexFields.AllWords, IndexFields.AllBigrams, IndexFields.AllChars, Bag: true);
}
