using Lucene.Net.Index;
using Rectify.Search.Indexing.Schema;

namespace Rectify.Search.Indexing.Searching;

/// <summary>
/// Reciprocal-rank fusion: a record's fused score is the sum over the rankings that hold it of
/// weight / (<see cref="K"/> + rank). Ranks, not scores, are fused because the arms' scores are on scales that do not
/// compare (coordinated BM25 over concepts, BM25 over characters, over bigrams, tf-idf of a drafted text's terms) and
/// shift with every query's length; ranks always compare, and no score normalisation has to be fitted to the judged
/// sets. The fused score is divided by the best one possible (first in every ranking), so it reads from 0 to 1.
/// </summary>
public static class RankFusion
{
    /// <summary>
    /// The rank constant: 60 is Cormack, Clarke and Büttcher's (SIGIR 2009), chosen on other collections; a lower one
    /// trusts the arms' top ranks more. Kept at 60: not fitted to this project's judged sets.
    /// </summary>
    public const int K = 60;

    /// <summary>
    /// The documents of <paramref name="found"/> best first, equal scores in record-id order, not in the order the index
    /// happens to hold them: a ranking, and so the fusion, does not change when a rebuild writes the records in
    /// another order (an index is built on every core).
    /// </summary>
    public static List<int> Ranking(Lucene.Net.Search.TopDocs found, Func<int, string> id) =>
        found.ScoreDocs.OrderByDescending(d => d.Score).ThenBy(d => id(d.Doc), StringComparer.Ordinal).Select(d => d.Doc).ToList();

    /// <summary>
    /// Every record of <paramref name="rankings"/> (each a list of documents, best first) with its 1-based rank in each
    /// (0 where a ranking lacks it) and its fused score, in no particular order.
    /// </summary>
    public static List<(int Doc, int[] Ranks, float Score)> Fuse(IReadOnlyList<IReadOnlyList<int>> rankings, ReadOnlySpan<float> weights)
    {
        var ranks = new Dictionary<int, int[]>();
        for (var r = 0; r < rankings.Count; r++)
        {
            for (var i = 0; i < rankings[r].Count; i++)
            {
                if (!ranks.TryGetValue(rankings[r][i], out var of))
                    ranks[rankings[r][i]] = of = new int[rankings.Count];
                if (of[r] == 0)
                    of[r] = i + 1;
            }
        }
        var fused = new List<(int, int[], float)>(ranks.Count);
        foreach (var (doc, of) in ranks)
            fused.Add((doc, of, Score(of, weights)));
        return fused;
    }

    /// <summary>A record's fused score from its (1-based) rank in each ranking (0 where a ranking lacks it).</summary>
    public static float Score(ReadOnlySpan<int> ranks, ReadOnlySpan<float> weights)
    {
        float score = 0, best = 0;
        for (var i = 0; i < ranks.Length; i++)
        {
            best += weights[i] / (K + 1);
            if (ranks[i] > 0)
                score += weights[i] / (K + ranks[i]);
        }
        return best == 0 ? 0 : score / best;
    }

    /// <summary>
    /// The records of <paramref name="ranking"/> that belong to one of <paramref name="groups"/> (ids, best first), in the
    /// order of their groups and, within a group, of the ranking: a ranking's measures in the order their problems rank,
    /// fused as a further vote (a measure answering a problem like the asking text, though its own words are few).
    /// </summary>
    public static List<int> ByGroup(IReadOnlyList<int> ranking, IReadOnlyList<string> groups, Func<int, string?> groupOf)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
            rank.TryAdd(groups[i], i);
        return ranking
            .Select((doc, i) => (Doc: doc, Own: i, Group: groupOf(doc) is { } g && rank.TryGetValue(g, out var r) ? r : -1))
            .Where(x => x.Group >= 0)
            .OrderBy(x => x.Group).ThenBy(x => x.Own)
            .Select(x => x.Doc)
            .ToList();
    }

    /// <summary>
    /// The records of <paramref name="ranking"/> (in its order) that carry any of <paramref name="themes"/>, read from the
    /// theme doc values: a ranking's records on the asking text's subject, fused as a further vote (worded alike and about
    /// the same subject).
    /// </summary>
    public static List<int> OnThemes(IndexReader reader, IReadOnlyList<int> ranking, IReadOnlyList<string> themes)
    {
        var leaves = reader.Leaves;
        // Each segment's theme values are opened once, the themes looked up once as ordinals there: a record is on a theme
        // when one of its ordinals is one of those.
        var bySegment = new Dictionary<int, (SortedSetDocValues Values, HashSet<long> Ordinals)?>();
        var kept = new List<int>();
        foreach (var doc in ranking)
        {
            var segment = ReaderUtil.SubIndex(doc, leaves);
            if (!bySegment.TryGetValue(segment, out var of))
            {
                var values = leaves[segment].AtomicReader.GetSortedSetDocValues(IndexFields.Theme);
                of = bySegment[segment] = values is null ? null
                    : (values, themes.Select(t => values.LookupTerm(new Lucene.Net.Util.BytesRef(t))).Where(o => o >= 0).ToHashSet());
            }
            if (of is not { } theme || theme.Ordinals.Count == 0)
                continue;
            theme.Values.SetDocument(doc - leaves[segment].DocBase);
            for (var ord = theme.Values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = theme.Values.NextOrd())
            {
                if (theme.Ordinals.Contains(ord))
                {
                    kept.Add(doc);
                    break;
                }
            }
        }
        return kept;
    }
}
