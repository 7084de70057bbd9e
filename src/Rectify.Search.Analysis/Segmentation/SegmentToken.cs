namespace Rectify.Search.Analysis.Segmentation;

/// <summary>A segment of the analysed text: where it is, what it is, and whether it is a word inside a longer word.</summary>
/// <param name="SubWord">Emitted in index mode inside a longer word, at the same position as that word.</param>
public readonly record struct SegmentToken(int Start, int Length, TokenKind Kind, bool SubWord = false)
{
    public int End => Start + Length;
}
