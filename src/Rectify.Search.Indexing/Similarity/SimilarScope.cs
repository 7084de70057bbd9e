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
