using System.Text;

namespace Rectify.Search.Reading;

/// <summary>A list number written the way Word prints it for a numbering format (w:numFmt); a web page's ordered lists are numbered by it too.</summary>
internal static class NumberFormats
{
    private const string Digits = "〇一二三四五六七八九";
    private const string Stems = "甲乙丙丁戊己庚辛壬癸";
    private const string Circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    /// <summary><paramref name="n"/> in the format Word calls <paramref name="format"/>; decimal for formats not known here.</summary>
    public static string Format(int n, string? format) => format switch
    {
        // LibreOffice saves Chinese counting (一、二、) as taiwaneseCountingThousand.
        "chineseCounting" or "chineseCountingThousand" or "japaneseCounting" or "taiwaneseCounting" or "taiwaneseCountingThousand" => Chinese(n),
        "chineseLegalSimplified" when n is >= 1 and <= 10 => "壹贰叁肆伍陆柒捌玖拾"[n - 1].ToString(),
        "ideographDigital" or "taiwaneseDigital" => string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => Digits[d - '0'])),
        "ideographTraditional" when n is >= 1 and <= 10 => Stems[n - 1].ToString(),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" when n is >= 1 and <= 20 => Circled[n - 1].ToString(),
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)(d - '0' + '０'))),
        "lowerLetter" => Letters(n, 'a'),
        "upperLetter" => Letters(n, 'A'),
        "lowerRoman" => Roman(n).ToLowerInvariant(),
        "upperRoman" => Roman(n),
        "decimalZero" => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
        "bullet" or "none" => "",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>一 … 十, 十一 … 十九, 二十 … 九十九, 一百 … (as Word's chineseCounting prints them).</summary>
    public static string Chinese(int n)
    {
        if (n <= 0)
            return Digits[0].ToString();
        if (n < 10)
            return Digits[n].ToString();
        if (n < 20)
            return "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString());
        if (n < 100)
            return Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString());
        if (n < 1000)
        {
            var rest = n % 100;
            return Digits[n / 100] + "百" + (rest == 0 ? "" : rest < 10 ? "零" + Digits[rest] : rest < 20 ? "一" + Chinese(rest) : Chinese(rest));
        }
        return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Letters(int n, char first)
    {
        // Word repeats the letter past z: aa, bb …
        var letter = (char)(first + (n - 1) % 26);
        return new string(letter, (n - 1) / 26 + 1);
    }

    private static string Roman(int n)
    {
        var sb = new StringBuilder();
        foreach (var (value, numeral) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            while (n >= value)
            {
                sb.Append(numeral);
                n -= value;
            }
        }
        return sb.ToString();
    }
}
