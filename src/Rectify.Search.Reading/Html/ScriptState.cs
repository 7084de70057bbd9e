using System.Text;
using System.Text.Json;
using AngleSharp.Dom;

namespace Rectify.Search.Reading.Html;

/// <summary>
/// The article a page built by scripts carries in the state it hands its script (<c>window.__INITIAL_STATE__ = {…}</c>,
/// <c>var pageData = {…}</c>): a portal rebuilt as a single-page application sends an empty <c>&lt;div id="app"&gt;</c> and
/// the article as JSON, its body an HTML string beside its title and publication time. No script is run: each inline
/// script's first JSON object after an <c>=</c> is parsed, and the longest string in it that is HTML with text of
/// <see cref="MinText"/> characters or more is the article, with the title and time its object names.
/// </summary>
internal static class ScriptState
{
    /// <summary>An article's HTML and what its object says of it.</summary>
    public sealed record Article(string Html, string? Title, string? Published);

    /// <summary>Less text than this is a teaser, a menu item or a template, not an article.</summary>
    private const int MinText = 200;

    private static readonly string[] TitleKeys = ["title", "articleTitle", "name"];
    private static readonly string[] TimeKeys = ["publishTime", "pubDate", "publishDate", "releaseTime", "pubTime", "publishedAt", "createTime", "date"];

    /// <summary>The article of the page's inline scripts' state; null when none holds one.</summary>
    public static Article? Find(IDocument document)
    {
        Article? best = null;
        var bestLength = 0;
        foreach (var script in document.QuerySelectorAll("script:not([src])"))
        {
            if (Json(script.TextContent) is not { } json)
                continue;
            using (json)
            {
                foreach (var (html, title, time) in Strings(json.RootElement))
                {
                    var length = TextLength(html);
                    if (length >= MinText && length > bestLength)
                        (best, bestLength) = (new Article(html, title, time), length);
                }
            }
        }
        return best;
    }

    /// <summary>The first JSON object assigned in <paramref name="code"/>, parsed; null when there is none or it is no JSON.</summary>
    private static JsonDocument? Json(string code)
    {
        var assigned = code.IndexOf('=', StringComparison.Ordinal);
        var start = assigned < 0 ? -1 : code.IndexOf('{', assigned);
        if (start < 0)
            return null;
        var bytes = Encoding.UTF8.GetBytes(code[start..]);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            return JsonDocument.TryParseValue(ref reader, out var document) ? document : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Every string of <paramref name="element"/> that holds markup, with the title and time of the object it stands in.</summary>
    private static IEnumerable<(string Html, string? Title, string? Time)> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                string? title = null, time = null;
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind != JsonValueKind.String)
                        continue;
                    if (title is null && TitleKeys.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
                        title = property.Value.GetString();
                    if (time is null && TimeKeys.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
                        time = property.Value.GetString();
                }
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { } text && IsMarkup(text))
                        yield return (text, title, time);
                    else
                        foreach (var inner in Strings(property.Value))
                            yield return inner;
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    foreach (var inner in Strings(item))
                        yield return inner;
                break;
        }
    }

    private static bool IsMarkup(string text) =>
        text.Contains("<p", StringComparison.OrdinalIgnoreCase) || text.Contains("<div", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<table", StringComparison.OrdinalIgnoreCase) || text.Contains("<br", StringComparison.OrdinalIgnoreCase);

    /// <summary>The characters of <paramref name="html"/> outside its tags and spaces.</summary>
    private static int TextLength(string html)
    {
        var length = 0;
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
                inTag = true;
            else if (c == '>')
                inTag = false;
            else if (!inTag && !char.IsWhiteSpace(c))
                length++;
        }
        return length;
    }
}
