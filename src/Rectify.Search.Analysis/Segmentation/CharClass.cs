namespace Rectify.Search.Analysis.Segmentation;

/// <summary>Character classes the segmenter splits on; input is width-folded already (ＰＭ２．５ → PM2.5).</summary>
internal static class CharClass
{
    public static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or '\u3007' or '\u25CB' or (>= '\uF900' and <= '\uFAFF');

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    public static bool IsLatin(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    /// <summary>Chinese numerals as they appear in dates and counts: 二○○一, 十二, 三十一.</summary>
    public static bool IsHanNumeral(char c) => "〇○零一二三四五六七八九十百千两".Contains(c);

    /// <summary>Numerals that spell digits one by one (二○○一年), as opposed to 十, 百.</summary>
    public static bool IsHanDigit(char c) => "〇○零一二三四五六七八九".Contains(c);
}
