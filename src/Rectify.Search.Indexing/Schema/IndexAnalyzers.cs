using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Rectify.Search.Analysis.Lucene;
using Rectify.Search.Analysis.Segmentation;

namespace Rectify.Search.Indexing.Schema;

/// <summary>The analyzers of the index fields, for writing (index mode) and for querying (query mode).</summary>
public static class IndexAnalyzers
{
    /// <summary>Words in index mode, bigrams on the bigram field.</summary>
    public static Analyzer ForIndexing() => new PerFieldAnalyzerWrapper(
        new ChineseAnalyzer(SegmentMode.Index),
        new Dictionary<string, Analyzer>
        {
            [IndexFields.Bigrams] = new BigramAnalyzer(), [IndexFields.AllBigrams] = new BigramAnalyzer(),
            [IndexFields.Chars] = new CharacterAnalyzer(), [IndexFields.AllChars] = new CharacterAnalyzer(),
        });

    /// <summary>
    /// BM25 with a coordination factor: a record that matches more of the query's concepts ranks above one that
    /// matches fewer (coord = matched / all, squared), within each, BM25. Inner boolean queries disable coord.
    /// </summary>
    public static Lucene.Net.Search.Similarities.Similarity Similarity { get; } = new CoordinatedBm25();

    private sealed class CoordinatedBm25 : Lucene.Net.Search.Similarities.BM25Similarity
    {
        public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : (float)overlap * overlap / ((float)maxOverlap * maxOverlap);
    }

    /// <summary>Coarse words for queries.</summary>
    public static ChineseAnalyzer QueryWords { get; } = new(SegmentMode.Query);

    /// <summary>Words and the words inside them, to match what index mode wrote.</summary>
    public static ChineseAnalyzer IndexWords { get; } = new(SegmentMode.Index);

    public static BigramAnalyzer Bigrams { get; } = new();

    public static CharacterAnalyzer Characters { get; } = new();

    /// <summary>The terms index mode writes for <paramref name="text"/>, in order: what an export carries for another engine to index as is.</summary>
    public static IReadOnlyList<string> IndexTerms(string text) =>
        Searching.AnalyzedText.Terms(IndexWords, IndexFields.Words, text).Select(t => t.Term).ToList();
}
