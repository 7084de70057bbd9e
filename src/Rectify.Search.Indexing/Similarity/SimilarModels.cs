namespace Rectify.Search.Indexing.Similarity;

/// <summary>Where precedents may come from, relative to the measure (or drafter) asking.</summary>
public enum SimilarScope
{
    /// <summary>Measures of other provinces: how others answered the same problem.</summary>
    OtherProvinces,
    /// <summary>Measures of other plans, the same province included.</summary>
    OtherDocuments,
    /// <summary>Every measure but the one asking.</summary>
    All,
}

/// <summary>What precedents are: measures (how others acted), problems (what others were found to lack), or targets.</summary>
public enum SimilarUnit
{
    Measure,
    Problem,
}

/// <summary>A term of the asking text and how much it weighs in the comparison (its tf-idf).</summary>
public sealed record WeightedTerm(string Term, float Weight);

/// <summary>
/// A precedent measure or problem. <paramref name="Id"/> is the record's: the measure's, or for a problem precedent the
/// problem's (equal to <paramref name="ProblemId"/>). <paramref name="SharedTerms"/> explain the match: the asking
/// text's weighty terms that this record contains too, heaviest first. <paramref name="SameTextIds"/> are further
/// records with the same text, collapsed into this hit.
/// </summary>
public sealed record SimilarHit(string Id, string DocumentId, string ProblemId, float Score, IReadOnlyList<string> SharedTerms, IReadOnlyList<string> SameTextIds);

/// <summary>
/// The precedents found and the terms the asking text was reduced to. <paramref name="SourceCopies"/> are measures of
/// the asking measure's own plan with its very text (001 十 and 十一 share one word for word): copies, not precedents.
/// </summary>
public sealed record SimilarResult(IReadOnlyList<SimilarHit> Hits, IReadOnlyList<WeightedTerm> Terms, IReadOnlyList<string> SourceCopies);
