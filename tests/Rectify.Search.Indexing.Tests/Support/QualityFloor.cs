using System.Globalization;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Reporting;
using Rectify.Search.Indexing.Evaluation;

namespace Rectify.Search.Indexing.Tests.Support;

/// <summary>A judged set's floor: the ranking's nDCG@10 at least the floor, and its lead over the best plain peer (run on the same records) at least the margin.</summary>
internal static class QualityFloor
{
    public static void Holds(IReadOnlyList<PlanDocument> plans, IReadOnlyList<JudgedQuery> queries, IReadOnlyList<QueryScore> scores, JudgedUnit unit,
        double floor, double marginOverBestPeer)
    {
        var ndcg = scores.Average(s => s.Ndcg);
        ndcg.Should().BeGreaterThanOrEqualTo(floor, string.Join("; ", scores.OrderBy(s => s.Ndcg).Take(5)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Query.Query} {s.Ndcg:F3}"))));
        var best = LexicalPeer.All.Max(kind =>
        {
            using var peer = new LexicalPeer(plans, unit, kind);
            return queries.Average(q => RankingMetrics.Score(q, peer.Search(q.Query, RankingMetrics.Depth), unit).Ndcg);
        });
        (ndcg - best).Should().BeGreaterThanOrEqualTo(marginOverBestPeer, $"the best plain peer scores {best:F3}");
    }
}
