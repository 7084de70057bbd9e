using Rectify.Search.Analysis.Dictionaries;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Reporting;
using Rectify.Search.Indexing.Building;
using Rectify.Search.Indexing.Evaluation;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Indexing.Similarity;
using Rectify.Search.Indexing.Tests.Support;

namespace Rectify.Search.Indexing.Tests.Similarity;

/// <summary>The seeds and the twelve real layouts indexed once: the corpus the judged precedents were written over.</summary>
public sealed class PrecedentCorpus : IDisposable
{
    private readonly TempDirectory _dir = new();

    public PrecedentCorpus()
    {
        var folders = new[] { Path.Combine(RepoFiles.Root, "seeds"), Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", "layouts") };
        Plans = folders.SelectMany(f => Directory.GetFiles(f, "*.txt")).Order(StringComparer.Ordinal).Select(p => PlanFiles.Read(p)).ToList();
        var location = new IndexLocation(_dir.File("lucene"));
        IndexBuilder.Build(location, Plans, new IndexStamp(AnalysisData.Version, "precedents"));
        Index = new SearchIndex(location);
        Similar = new SimilarMeasures(Index, RecordTexts.Of(Plans), Thesaurus.Default);
    }

    public IReadOnlyList<PlanDocument> Plans { get; }
    public SearchIndex Index { get; }
    public SimilarMeasures Similar { get; }

    public void Dispose()
    {
        Index.Dispose();
        _dir.Dispose();
    }
}

/// <summary>
/// Quality floors of precedent lookup for drafted texts (tests/Data/eval-own/precedents_*.tsv: 40 measures and 20
/// problems in a drafter's own words, and a blind set of 35 and 15 more, judged by reading the pooled first ten of
/// rectify and four plain peers), scored
/// as the hidden precedent set is (nDCG@10, scope all), beside the plain peers over the same records in the same run.
/// </summary>
public sealed class PrecedentQualityTests(PrecedentCorpus corpus) : IClassFixture<PrecedentCorpus>
{
    [Theory]
    // Floors are the figures reached (measures 0.943, problems 0.962), the margins over the best peer those measured
    // (measures +0.015 over single characters' 0.928; problems +0.015 over the project's words' 0.947).
    [InlineData("precedents_measures.tsv", "measure", 0.94, 0.01)]
    [InlineData("precedents_problems.tsv", "problem", 0.95, 0.005)]
    // Written blind in the twelfth session (35 measures, 15 problems, other actions), judged before anything was measured
    // on them: first read measures 0.877 (+0.001 over single characters' 0.875), problems 0.939 (+0.032 over bigrams'
    // 0.908). What holds on unseen drafted texts is "never below the best peer", not the margins above. The measures'
    // ranking in the order of their problems (thirteenth session, its weight and depth those of the other arms, not
    // fitted) took the blind measures to 0.894 (+0.019) and left the first set within 0.001.
    [InlineData("precedents_measures_blind.tsv", "measure", 0.885, 0.01)]
    [InlineData("precedents_problems_blind.tsv", "problem", 0.93, 0.02)]
    public void DraftedTextsFindTheirJudgedPrecedents(string file, string unitName, double floor, double marginOverBestPeer)
    {
        var unit = unitName == "measure" ? JudgedUnit.Measure : JudgedUnit.Problem;
        var queries = RelevanceJudgments.Read(File.ReadLines(Path.Combine(RepoFiles.Root, "tests", "Data", "eval-own", file)), file, unit);
        var scores = queries.Select(q => RankingMetrics.Score(q, Run(q.Query, unit), unit)).ToList();

        scores.Should().OnlyContain(s => s.Returned == RankingMetrics.Depth, "ten precedents come back whenever ten records share anything with the text");
        QualityFloor.Holds(corpus.Plans, queries, scores, unit, floor, marginOverBestPeer);
    }

    [Fact]
    public void ASingleCharacterAndWordsOutsideTheDictionaryReachTheIndex()
    {
        // 镉 alone is a character the distinctive words leave out; 猪场 is no dictionary word. Both still find precedents.
        var cadmium = corpus.Similar.ForText("镉", 10, SimilarScope.All, null);
        var withCadmium = Records.Value.Where(r => r.Key.Contains(".m") && r.Value.Text.Contains('镉')).Select(r => r.Key).ToList();
        withCadmium.Should().HaveCount(4);
        cadmium.Hits.Select(h => h.Id).Should().BeEquivalentTo(withCadmium, "every measure that holds 镉, and only those");
        cadmium.Hits.Should().OnlyContain(h => h.SharedTerms.Contains("镉"));

        var farms = corpus.Similar.ForText("禁止养殖的区域里还有猪场鸡场", 10, SimilarScope.All, null);
        farms.Hits.Should().HaveCount(10);
        farms.Hits.Take(3).Select(h => Text(h.Id)).Should().Contain(t => t.Contains("禁养区"));
        farms.Hits.Should().BeInDescendingOrder(h => h.Score).And.OnlyContain(h => h.Score > 0 && h.Score <= 1);
    }

    private IReadOnlyList<RankedResult> Run(string text, JudgedUnit unit)
    {
        var result = corpus.Similar.ForText(text, RankingMetrics.Depth, SimilarScope.All, null, unit == JudgedUnit.Problem ? SimilarUnit.Problem : SimilarUnit.Measure);
        return result.Hits.Select(h => unit == JudgedUnit.Measure ? new RankedResult(h.Id, Text(h.Id)) : new RankedResult(ProblemKey(h.Id), "")).ToList();
    }

    private string Text(string id) => Records.Value[id].Text;

    private string ProblemKey(string id) => Records.Value[id].Key;

    private Lazy<Dictionary<string, (string Text, string Key)>> Records => _records ??= new(() =>
        corpus.Plans.SelectMany(p => p.Problems.SelectMany(x =>
                new[] { (Id: RecordIds.Problem(p.DocumentId, x.Position), Text: x.Text, Key: LexicalPeer.ProblemKey(p.DocumentId, x.Label)) }
                    .Concat(x.Measures.Select(m => (Id: RecordIds.Measure(p.DocumentId, x.Position, m.Position), m.Text, Key: "")))))
            .ToDictionary(r => r.Id, r => (r.Text, r.Key)));

    private Lazy<Dictionary<string, (string Text, string Key)>>? _records;
}
