using System.Text.RegularExpressions;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Regions;

/// <summary>
/// The province whose organs number a document (黔委厅字〔2022〕15号, 豫政办, 浙环发): the one-character abbreviation
/// that opens the number, then the organ's character. <c>Data/china-division/abbreviations.csv</c> lists only the
/// abbreviations no city's or county's own numbers are known to open with: not 苏 (苏府办 is 苏州's), 宁 (南京's 宁政发),
/// 晋 (晋江's 晋政文), 鄂 (鄂尔多斯's 鄂府发), 蒙, 辽, 黑, 吉, 湘, 鲁, 川, 甘, 青, 新, 云, 贵, 台 — so that a number read
/// so names one province. Weaker than any place the text names: used only when the text names none.
/// </summary>
internal static partial class ProvinceAbbreviations
{
    private static readonly Lazy<Dictionary<char, string>> Codes = new(() =>
        EmbeddedText.All("divisions/abbreviations.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[1][0], p => p[0]));

    /// <summary>An abbreviation, then a provincial organ's first character (委, 政, 环, 办 …), at the number's start.</summary>
    [GeneratedRegex(@"^(?<a>\p{IsCJKUnifiedIdeographs})(?:委|政|环|办|党|组|厅|自然|水|农|林|建|交|财|发|督)")]
    private static partial Regex Opening();

    /// <summary>The province's code (two digits) the number's opening names; null when it names none.</summary>
    public static string? ProvinceCode(string? documentNumber) =>
        documentNumber is not null && Opening().Match(documentNumber) is { Success: true } m && Codes.Value.TryGetValue(m.Groups["a"].Value[0], out var code)
            ? code : null;
}
