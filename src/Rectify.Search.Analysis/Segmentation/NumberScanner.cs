namespace Rectify.Search.Analysis.Segmentation;

/// <summary>
/// Finds tokens the dictionary should not cut: Arabic numbers with their decimal part, percent sign, magnitude
/// (万, 亿), measurement unit (100毫克/升) or date part (2025年, 12月, 31日); Chinese-numeral date parts
/// (二○○一年, 十二月, 三十一日); and Latin-script tokens (COD, PM2.5, NH3-N).
/// </summary>
internal static class NumberScanner
{
    // Measurement units kept with their number, longest first. Classifiers (个, 座, 家) are not units: they stay words.
    private static readonly string[] Units =
    [
        "微克/立方米", "毫克/立方米", "毫克/升", "毫克每升", "吨/天", "吨/日", "吨标准煤", "万吨标准煤", "立方米/日", "立方米", "平方公里", "平方米",
        "万千瓦时", "千瓦时", "万千瓦", "千瓦", "兆瓦", "蒸吨", "万吨", "公顷", "万亩", "公里", "千米", "毫克", "微克", "mg/L", "mg/l",
        "吨", "亩", "米",
        // Money amounts keep their currency: 100万元 is one amount.
        "亿美元", "万美元", "美元", "万元", "亿元", "元",
    ];

    private static readonly char[] DateSuffixes = ['年', '月', '日', '号'];

    /// <summary>Length of the number token at <paramref name="i"/> (text[i] is a digit).</summary>
    public static int ArabicNumber(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        while (j < text.Length && CharClass.IsDigit(text[j]))
            j++;
        if (j + 1 < text.Length && text[j] == '.' && CharClass.IsDigit(text[j + 1]))
        {
            j++;
            while (j < text.Length && CharClass.IsDigit(text[j]))
                j++;
        }
        // PDF text spaces numbers apart from what they count (2025 年 12 月底): the token spans the spaces.
        var k = SkipSpaces(text, j);
        if (k < text.Length && text[k] is '%' or '‰')
            return k + 1 - i;
        if (k < text.Length && Array.IndexOf(DateSuffixes, text[k]) >= 0)
            return DateRun(text, i, k);
        if (j < text.Length && text[j] is '万' or '亿')
            j++;
        return j - i + UnitAt(text, j);
    }

    /// <summary>
    /// A date is one token: 2025年12月31日, 12月31日, 2021年6月. <paramref name="j"/> is at the suffix after the
    /// first number; further number+suffix parts follow in calendar order (年 → 月 → 日/号).
    /// </summary>
    private static int DateRun(ReadOnlySpan<char> text, int i, int j)
    {
        var order = Array.IndexOf(DateSuffixes, text[j]);
        var end = j + 1;
        while (order < 2)
        {
            var digits = SkipSpaces(text, end);
            var k = digits;
            while (k < text.Length && CharClass.IsDigit(text[k]) && k - digits < 2)
                k++;
            if (k == digits)
                break;
            k = SkipSpaces(text, k);
            if (k >= text.Length)
                break;
            var next = Array.IndexOf(DateSuffixes, text[k]);
            if (next <= order || (next == 3 && order != 1))
                break;
            end = k + 1;
            order = Math.Min(next, 2);
        }
        return end - i;
    }

    /// <summary>Skips at most two spaces, the most a PDF puts between a number and its unit.</summary>
    private static int SkipSpaces(ReadOnlySpan<char> text, int j)
    {
        var k = j;
        while (k < text.Length && text[k] == ' ' && k - j < 2)
            k++;
        return k;
    }

    private static int UnitAt(ReadOnlySpan<char> text, int j)
    {
        foreach (var unit in Units)
        {
            if (text[j..].StartsWith(unit, StringComparison.Ordinal))
                return unit.Length;
        }
        return 0;
    }

    /// <summary>Length of a Latin-script token at <paramref name="i"/>: letters, then letters/digits, a decimal part, hyphenated parts.</summary>
    public static int Latin(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        while (j < text.Length && (CharClass.IsLatin(text[j]) || CharClass.IsDigit(text[j])))
            j++;
        while (j + 1 < text.Length && text[j] is '.' or '-' && (CharClass.IsDigit(text[j + 1]) || (text[j] == '-' && CharClass.IsLatin(text[j + 1]))))
        {
            j++;
            while (j < text.Length && (CharClass.IsLatin(text[j]) || CharClass.IsDigit(text[j])))
                j++;
        }
        return j - i;
    }

    /// <summary>Length of a Chinese-numeral date part at <paramref name="i"/> (二○○一年, 十二月, 三十一日), or 0.</summary>
    public static int HanDate(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        while (j < text.Length && CharClass.IsHanNumeral(text[j]))
            j++;
        if (j == i || j >= text.Length)
            return 0;
        var run = text[i..j];
        return text[j] switch
        {
            // A year spells its digits (二○○一年); 十年 or 三年 are durations, left to the dictionary.
            '年' when run.Length >= 2 && IsDigitsOnly(run) => j + 1 - i,
            '月' when run.Length <= 2 && !run.Contains('两') => j + 1 - i,
            '日' or '号' when run.Length is >= 2 and <= 3 && !run.Contains('两') => j + 1 - i,
            _ => 0,
        };
    }

    private static bool IsDigitsOnly(ReadOnlySpan<char> run)
    {
        foreach (var c in run)
        {
            if (!CharClass.IsHanDigit(c))
                return false;
        }
        return true;
    }
}
