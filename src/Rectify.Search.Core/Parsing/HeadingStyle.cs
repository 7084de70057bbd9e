namespace Rectify.Search.Core.Parsing;

/// <summary>The numbering styles headings and measures are printed in.</summary>
internal enum HeadingStyle
{
    /// <summary>一、</summary>
    Cn,
    /// <summary>（一）</summary>
    ParenCn,
    /// <summary>1. 1． 1、</summary>
    Arabic,
    /// <summary>（1）</summary>
    ParenArabic,
    /// <summary>1) or 1）: a closing bracket only.</summary>
    HalfParenArabic,
    /// <summary>1 directly followed by text, or by one space (1贯彻落实…, 1 总体要求); trusted only in sequence.</summary>
    ArabicBare,
    /// <summary>2.1 (a Word outline's second level: 2.1 綦江河…, under 2 整改任务), or a task 任务1-1 of problem 1; numbered by its last part.</summary>
    Decimal,
    /// <summary>
    /// 【赫山区】: a group title in brackets alone on its line (problems grouped by county). Not a numbering: no line is
    /// matched as it; it keys such a title among a list's categories.
    /// </summary>
    Bracketed,
    /// <summary>①</summary>
    Circled,
    /// <summary>第一项 / 第2项, then a space or a mark: an item of a list numbered in words.</summary>
    Item,
    /// <summary>Ⅰ． Ⅱ、 Ⅲ (a Roman numeral in one character, U+2160–216B), then a mark or a space.</summary>
    Roman,
    /// <summary>NO.1 / No.2 (a feed's items), numbered by the digits.</summary>
    No,
    /// <summary>A. B、 C． (a capital letter, then a mark), numbered by its place in the alphabet.</summary>
    Letter,
}

internal static class HeadingStyles
{
    /// <summary>
    /// True when <paramref name="style"/> ranks above <paramref name="other"/> in the order official documents number
    /// their levels (一、 over （一） over 1. over （1））; false for the styles outside that order.
    /// </summary>
    public static bool RanksAbove(this HeadingStyle style, HeadingStyle other) =>
        Rank(style) is { } rank && Rank(other) is { } otherRank && rank < otherRank;

    private static int? Rank(HeadingStyle style) => style switch
    {
        HeadingStyle.Cn => 0,
        HeadingStyle.ParenCn => 1,
        HeadingStyle.Arabic => 2,
        HeadingStyle.ParenArabic => 3,
        _ => null,
    };
}

