namespace Rectify.Search.Analysis.Segmentation;

/// <summary>What a segment is.</summary>
public enum TokenKind : byte
{
    /// <summary>A Chinese word from the dictionary or the HMM.</summary>
    Word,
    /// <summary>A number, possibly with a unit, percent sign or date suffix: 90%, 100毫克/升, 2025年, 二○○一年.</summary>
    Number,
    /// <summary>A Latin-script token: COD, PM2.5, GIS.</summary>
    Latin,
    /// <summary>One punctuation mark or symbol.</summary>
    Punctuation,
}

/// <summary>A segment of the analysed text: where it is, what it is, and whether it is a word inside a longer word.</summary>
/// <param name="SubWord">Emitted in index mode inside a longer word, at the same position as that word.</param>
public readonly record struct SegmentToken(int Start, int Length, TokenKind Kind, bool SubWord = false)
{
    public int End => Start + Length;
}

/// <summary>Coarse words for queries and display, or coarse words plus the dictionary words inside them for indexing.</summary>
public enum SegmentMode
{
    Query,
    Index,
}
