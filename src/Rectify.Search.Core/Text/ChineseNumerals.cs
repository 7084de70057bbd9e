namespace Rectify.Search.Core.Text;

/// <summary>Reads the Chinese numerals used to number headings (一 … 九十九, 〇/零 included; the capital forms 壹 贰 叁 … 拾 too).</summary>
public static class ChineseNumerals
{
    /// <summary>The characters that may appear in a heading numeral.</summary>
    public const string Characters = "一二三四五六七八九十百零〇两壹贰叁肆伍陆柒捌玖拾佰";

    /// <summary>An item's number printed in digits (12) or in Chinese numerals (十二); null when it is neither.</summary>
    public static int? ParseOrdinal(string text) =>
        text.Length > 0 && text.All(char.IsAsciiDigit)
            ? int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null
            : Parse(text);

    /// <summary>Parses 一 → 1, 十 → 10, 十一 → 11, 二十五 → 25, 一百零三 → 103; null when not a numeral.</summary>
    public static int? Parse(string text)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        var total = 0;
        var current = 0;
        foreach (var c in text)
        {
            var digit = Digit(c);
            if (digit is { } d)
            {
                current = d;
                continue;
            }
            switch (c)
            {
                case '十' or '拾':
                    total += (current == 0 ? 1 : current) * 10;
                    current = 0;
                    break;
                case '百' or '佰':
                    total += (current == 0 ? 1 : current) * 100;
                    current = 0;
                    break;
                default:
                    return null;
            }
        }
        return total + current;
    }

    /// <summary>
    /// A year written digit by digit (二〇二五, 二○二三, and as typed with a letter O or a digit 0 for the zero: 二O二三,
    /// 二0二一) as its digits, "2025"; the regexes that find such years admit the same characters.
    /// </summary>
    public static string YearDigits(string text) =>
        string.Concat(text.Select(c => c is '○' or 'O' or 'o' or '0' ? '0' : (char)('0' + (Digit(c) ?? 0))));

    private static int? Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => null,
    };
}
