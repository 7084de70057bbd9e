namespace Rectify.Search.Indexing.Searching;

/// <summary>
/// Reads a user's query: plain words, "exact phrases" and -exclusions (-word or -"phrase"). Nothing a user can
/// type is a syntax error: an unclosed quote runs to the end, a lone minus or stray quote is ignored, and
/// operators such as AND( or * are plain text for the analyzer (which drops what is not a word).
/// </summary>
public static class UserQuery
{
    /// <summary>The longest query accepted, in characters.</summary>
    public const int MaxLength = 1000;

    public static IReadOnlyList<QueryPart> Parse(string query)
    {
        var parts = new List<QueryPart>();
        var i = 0;
        var text = query.Replace('“', '"').Replace('”', '"').Replace('＂', '"').Replace('－', '-');
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var excluded = false;
            if (text[i] == '-' && (i == 0 || char.IsWhiteSpace(text[i - 1])) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                excluded = true;
                i++;
            }
            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                var end = close < 0 ? text.Length : close;
                Add(parts, text[(i + 1)..end], phrase: true, excluded);
                i = close < 0 ? text.Length : close + 1;
                continue;
            }
            var j = i;
            while (j < text.Length && !char.IsWhiteSpace(text[j]) && text[j] != '"')
                j++;
            Add(parts, text[i..j], phrase: false, excluded);
            i = j;
        }
        return parts;
    }

    private static void Add(List<QueryPart> parts, string text, bool phrase, bool excluded)
    {
        text = text.Trim();
        if (text.Length > 0)
            parts.Add(new QueryPart(text, phrase, excluded));
    }
}
