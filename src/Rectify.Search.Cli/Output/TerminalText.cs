using System.Net;
using System.Text;

namespace Rectify.Search.Cli.Output;

/// <summary>Text for a terminal: display widths (a Chinese character takes two columns), padding, cutting, highlights.</summary>
public static class TerminalText
{
    /// <summary>Columns <paramref name="text"/> takes: two for wide (East Asian) characters, one otherwise.</summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var c in text)
            width += IsWide(c) ? 2 : 1;
        return width;
    }

    /// <summary><paramref name="text"/> padded with spaces to <paramref name="width"/> columns, cut with … when longer.</summary>
    public static string Fit(string text, int width)
    {
        var cut = Cut(text, width);
        return cut + new string(' ', Math.Max(0, width - Width(cut)));
    }

    /// <summary><paramref name="text"/> cut to at most <paramref name="width"/> columns, ending in … when cut.</summary>
    public static string Cut(string text, int width)
    {
        if (Width(text) <= width)
            return text;
        var sb = new StringBuilder();
        var used = 0;
        foreach (var c in text)
        {
            var w = IsWide(c) ? 2 : 1;
            if (used + w > width - 1)
                break;
            sb.Append(c);
            used += w;
        }
        return sb.Append('…').ToString();
    }

    /// <summary>An API highlight for reading: matches in 【】, HTML entities decoded, line breaks folded.</summary>
    public static string Highlight(string html) =>
        WebUtility.HtmlDecode(html.Replace("<em>", "【", StringComparison.Ordinal).Replace("</em>", "】", StringComparison.Ordinal)).Replace('\n', ' ');

    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}
