namespace Rectify.Search.Analysis.Segmentation;

/// <summary>Coarse words for queries and display, or coarse words plus the dictionary words inside them for indexing.</summary>
public enum SegmentMode
{
    Query,
    Index,
}
