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
