using Rectify.Search.Core.Drafting;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Reporting;
using Rectify.Search.Indexing.Evaluation;
using Rectify.Search.Indexing.Similarity;
using Rectify.Search.Service.Knowledge;

namespace Rectify.Search.Service.Drafting;

/// <summary>
/// How far an automatic draft answers a feedback the way its county did: a real plan's problems taken as the feedback,
/// the draft composed from the other plans, and each of the real plan's measures judged covered when one of the
/// draft's measures says the same (<see cref="Covers"/>). Beside it, the same draft composed from the top precedent a
/// plain peer (BM25 over characters, other provinces) ranks.
/// </summary>
public static class DraftEvaluation
{
    /// <summary>The Dice coefficient of two measures' content words at or above which one covers the other.</summary>
    public const double CoverDice = 0.3;

    /// <summary>One problem of the held-out plan: its measures, how many the draft covered, whether it had a precedent of another province.</summary>
    public sealed record ProblemScore(string DocumentId, string Label, int Measures, int Covered, int PeerCovered, bool Precedent, bool PeerPrecedent)
    {
        public double Coverage => Measures == 0 ? 0 : (double)Covered / Measures;
        public double PeerCoverage => Measures == 0 ? 0 : (double)PeerCovered / Measures;
    }

    /// <summary>The held-out plan's problems scored against the automatic draft <paramref name="kb"/> (which holds the other plans) composes for them.</summary>
    public static IReadOnlyList<ProblemScore> Score(KnowledgeBase kb, PlanDocument heldOut)
    {
        var region = heldOut.Metadata.Region;
        var year = heldOut.Metadata.Year ?? DateTime.UtcNow.Year;
        var feedback = heldOut.Problems.Where(p => p.Measures.Count > 0).Select(p => new FeedbackProblem(p.Label, p.Text)).ToList();
        var draft = kb.Create("eval", feedback, region, year, auto: true);
        var plans = kb.Plans();
        using var peer = new LexicalPeer(plans, JudgedUnit.Problem, PeerKind.Characters);
        var byKey = plans.SelectMany(plan => plan.Problems.Select(p => (Key: LexicalPeer.ProblemKey(plan.DocumentId, p.Label), plan, p)))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First());
        var scores = new List<ProblemScore>();
        foreach (var (real, drafted) in heldOut.Problems.Where(p => p.Measures.Count > 0).Zip(draft.Problems))
        {
            var ours = drafted.Measures.Select(m => Words(m.Text)).ToList();
            // The peer's top problem of another province than the held-out plan's.
            var peerTop = peer.Search(real.Text, 50).Select(r => byKey.GetValueOrDefault(r.Key))
                .FirstOrDefault(x => x.p is not null && (region is null || x.plan.Metadata.Region?.Province != region.Province));
            var theirs = peerTop.p?.Measures.Select(m => Words(m.Text)).ToList() ?? [];
            var realWords = real.Measures.Select(m => Words(m.Text)).ToList();
            scores.Add(new ProblemScore(heldOut.DocumentId, real.Label, realWords.Count,
                realWords.Count(r => ours.Any(d => Covers(r, d))), realWords.Count(r => theirs.Any(d => Covers(r, d))),
                drafted.Measures.Count > 0, peerTop.p is not null));
        }
        return scores;
    }

    /// <summary>
    /// The relevance rule: a drafted measure covers a real one when their content words (dictionary words, no numbers,
    /// no place names) overlap with a Dice coefficient of at least <see cref="CoverDice"/> — 开展城区排水管网普查，建立错接混接
    /// 问题清单 and 全面排查城区污水管网错接混接问题，建立问题清单 do; 加强组织领导，压实工作责任 covers neither.
    /// </summary>
    public static bool Covers(IReadOnlySet<string> real, IReadOnlySet<string> drafted) =>
        real.Count > 0 && drafted.Count > 0 && 2.0 * real.Count(drafted.Contains) / (real.Count + drafted.Count) >= CoverDice;

    public static IReadOnlySet<string> Words(string text) =>
        SimilarMeasures.ContentWords(text).Where(w => w.Length > 1).ToHashSet(StringComparer.Ordinal);
}
