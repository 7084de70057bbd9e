namespace Rectify.Search.Indexing.Similarity;

/// <summary>What precedents are: measures (how others acted), problems (what others were found to lack), or targets.</summary>
public enum SimilarUnit
{
    Measure,
    Problem,
}
