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
    /// <summary>1 directly followed by text (1贯彻落实…); trusted only in sequence.</summary>
    ArabicBare,
    /// <summary>①</summary>
    Circled,
    /// <summary>第一项 / 第2项, then a space or a mark: an item of a list numbered in words.</summary>
    Item,
}
