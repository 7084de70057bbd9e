namespace Rectify.Search.Indexing.Searching;

/// <summary>What to return: problems (with their best measures) or measures.</summary>
public enum SearchUnit
{
    Problem,
    Measure,
}
