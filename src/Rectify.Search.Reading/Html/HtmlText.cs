using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Rectify.Search.Core.Ingestion;

namespace Rectify.Search.Reading.Html;

/// <summary>
/// The text of a web page as a plan's text: the page's main content only. Scripts, styles, forms and frames go, and so
/// does the portal's furniture — navigation, breadcrumbs (当前位置), share and print widgets, related links, headers and
/// footers — known by element (nav, header, footer, aside) or by an id or class naming it. Of what remains, the
/// content is the element whose text, less twice its link text, is largest (the deepest one within 5 % of that:
/// an article, not the page around it). Block elements and line breaks end lines; a table is one tab-separated line
/// per row, the shape the parser reads a problem-list table in. The bytes are decoded as text files are.
/// </summary>
internal static partial class HtmlText
{
    [GeneratedRegex(@"(^|[-_ ])(nav|navbar|menu|breadcrumb|crumbs?|position|location|share|bdshare|print|toolbar|footer|header|sidebar|related|relevant|xgxx|links?|copyright|banner|search|login|fontsize|zoom-?tool)([-_ ]|\d|$)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    private static readonly string[] Removed = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "select", "button", "input", "object", "svg"];
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt", "dl", "center", "table",
    };

    public static string Extract(byte[] bytes, string path)
    {
        var source = SourceDecoder.Decode(bytes, path).Text;
        var document = new HtmlParser().ParseDocument(source);
        foreach (var element in document.QuerySelectorAll(string.Join(",", Removed)).ToList())
            element.Remove();
        foreach (var element in document.All.Where(IsFurniture).ToList())
            element.Remove();
        var body = document.Body ?? throw new PlanReadException(path, "a web page without a body");
        var content = MainContent(body);
        var text = new StringBuilder();
        Render(content, text);
        var lines = text.ToString().Split('\n').Select(l => l.Trim()).ToList();
        // The page's own title stands first when the content does not begin with it; a title element's portal suffix
        // (整改方案_通知公告_县人民政府门户网站) is not part of it.
        var title = (document.QuerySelector("h1")?.TextContent ?? document.Title?.Split(['_', '|', '｜'])[0] ?? "").Trim();
        if (title.Length > 0 && !lines.Take(5).Any(l => l.Contains(title, StringComparison.Ordinal)))
            lines.Insert(0, title);
        return string.Join('\n', Collapse(lines)).Trim('\n') + "\n";
    }

    /// <summary>
    /// Named as furniture, and short on text of its own: a container called print-content or article-header that holds
    /// the plan (more than <see cref="MaxFurnitureText"/> characters outside links) is kept.
    /// </summary>
    private static bool IsFurniture(IElement element) =>
        element != element.Owner?.Body && element.LocalName is not ("html" or "body")
        && (Furniture().IsMatch(element.Id ?? "") || element.ClassList.Any(c => Furniture().IsMatch(c)))
        && Score(element) <= MaxFurnitureText;

    private const int MaxFurnitureText = 300;

    /// <summary>The element with the most text that is not links (twice discounted), the deepest within 5 % of the best.</summary>
    private static IElement MainContent(IElement body)
    {
        var scored = body.QuerySelectorAll("div, article, section, td, main").Append(body)
            .Select(e => (Element: e, Score: Score(e), Depth: e.GetAncestors().Count()))
            .ToList();
        var best = scored.Max(s => s.Score);
        return scored.Where(s => s.Score >= best * 0.95).OrderByDescending(s => s.Depth).First().Element;
    }

    private static int Score(IElement element)
    {
        var text = Visible(element.TextContent);
        var links = element.QuerySelectorAll("a").Sum(a => Visible(a.TextContent));
        return text - 2 * links;
    }

    private static int Visible(string text) => text.Count(c => !char.IsWhiteSpace(c));

    private static void Render(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(Regex.Replace(t.Data, @"[ \t\r\n\u00A0]+", " "));
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement { LocalName: "tr" } row:
                    EndLine(text);
                    text.Append(string.Join('\t', row.Children.Where(c => c.LocalName is "td" or "th").Select(Cell))).Append('\n');
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    EndLine(text);
                    Render(element, text);
                    EndLine(text);
                    break;
                case IElement element:
                    Render(element, text);
                    break;
            }
        }
    }

    /// <summary>Ends the line being written, if one is.</summary>
    private static void EndLine(StringBuilder text)
    {
        if (text.Length > 0 && text[^1] != '\n')
            text.Append('\n');
    }

    private static string Cell(IElement cell)
    {
        var text = new StringBuilder();
        Render(cell, text);
        return Regex.Replace(text.ToString(), @"\s+", " ").Trim();
    }

    /// <summary>Runs of empty lines become one.</summary>
    private static IEnumerable<string> Collapse(List<string> lines)
    {
        var blank = true;
        foreach (var line in lines)
        {
            if (line.Length == 0 && blank)
                continue;
            blank = line.Length == 0;
            yield return line;
        }
    }
}
