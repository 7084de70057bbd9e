using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// The title of a document that prints none in the shapes a plan or notice title takes: its first heading line when
/// that reads as a title (岳阳市召开中央生态环境保护督察反馈问题整改推进会), else one made from what is known — the issuer's
/// region, the year and the kind of text (潼南区2022年整改清单（节选）): a text without its title is an excerpt. Never a file
/// name; never empty.
/// </summary>
internal static partial class MadeTitle
{
    /// <summary>A line reads as a title: short, no sentence punctuation, about inspection or rectification, no address or label.</summary>
    [GeneratedRegex(@"^(?!.*(?:https?:|www\.|\.com|\.cn|>>|首页|\|))[^。，,；;：:！!？?]{8,60}$")]
    private static partial Regex TitleShape();

    /// <summary>A numbered heading or item (一、 （三） 1. 第五条), which is a part of a text, not its title.</summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十百\d]+[条项章])")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"督察|整改|生[态態]|[环環]境|[环環]保|污染")]
    private static partial Regex AboutInspection();

    /// <summary>
    /// One of the first three lines of <paramref name="text"/> as printed (before lines are joined into paragraphs) that
    /// reads as a title, else a title made from <paramref name="metadata"/>.
    /// </summary>
    public static string Of(string text, PlanMetadata metadata, string layout)
    {
        foreach (var raw in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(3))
        {
            var line = TextShapes.CloseCjkGaps(Text.WidthFolding.Fold(raw)).Trim();
            if (TitleShape().IsMatch(line) && AboutInspection().IsMatch(line) && !char.IsAsciiDigit(line[0]) && !Numbered().IsMatch(line))
                return line;
        }
        var kind = layout switch
        {
            "notice" => "整改情况公示",
            "table" => "整改清单",
            "list" => "整改方案",
            _ => "督察整改文件",
        };
        var region = metadata.Region;
        var place = region is null ? "" : region.County ?? region.City ?? region.Province;
        var year = metadata.Year is { } y ? $"{y}年" : "";
        return place.Length == 0 ? $"{year}{kind}（节选，地区不详）" : $"{place}{year}{kind}（节选）";
    }
}
