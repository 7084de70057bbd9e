using Rectify.Search.Core.Model;
using Rectify.Search.Core.Reporting;
using Rectify.Search.Indexing.Evaluation;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Indexing.Tests.Support;

namespace Rectify.Search.Indexing.Tests.Searching;

/// <summary>
/// Quality floors: the judged query sets of tests/Data/eval (the dev third of the hidden sets) and tests/Data/eval-own
/// (this project's own: 36 keyword and 42 paraphrased queries, and 28 + 38 + 46 paraphrased queries written after the
/// ranking's rules, the last two without reading the thesaurus) run through search over the seeds, scored as the
/// hidden sets are (nDCG@10), beside the plain peers (single characters, CJK bigrams, SmartCn words, the project's words; BM25, OR) over the same records.
/// Each floor is the quality reached, each margin the lead over the best peer measured (negative where a peer still
/// leads: the keyword sets, by less than 0.01); a change that lowers either fails here. No judged query may
/// return nothing.
/// </summary>
public sealed class SearchQualityTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    private static string Judgments(string name) => Path.Combine(RepoFiles.Root, "tests", "Data", name);

    [Theory]
    [InlineData("eval/qrels_dev.tsv", "problem", 0.975, -0.005)]
    [InlineData("eval/qrels_paraphrase_dev.tsv", "problem", 0.955, 0.12)]
    // Measures 0.982 (a peer 0.005 ahead) until measures were also ranked by their characters among those on the
    // query's themes, as precedents are: 0.996; 0.992 since taxonomy 11 rightly tags a plan's restoration of abandoned
    // rare-earth mining areas (废弃稀土矿区…植被修复) as mine restoration, which 边开采边治理's judgments do not list.
    [InlineData("eval/qrels_measures_dev.tsv", "measure", 0.99, 0.004)]
    [InlineData("eval-own/qrels_problems.tsv", "problem", 0.97, -0.01)]
    [InlineData("eval-own/qrels_paraphrase.tsv", "problem", 0.94, 0.09)]
    [InlineData("eval-own/qrels_paraphrase_heldout.tsv", "problem", 0.885, 0.065)]
    // Written blind on 2026-12-05: first run below the single-character peer (0.772 against 0.783), as the hidden
    // paraphrases were; 0.915 after the thesaurus's everyday words by kind (its failures had been read).
    [InlineData("eval-own/qrels_paraphrase_blind.tsv", "problem", 0.91, 0.125)]
    // Written blind before those entries: 0.886 → 0.898, the honest figure for words the thesaurus was not written from.
    [InlineData("eval-own/qrels_paraphrase_blind2.tsv", "problem", 0.895, 0.01)]
    public void JudgedQueriesScoreAtLeastTheirFloor(string file, string unitName, double floor, double marginOverBestPeer)
    {
        var unit = unitName == "measure" ? JudgedUnit.Measure : JudgedUnit.Problem;
        var queries = RelevanceJudgments.Read(File.ReadLines(Judgments(file)), file, unit);
        var scores = queries.Select(q => RankingMetrics.Score(q, Run(q.Query, unit), unit)).ToList();

        scores.Where(s => s.Returned == 0).Select(s => s.Query.Query).Should().BeEmpty("every judged query finds something");
        QualityFloor.Holds(seeds.Plans, queries, scores, unit, floor, marginOverBestPeer);
    }

    [Fact]
    public void ThePeerIsScoredOnTheSameRecords()
    {
        var queries = RelevanceJudgments.Read(File.ReadLines(Judgments("eval/qrels_dev.tsv")), "qrels_dev.tsv", JudgedUnit.Problem);
        using var peer = new LexicalPeer(seeds.Plans, JudgedUnit.Problem);
        var peerResults = peer.Search("两高项目", 10);
        peerResults.Select(r => r.Key).Should().Contain(["000:二", "001:五", "002:三"]);
        queries.Average(q => RankingMetrics.Score(q, peer.Search(q.Query, 10), JudgedUnit.Problem).Ndcg).Should().BeGreaterThan(0.9);
    }

    private IReadOnlyList<RankedResult> Run(string query, JudgedUnit unit)
    {
        var result = seeds.Searcher.Search(new SearchRequest(query, unit == JudgedUnit.Measure ? SearchUnit.Measure : SearchUnit.Problem, PageSize: RankingMetrics.Depth));
        if (result is null)
            return [];
        return result.Hits.Select(h => unit == JudgedUnit.Measure ? new RankedResult(h.Id, MeasureText(h.Id)) : new RankedResult(ProblemKey(h.Id), "")).ToList();
    }

    private string ProblemKey(string problemId)
    {
        var (plan, problem) = seeds.Plans.SelectMany(p => p.Problems.Select(x => (Plan: p, Problem: x))).Single(x => RecordIds.Problem(x.Plan.DocumentId, x.Problem.Position) == problemId);
        return LexicalPeer.ProblemKey(plan.DocumentId, problem.Label);
    }

    private string MeasureText(string measureId) =>
        seeds.Plans.SelectMany(p => p.Problems.SelectMany(x => x.Measures.Select(m => (Id: RecordIds.Measure(p.DocumentId, x.Position, m.Position), m.Text))))
            .Single(x => x.Id == measureId).Text;
}
