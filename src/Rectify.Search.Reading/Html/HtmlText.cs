using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Parsing;

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

    public static DecodedText Extract(byte[] bytes, string path)
    {
        var source = SourceDecoder.Decode(bytes, path).Text;
        // The parser's cost grows with the square of the nesting (a page nested 100,000 deep would take a minute), and
        // past 512 levels it flattens what it reads anyway.
        if (TagDepth(source) > MaxDepth)
            throw new PlanReadException(path, $"a web page nested more than {MaxDepth:N0} elements deep; pages are read to that depth");
        var document = new HtmlParser().ParseDocument(source);
        var published = Published(document);
        // Read before scripts are removed: a page built by scripts may carry its article in their state.
        var scripted = ScriptState.Find(document);
        var hiddenClasses = HiddenClasses(document);
        foreach (var element in document.QuerySelectorAll(string.Join(",", Removed)).ToList())
            element.Remove();
        var body = document.Body ?? throw new PlanReadException(path, "a web page without a body");
        var hidden = RemoveHiddenInline(body, hiddenClasses);
        var scores = Scores(body);
        foreach (var element in body.Descendants<IElement>().Where(e => IsFurniture(e, scores)).ToList())
            element.Remove();
        var content = MainContent(body, Scores(body));
        var text = new StringBuilder();
        Render(content, text);
        string? stateTitle = null;
        // An empty page (<div id="app"></div>) whose script's state holds the article: that article is the page's text.
        if (Visible(text.ToString()) < MinPageText && scripted is { } article)
        {
            var inner = new HtmlParser().ParseDocument($"<html><body>{article.Html}</body></html>");
            foreach (var element in inner.QuerySelectorAll(string.Join(",", Removed)).ToList())
                element.Remove();
            text.Clear();
            Render(inner.Body!, text);
            stateTitle = article.Title;
            published ??= article.Published is { } time ? DateOf(PageDate().Match(time)) : null;
        }
        // A table row keeps its leading tabs: they stand for the cells merged from above.
        var lines = text.ToString().Split('\n').Select(l => l.Contains('\t') ? l.TrimEnd().TrimStart(' ', '\u00A0', '\u3000') : l.Trim()).ToList();
        // The page's own title stands first when the content does not begin with it; a title element's portal suffix
        // (整改方案_通知公告_县人民政府门户网站) is not part of it.
        var title = (stateTitle ?? document.QuerySelector("h1")?.TextContent ?? TitleSite().Replace(document.Title?.Split(['_', '|', '｜'])[0] ?? "", "")).Trim();
        if (title.Length > 0 && !lines.Take(5).Any(l => l.Contains(title, StringComparison.Ordinal)))
            lines.Insert(0, title);
        return new DecodedText(string.Join('\n', Collapse(lines)).Trim('\n') + "\n", "html")
        {
            Published = published,
            Notes = hidden > 0
                ? [new Diagnostic(Severity.Info, null, "hidden-text", $"{hidden} piece(s) of text a browser does not show (display:none, font-size:0 …), sown between the words against copying, left out")]
                : [],
        };
    }

    /// <summary>A title element's site after a dash: …整改情况公示（第一批）-荔波县人民政府, … - 某某网.</summary>
    [GeneratedRegex(@"\s*[-－—–]+\s*[^-－—–\s]{2,20}(人民政府|政府|网|网站|门户|平台|政府网)\s*$")]
    private static partial Regex TitleSite();

    /// <summary>Words and runs of text: what a copy-guard hides between a paragraph's words. Blocks hidden by a page (a tab, a menu) are left to the rest.</summary>
    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "span", "font", "i", "em", "b", "strong", "small", "a", "ins", "s", "u", "sub", "sup", "label", "abbr", "cite", "code", "var", "q",
    };

    /// <summary>
    /// Removes the inline elements a browser does not show — hidden by the <c>hidden</c> attribute, by their style
    /// (display:none, visibility:hidden, font-size:0) or by a class the page's style sheet hides — which a copy-guard
    /// sows between a paragraph's words (…不彻底，&lt;span style="display:none"&gt;www.xx.com&lt;/span&gt;返黑返臭…) so
    /// that a copy carries them; how many.
    /// </summary>
    private static int RemoveHiddenInline(IElement body, IReadOnlySet<string> hiddenClasses)
    {
        var hidden = body.Descendants<IElement>()
            .Where(e => Inline.Contains(e.LocalName)
                && (e.HasAttribute("hidden") || HidingStyle().IsMatch(e.GetAttribute("style") ?? "") || e.ClassList.Any(hiddenClasses.Contains)))
            .ToList();
        foreach (var element in hidden)
            element.Remove();
        return hidden.Count;
    }

    /// <summary>The classes a page's style sheets hide with a rule of their own (.hid{display:none}).</summary>
    private static HashSet<string> HiddenClasses(IDocument document)
    {
        var classes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sheet in document.QuerySelectorAll("style"))
        {
            foreach (Match rule in CssRule().Matches(sheet.TextContent))
            {
                if (!HidingStyle().IsMatch(rule.Groups["body"].Value))
                    continue;
                foreach (var selector in rule.Groups["selectors"].Value.Split(','))
                {
                    if (SimpleClass().Match(selector.Trim()) is { Success: true } m)
                        classes.Add(m.Groups[1].Value);
                }
            }
        }
        return classes;
    }

    [GeneratedRegex(@"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0+)?\s*(?:px|pt|em|rem|%)?\s*(?:!important)?\s*(?:;|$))", RegexOptions.IgnoreCase)]
    private static partial Regex HidingStyle();

    [GeneratedRegex(@"(?<selectors>[^{}]+)\{(?<body>[^{}]*)\}")]
    private static partial Regex CssRule();

    [GeneratedRegex(@"^(?:[a-z]+)?\.([\w-]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SimpleClass();

    /// <summary>
    /// A page rendering less text than this (an application's empty mount point, a noscript notice) is read from its
    /// scripts' state when that holds an article.
    /// </summary>
    private const int MinPageText = 100;

    /// <summary>Meta tags portals put the publication date in (PubDate is the one China's government site standard names).</summary>
    private static readonly string[] DateMetas = ["PubDate", "pubdate", "publishdate", "publish_date", "firstpublishedtime", "article:published_time", "DC.Date", "dcterms.created"];

    /// <summary>
    /// The page's publication date, yyyy-MM-dd: from a meta tag, else from a 发布时间：/发布日期： line anywhere on the page
    /// (it usually stands in the article's header, outside the content); null when the page gives none.
    /// </summary>
    private static string? Published(IDocument document)
    {
        foreach (var name in DateMetas)
        {
            var meta = document.QuerySelector($"meta[name='{name}' i], meta[property='{name}' i]");
            if (meta?.GetAttribute("content") is { } content && DateOf(PageDate().Match(content)) is { } date)
                return date;
        }
        return document.Body is { } body && DateOf(PublishedLine().Match(body.TextContent)) is { } printed ? printed : null;
    }

    private static string? DateOf(Match m)
    {
        if (!m.Success)
            return null;
        var (y, mo, d) = (int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture));
        return y is >= 1990 and <= 2100 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? $"{y:0000}-{mo:00}-{d:00}" : null;
    }

    [GeneratedRegex(@"(?<y>\d{4})[-/.年](?<m>\d{1,2})[-/.月](?<d>\d{1,2})")]
    private static partial Regex PageDate();

    [GeneratedRegex(@"(?:发布时间|发布日期|发文日期|发稿时间|日期)\s*[:：]\s*(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})")]
    private static partial Regex PublishedLine();

    /// <summary>
    /// Named as furniture, and short on text of its own: a container called print-content or article-header that holds
    /// the plan (more than <see cref="MaxFurnitureText"/> characters outside links) is kept.
    /// </summary>
    private static bool IsFurniture(IElement element, Dictionary<IElement, Weight> scores) =>
        (Furniture().IsMatch(element.Id ?? "") || element.ClassList.Any(c => Furniture().IsMatch(c)))
        && scores[element].Score <= MaxFurnitureText;

    private const int MaxFurnitureText = 300;

    /// <summary>The deepest nesting of a page's markup read; real pages nest a few dozen deep.</summary>
    public const int MaxDepth = 1000;

    /// <summary>Elements that need no end tag (void, or closed by what follows): not counted as nesting.</summary>
    private static readonly HashSet<string> Unnested = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rt", "rp", "html", "head", "body",
    };

    /// <summary>How deep the page's tags nest, counted from the markup before it is parsed (open tags less end tags).</summary>
    private static int TagDepth(string html)
    {
        int depth = 0, deepest = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            if (Unnested.Contains(tag.Groups["name"].Value) || tag.Groups["self"].Success)
                continue;
            depth = tag.Groups["end"].Success ? Math.Max(0, depth - 1) : depth + 1;
            deepest = Math.Max(deepest, depth);
        }
        return deepest;
    }

    [GeneratedRegex(@"<(?<end>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?(?<self>/)?>")]
    private static partial Regex Tag();

    /// <summary>An element's text outside links (links twice discounted) and its depth below the body.</summary>
    private readonly record struct Weight(int Text, int Links, int Depth)
    {
        public int Score => Text - 2 * Links;
    }

    /// <summary>Every element's <see cref="Weight"/>, in one pass over the tree: each element's text is counted once, not once per ancestor.</summary>
    private static Dictionary<IElement, Weight> Scores(IElement body)
    {
        var weights = new Dictionary<IElement, Weight>();
        var stack = new Stack<(IElement Element, int Depth, bool Done)>();
        stack.Push((body, 0, false));
        while (stack.Count > 0)
        {
            var (element, depth, done) = stack.Pop();
            if (!done)
            {
                stack.Push((element, depth, true));
                // Pushed last to first, so they are weighed first to last: ties between elements go to the earlier.
                foreach (var child in element.Children.Reverse())
                    stack.Push((child, depth + 1, false));
                continue;
            }
            var text = 0;
            var links = 0;
            foreach (var node in element.ChildNodes)
            {
                if (node is IText t)
                    text += Visible(t.Data);
                else if (node is IElement child && weights.TryGetValue(child, out var w))
                {
                    text += w.Text;
                    links += w.Links;
                }
            }
            weights[element] = new Weight(text, element.LocalName == "a" ? text : links, depth);
        }
        return weights;
    }

    /// <summary>The element with the most text that is not links (twice discounted), the deepest within 5 % of the best.</summary>
    private static IElement MainContent(IElement body, Dictionary<IElement, Weight> scores)
    {
        var candidates = scores.Where(s => s.Key == body || s.Key.LocalName is "div" or "article" or "section" or "td" or "main").ToList();
        var best = candidates.Max(s => s.Value.Score);
        return candidates.Where(s => s.Value.Score >= best * 0.95).OrderByDescending(s => s.Value.Depth).First().Key;
    }

    private static int Visible(string text) => text.Count(c => !char.IsWhiteSpace(c));

    private static void Render(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                // Preformatted text (a notice pasted into <pre>) keeps its lines, as a browser shows them.
                case IText t when t.ParentElement?.Closest("pre") is not null:
                    text.Append(t.Data.Replace("\r\n", "\n").Replace('\r', '\n'));
                    break;
                case IText t:
                    text.Append(Regex.Replace(t.Data, @"[ \t\r\n\u00A0]+", " "));
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement { LocalName: "table" } table:
                    EndLine(text);
                    RenderTable(table, text);
                    break;
                case IElement { LocalName: "li", ParentElement: { LocalName: "ol" } list } item:
                    // The number a browser prints before an ordered list's item (a CMS keeps Word's automatic numbering
                    // as <ol start="2"><li>), run into the item's first line.
                    var inner = new StringBuilder();
                    Render(item, inner);
                    EndLine(text);
                    text.Append(ListNumber(list, item)).Append(inner.ToString().TrimStart());
                    EndLine(text);
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    EndLine(text);
                    Render(element, text);
                    EndLine(text);
                    break;
                case IElement element:
                    if (text.Length > 0 && !char.IsWhiteSpace(text[^1]) && FollowsComponent(element))
                        text.Append(' ');
                    Render(element, text);
                    break;
            }
        }
    }

    /// <summary>
    /// The number of <paramref name="item"/> in the ordered <paramref name="list"/> as a browser prints it: from the list's
    /// start (an item's value sets its own and those after it), in the list's style (list-style-type or type: decimal
    /// 1., Chinese 一、, letters a., roman i.; none prints nothing).
    /// </summary>
    private static string ListNumber(IElement list, IElement item)
    {
        var n = int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
        foreach (var li in list.Children.Where(c => c.LocalName == "li"))
        {
            if (int.TryParse(li.GetAttribute("value"), out var value))
                n = value;
            if (li == item)
                break;
            n++;
        }
        var style = ListStyle().Match(list.GetAttribute("style") ?? "") is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : list.GetAttribute("type");
        return style switch
        {
            "none" => "",
            "cjk-ideographic" or "simp-chinese-informal" or "trad-chinese-informal" or "cjk-decimal" => NumberFormats.Chinese(n) + "、",
            "lower-alpha" or "lower-latin" or "a" => NumberFormats.Format(n, "lowerLetter") + ".",
            "upper-alpha" or "upper-latin" or "A" => NumberFormats.Format(n, "upperLetter") + ".",
            "lower-roman" or "i" => NumberFormats.Format(n, "lowerRoman") + ".",
            "upper-roman" or "I" => NumberFormats.Format(n, "upperRoman") + ".",
            _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".",
        };
    }

    [GeneratedRegex(@"list-style-type\s*:\s*([a-zA-Z-]+)")]
    private static partial Regex ListStyle();

    /// <summary>
    /// True when <paramref name="element"/> stands right after a sibling element of another class, with no text between
    /// them: a page's components laid side by side by its style sheet (<c>&lt;span class="k"&gt;整改目标&lt;/span&gt;&lt;span
    /// class="v"&gt;…</c>, a card's number and its text, a date's label and value), which a browser parts by padding and the
    /// text would run together (整改目标城区…). A word processor's runs (spans without a class, or of one class) are left
    /// joined: they split words.
    /// </summary>
    private static bool FollowsComponent(IElement element)
    {
        if (string.IsNullOrEmpty(element.ClassName))
            return false;
        for (var node = element.PreviousSibling; node is not null; node = node.PreviousSibling)
        {
            if (node is IText t && string.IsNullOrWhiteSpace(t.Data))
                continue;
            return node is IElement previous && !string.IsNullOrEmpty(previous.ClassName) && previous.ClassName != element.ClassName;
        }
        return false;
    }

    /// <summary>The most columns or rows one cell is read to span (HTML's own limit on colspan is 1,000).</summary>
    private const int MaxSpan = 1000;

    /// <summary>
    /// A table as rows of tab-separated cells on a grid: a cell spanning rows (rowspan) or columns (colspan) is written in
    /// its first row and column, and the places it covers below or beside it are empty cells — as a sheet's merged
    /// cells are read (<see cref="Xlsx.XlsxText"/>), so that a row continuing a problem (its next measure) keeps its
    /// measure in the measures column. The rows of a table nested in such a table's cell are that cell's text. A table
    /// with a table inside it and no problem list's header among its rows lays a page out (an older portal's columns of
    /// navigation and article): its cells are read as blocks, one after another, and the tables inside each as tables.
    /// </summary>
    private static void RenderTable(IElement table, StringBuilder text)
    {
        var ownRows = table.QuerySelectorAll("tr").Where(r => OwnTable(r) == table).ToList();
        static IEnumerable<IElement> CellsOf(IElement row) => row.Children.Where(c => c.LocalName is "td" or "th");
        // A table laying out a page (tables inside it and no header naming fields, or one column whose cells hold the
        // page's blocks: <td><p>…</p><p>…</p></td>, <td><pre>…</pre></td>) is read cell by cell, each as blocks.
        if ((table.QuerySelector("table") is not null || ownRows.All(r => CellsOf(r).Count() <= 1) && ownRows.Any(r => CellsOf(r).Any(HoldsBlocks)))
            && !ownRows.Any(r => TableHeaders.Of(CellsOf(r).Select(c => Regex.Replace(c.TextContent, @"\s+", "")).ToList()).Header))
        {
            foreach (var cell in ownRows.SelectMany(CellsOf))
            {
                if (IsLinkList(cell))
                    continue; // a column of navigation
                EndLine(text);
                Render(cell, text);
                EndLine(text);
            }
            return;
        }
        var covered = new Dictionary<int, int>();
        foreach (var row in ownRows)
        {
            var cells = new List<string>();
            void Covered()
            {
                while (covered.TryGetValue(cells.Count, out var rows) && rows > 0)
                {
                    covered[cells.Count] = rows - 1;
                    cells.Add("");
                }
            }
            foreach (var cell in CellsOf(row))
            {
                Covered();
                var (rowSpan, colSpan) = (Span(cell, "rowspan"), Span(cell, "colspan"));
                for (var k = 0; k < colSpan; k++)
                {
                    if (rowSpan > 1)
                        covered[cells.Count] = rowSpan - 1;
                    cells.Add(k == 0 ? Cell(cell) : "");
                }
            }
            // Columns covered from above after the row's last cell.
            var last = covered.Where(c => c.Value > 0).Select(c => c.Key).DefaultIfEmpty(-1).Max();
            while (cells.Count <= last)
            {
                if (covered.TryGetValue(cells.Count, out var rows) && rows > 0)
                    covered[cells.Count] = rows - 1;
                cells.Add("");
            }
            text.Append(string.Join('	', cells).TrimEnd('\t')).Append('\n');
        }
    }

    /// <summary>A cell holding a page's blocks (paragraphs, divisions, preformatted text), not a value.</summary>
    private static bool HoldsBlocks(IElement cell) => cell.Children.Any(c => c.LocalName is "p" or "div" or "pre" or "section" or "article");

    /// <summary>A cell that is mostly links (a menu, a list of columns): half its text or more is links' text.</summary>
    private static bool IsLinkList(IElement cell)
    {
        var all = Regex.Replace(cell.TextContent, @"\s+", "").Length;
        var links = cell.QuerySelectorAll("a").Sum(a => Regex.Replace(a.TextContent, @"\s+", "").Length);
        return all > 0 && links * 2 >= all;
    }

    /// <summary>The table a row belongs to: its nearest table ancestor.</summary>
    private static IElement? OwnTable(IElement row)
    {
        for (var e = row.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == "table")
                return e;
        }
        return null;
    }

    /// <summary>A cell's rowspan or colspan: 1 when absent or unreadable, at most <see cref="MaxSpan"/>.</summary>
    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), out var span) ? Math.Clamp(span, 1, MaxSpan) : 1;

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
