using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Reporting;
using Rectify.Search.Indexing.Schema;

namespace Rectify.Search.Indexing.Evaluation;

/// <summary>The plain peers every ranking change is measured against: how each cuts the text.</summary>
public enum PeerKind
{
    /// <summary>Single characters (Lucene's standard tokenizer makes each Han character a token): the naive peer.</summary>
    Characters,
    /// <summary>Lucene's own <see cref="CJKAnalyzer"/>: overlapping character bigrams.</summary>
    Bigrams,
    /// <summary>Lucene's <see cref="SmartChineseAnalyzer"/> (HMM words, the analyzer the project card names).</summary>
    SmartCn,
    /// <summary>The project's own words (its segmenter in index mode), without its concepts, thesaurus or fusion.</summary>
    Words,
}

/// <summary>
/// A plain peer: one analyzer, BM25, and the query's terms OR-ed together, over the same records as the system it is
/// compared with — one document per problem (its text, target and measures) or per measure. Built in memory for an
/// evaluation run.
/// </summary>
public sealed class LexicalPeer : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string Text = "text", Key = "key", Body = "body";

    private readonly RAMDirectory _directory = new();
    private readonly Analyzer _analyzer;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public PeerKind Kind { get; }

    /// <summary>What the peer is, for a table of figures.</summary>
    public string Name => Kind switch
    {
        PeerKind.Characters => "peer: single characters, BM25, OR",
        PeerKind.Bigrams => "peer: CJKAnalyzer bigrams, BM25, OR",
        PeerKind.SmartCn => "peer: SmartCn words, BM25, OR",
        _ => "peer: rectify's words, BM25, OR",
    };

    /// <summary>Every peer, in the order figures list them.</summary>
    public static IReadOnlyList<PeerKind> All { get; } = [PeerKind.Characters, PeerKind.Bigrams, PeerKind.SmartCn, PeerKind.Words];

    public LexicalPeer(IEnumerable<PlanDocument> plans, JudgedUnit unit, PeerKind kind = PeerKind.Bigrams)
    {
        Kind = kind;
        _analyzer = kind switch
        {
            PeerKind.Characters => new CharacterAnalyzer(),
            PeerKind.Bigrams => new CJKAnalyzer(Version),
            PeerKind.SmartCn => new SmartCnWords(),
            _ => IndexAnalyzers.IndexWords,
        };
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

    /// <summary>
    /// SmartCn's word segmentation (its HMM segmenter and dictionary) over sentences cut at punctuation, lower-cased,
    /// its stop words (punctuation) left out. <see cref="SmartChineseAnalyzer"/> cuts sentences with ICU, which needs
    /// cultures this project runs without (globalization-invariant mode); its sentence tokenizer, kept beside it for
    /// that reason, cuts at the same punctuation, and the words are the same segmenter's.
    /// </summary>
    internal sealed class SmartCnWords(bool keepStopWords = false) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
#pragma warning disable CS0618 // the sentence tokenizer and word filter are obsolete in favour of the ICU tokenizer
            var tokenizer = new SentenceTokenizer(reader);
            TokenStream stream = new WordTokenFilter(tokenizer);
#pragma warning restore CS0618
            stream = new Lucene.Net.Analysis.Core.LowerCaseFilter(Version, stream);
            if (!keepStopWords)
                stream = new Lucene.Net.Analysis.Core.StopFilter(Version, stream, SmartChineseAnalyzer.DefaultStopSet);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        if (Kind != PeerKind.Words)
            _analyzer.Dispose();
        _directory.Dispose();
    }
}
