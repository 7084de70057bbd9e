using System.Text;

namespace Rectify.Search.Core.Text;

/// <summary>
/// Tells Chinese text from mojibake — bytes decoded with the wrong encoding or one byte off (GBK read from an odd
/// offset gives valid but random characters). Real Chinese writing, traditional text folded to simplified included,
/// uses GB 2312's 3,755 common characters for nearly all of its characters; mojibake spreads over the 20,000 of GBK.
/// </summary>
public static class Mojibake
{
    /// <summary>Below this share of common characters a text is mojibake (real plans: above 0.95; GBK one byte off: about 0.2).</summary>
    public const double CommonShareFloor = 0.6;

    /// <summary>Too few characters to judge below this many.</summary>
    private const int MinimumCharacters = 50;

    private static readonly Lazy<bool[]> Common = new(BuildCommon);

    /// <summary>The share of CJK characters among GB 2312's common characters, or null when the text has too few to judge.</summary>
    public static double? CommonShare(string text) => CommonShare(text, MinimumCharacters);

    /// <summary>The share of common characters, or null below <paramref name="minimum"/> Chinese characters.</summary>
    public static double? CommonShare(string text, int minimum)
    {
        // Folded a character at a time (the normalizer's map is per character): a text of megabytes is not copied.
        var normalizer = TextNormalizer.Default;
        var common = Common.Value;
        int total = 0, hits = 0;
        foreach (var original in text)
        {
            var c = normalizer.Fold(original);
            if (c is < '\u4e00' or > '\u9fff')
                continue;
            total++;
            if (common[c])
                hits++;
        }
        return total < minimum ? null : (double)hits / total;
    }

    /// <summary>True when the text is long enough to judge and reads as mojibake.</summary>
    public static bool Looks(string text, out double share)
    {
        share = CommonShare(text) ?? 1;
        return share < CommonShareFloor;
    }

    /// <summary>
    /// The share of a text's visible characters that stand for nothing: U+FFFD (what a decoder puts for bytes it could
    /// not read), control characters and private-use code points. Real text has none or a few.
    /// </summary>
    public static double InvalidShare(string text)
    {
        int visible = 0, invalid = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
                continue;
            visible++;
            if (c == '\uFFFD' || char.IsControl(c) || c is >= '\uE000' and <= '\uF8FF')
                invalid++;
        }
        return visible == 0 ? 0 : (double)invalid / visible;
    }

    /// <summary>The share of <see cref="InvalidShare"/> from which a text is refused as undecodable.</summary>
    public const double InvalidShareCeiling = 0.2;

    /// <summary>Consecutive uncommon characters from which a stretch of text reads as mojibake (real text, traditional included, rarely has four).</summary>
    private const int GarbledRun = 8;

    /// <summary>
    /// True when some stretch of the text is mojibake though the whole may not be: <see cref="GarbledRun"/> Chinese
    /// characters in a row, none of them common (a GBK byte lost mid-text garbles the rest of its line).
    /// </summary>
    public static bool HasGarbledRun(string text)
    {
        var common = Common.Value;
        var run = 0;
        foreach (var c in text)
        {
            if (c is < '\u4e00' or > '\u9fff' || common[c] || common[TextNormalizer.Default.Fold(c)])
            {
                run = 0;
                continue;
            }
            if (++run >= GarbledRun)
                return true;
        }
        return false;
    }

    private static bool[] BuildCommon()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding(936, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        var table = new bool[65536];
        Span<byte> bytes = stackalloc byte[4];
        Span<char> one = stackalloc char[1];
        for (var c = '\u4e00'; c <= '\u9fff'; c++)
        {
            one[0] = c;
            if (gbk.GetBytes(one, bytes) == 2)
                table[c] = bytes[0] is >= 0xB0 and <= 0xD7 && bytes[1] >= 0xA1;
        }
        return table;
    }
}
