using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Reporting;

namespace Rectify.Search.Indexing.Evaluation;

/// <summary>
/// The plain peer every ranking change is measured against: Lucene's own <see cref="CJKAnalyzer"/> (overlapping
/// character bigrams), BM25, and the query's bigrams OR-ed together, over the same records — one document per problem
/// (its text, target and measures) or per measure. Built in memory for an evaluation run.
/// </summary>
public sealed class BigramPeer : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string Text = "text", Key = "key", Body = "body";

    private readonly RAMDirectory _directory = new();
    private readonly CJKAnalyzer _analyzer = new(Version);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public BigramPeer(IEnumerable<PlanDocument> plans, JudgedUnit unit)
    {
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var plan in plans)
            {
                foreach (var p in plan.Problems)
                {
                    if (unit == JudgedUnit.Problem)
                    {
                        var text = string.Join("\n", new[] { p.Text, p.Fields.Target ?? "" }.Concat(p.Measures.Select(m => m.Text)));
                        writer.AddDocument(Doc(ProblemKey(plan.DocumentId, p.Label), text, p.Text));
                    }
                    else
                    {
                        foreach (var m in p.Measures)
                            writer.AddDocument(Doc(RecordIds.Measure(plan.DocumentId, p.Position, m.Position), m.Text, m.Text));
                    }
                }
            }
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>The key a judged problem is named by: the document id up to its first '_' (000 for 000_fd89…), a colon, the label.</summary>
    public static string ProblemKey(string documentId, string label)
    {
        var cut = documentId.IndexOf('_');
        return $"{(cut > 0 ? documentId[..cut] : documentId)}:{label}";
    }

    private static Document Doc(string key, string text, string body) =>
    [
        new StringField(Key, key, Field.Store.YES),
        new TextField(Text, text, Field.Store.NO),
        new StoredField(Body, body),
    ];

    /// <summary>The top <paramref name="k"/> records for <paramref name="query"/>, best first.</summary>
    public IReadOnlyList<RankedResult> Search(string query, int k)
    {
        var q = new BooleanQuery();
        using (var stream = _analyzer.GetTokenStream(Text, query))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
                q.Add(new TermQuery(new Term(Text, term.ToString())), Occur.SHOULD);
            stream.End();
        }
        if (q.Clauses.Count == 0)
            return [];
        return _searcher.Search(q, k).ScoreDocs
            .Select(d => _searcher.Doc(d.Doc))
            .Select(d => new RankedResult(d.Get(Key), d.Get(Body)))
            .ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
