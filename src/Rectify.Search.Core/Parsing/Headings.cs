using System.Text.RegularExpressions;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Parsing;

/// <summary>Recognises numbered lines on the width-folded text.</summary>
internal static class Headings
{
    private const string Cn = ChineseNumerals.Characters;

    private static readonly (HeadingStyle Style, Regex Pattern)[] Patterns =
    [
        (HeadingStyle.Cn, new Regex($@"^(?<n>[{Cn}]{{1,4}})\s*[、.]\s*(?<t>.*)$", RegexOptions.Compiled | RegexOptions.Singleline)),
        (HeadingStyle.ParenCn, new Regex($@"^\(\s*(?<n>[{Cn}]{{1,4}})\s*\)\s*(?<t>.*)$", RegexOptions.Compiled | RegexOptions.Singleline)),
        (HeadingStyle.ParenArabic, new Regex(@"^\(\s*(?<n>\d{1,3})\s*\)\s*(?<t>.*)$", RegexOptions.Compiled | RegexOptions.Singleline)),
        // 一）蕲河流域…: a numeral closed by a bracket alone, read as （一）.
        (HeadingStyle.ParenCn, new Regex($@"^(?<n>[{Cn}]{{1,4}})\s*\)\s*(?<t>\S.*)$", RegexOptions.Compiled | RegexOptions.Singleline)),
        // 〔一〕 [1] 【2】: a number in other brackets, read as in round ones (never 〔2021〕, a document number's year).
        (HeadingStyle.ParenCn, new Regex($@"^[〔\[【]\s*(?<n>[{Cn}]{{1,4}})\s*[〕\]】]\s*(?<t>.*)$", RegexOptions.Compiled | RegexOptions.Singleline)),
        (HeadingStyle.ParenArabic, new Regex(@"^[〔\[【]\s*(?<n>\d{1,3})\s*[〕\]】]\s*(?<t>.*)$", RegexOptions.Compiled | RegexOptions.Singleline)),
        // 1) 县城区…: a number closed by a bracket alone (not 1)… inside a sentence: the line starts with it).
        (HeadingStyle.HalfParenArabic, new Regex(@"^(?<n>\d{1,3})\s*\)\s*(?<t>\S.*)$", RegexOptions.Compiled | RegexOptions.Singleline)),
        // 1.2021年底前… is measure 1 with its deadline, not the number 1.2021.
        (HeadingStyle.Arabic, new Regex(@"^(?<n>\d{1,3})\s*(\.(?!\d)|\.(?=(?:19|20)\d{2}\s*年)|、)\s*(?<t>.*)$", RegexOptions.Compiled | RegexOptions.Singleline)),
        // 2.1 綦江河…: an outline's second level, then a space or the text (not 2.5万元, 1.5公里, 3.2%).
        // 任务1-1　开展…: a task of problem 1, numbered the same way.
        (HeadingStyle.Decimal, new Regex(@"^(?<pre>任务|措施)?(?<p>\d{1,2})(?<sep>\.|(?<=\d)-(?=\d))(?<n>\d{1,2})(?![\d.%])(?:\s+|(?=[\u4e00-\u9fff“《]))(?![年月日号个项条座家万千百亿吨公米亩户台处名人次元倍批类种所期轮届])(?<t>\S.*)$", RegexOptions.Compiled | RegexOptions.Singleline)),
        (HeadingStyle.Circled, new Regex(@"^(?<n>[\u2460-\u2473])\s*(?<t>.*)$", RegexOptions.Compiled | RegexOptions.Singleline)),
        // A word processor's numbers in one character: ㈠ is （一）, ⑴ is （1）, ⒈ is 1.
        (HeadingStyle.ParenCn, new Regex(@"^(?<k>[\u3220-\u3229])\s*(?<t>.*)$", RegexOptions.Compiled | RegexOptions.Singleline)),
        (HeadingStyle.ParenArabic, new Regex(@"^(?<k>[\u2474-\u2487])\s*(?<t>.*)$", RegexOptions.Compiled | RegexOptions.Singleline)),
        (HeadingStyle.Arabic, new Regex(@"^(?<k>[\u2488-\u249b])\s*(?<t>.*)$", RegexOptions.Compiled | RegexOptions.Singleline)),
        // 第一项　部分乡镇…: the item's number, then a space or a mark (not 第一项工作 in a sentence).
        (HeadingStyle.Item, new Regex($@"^第\s*(?<n>[{Cn}]{{1,4}}|\d{{1,3}})\s*项(?:\s+|\s*[、.:])\s*(?<t>\S.*)$", RegexOptions.Compiled | RegexOptions.Singleline)),
        // Ⅰ．松花江上游…: a Roman numeral in one character, then a mark or a space (not Ⅲ类 run into its word).
        (HeadingStyle.Roman, new Regex(@"^(?<n>[\u2160-\u216B])(?:\s*[.、]|\s+)\s*(?<t>\S.*)$", RegexOptions.Compiled | RegexOptions.Singleline)),
        // NO.1 / No．2 / NO 3: a feed's items (not NO2, nitrogen dioxide: a mark or a space before the number).
        (HeadingStyle.No, new Regex(@"^(?:NO|No)(?:\s*[.:]\s*|\s+)(?<n>\d{1,3})(?![\d.%])\s*[.、]?\s*(?<t>.*)$", RegexOptions.Compiled | RegexOptions.Singleline)),
        // A. 受理编号… / B、… / C. alone: a capital letter, then a mark (not A级, AAA景区, A类 run into their words).
        (HeadingStyle.Letter, new Regex(@"^(?<n>[A-Z])\s*[.、]\s*(?<t>.*)$", RegexOptions.Compiled | RegexOptions.Singleline)),
        // a) 对景区内…: a small letter closed by a bracket, then the text (the same letters' list, lower case).
        (HeadingStyle.Letter, new Regex(@"^(?<n>[a-z])\s*\)\s*(?<t>\S.*)$", RegexOptions.Compiled | RegexOptions.Singleline)),
        // A bare number run into text or one space before it; not when the number is a quantity or a date (2个, 3年, 10处 …).
        (HeadingStyle.ArabicBare, new Regex(@"^(?<n>\d{1,2})\s?(?=[\u4e00-\u9fff])(?![年月日号个项条座家万千百亿吨公米亩户台处名人次元倍批类种所期轮届])(?<t>.*)$", RegexOptions.Compiled | RegexOptions.Singleline)),
    ];

    /// <summary>Returns the heading a line starts with, or null.</summary>
    public static Heading? Match(DualText line)
    {
        foreach (var (style, pattern) in Patterns)
        {
            var m = pattern.Match(line.Folded);
            if (!m.Success)
                continue;
            if (m.Groups["k"].Success)
                return new Heading(style, OneCharacter(m.Groups["k"].Value[0]).Number, m.Groups["k"].Value, line.Slice(m.Groups["t"].Index).Trim());
            var raw = m.Groups["n"].Value;
            int? number = style switch
            {
                HeadingStyle.Cn or HeadingStyle.ParenCn => ChineseNumerals.Parse(raw),
                HeadingStyle.Item => ChineseNumerals.ParseOrdinal(raw),
                HeadingStyle.Circled => raw[0] - '\u2460' + 1,
                HeadingStyle.Roman => raw[0] - '\u2160' + 1,
                HeadingStyle.Letter => char.ToUpperInvariant(raw[0]) - 'A' + 1,
                _ => int.Parse(raw, System.Globalization.CultureInfo.InvariantCulture),
            };
            if (number is not { } n || n == 0)
                continue;
            var ordinal = style switch
            {
                HeadingStyle.ParenCn or HeadingStyle.ParenArabic => $"（{raw}）",
                HeadingStyle.HalfParenArabic => $"{raw})",
                HeadingStyle.Item => $"第{raw}项",
                HeadingStyle.No => $"NO.{raw}",
                HeadingStyle.Decimal => $"{m.Groups["pre"].Value}{m.Groups["p"].Value}{m.Groups["sep"].Value}{raw}",
                _ => raw,
            };
            int? parent = style == HeadingStyle.Decimal ? int.Parse(m.Groups["p"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            return new Heading(style, n, ordinal, line.Slice(m.Groups["t"].Index).Trim(), parent);
        }
        return null;
    }

    /// <summary>The style and number of a one-character ordinal: ㈠ （一） 1, ⑴ （1） 1, ⒈ 1. 1, ⑶ 3.</summary>
    internal static (HeadingStyle Style, int Number) OneCharacter(char c) => c switch
    {
        >= '\u3220' and <= '\u3229' => (HeadingStyle.ParenCn, c - '\u3220' + 1),
        >= '\u2474' and <= '\u2487' => (HeadingStyle.ParenArabic, c - '\u2474' + 1),
        _ => (HeadingStyle.Arabic, c - '\u2488' + 1),
    };
}
