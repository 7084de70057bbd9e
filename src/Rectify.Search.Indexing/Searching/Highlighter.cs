using System.Text;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Indexing.Searching;

/// <summary>
/// Builds highlights: the sentence(s) of a text that match the query best, HTML-escaped, with each match wrapped
/// in &lt;em&gt;…&lt;/em&gt; on the exact characters of the original text. Matching runs on the normalized text
/// (full width, traditional forms, case), which has the original's length, so its offsets are the original's.
/// </summary>
public static class Highlighter
{
    private const int MaxSentences = 2, MaxPassage = 160;
    private static readonly char[] SentenceEnds = ['。', '；', ';', '！', '？', '!', '?', '\n'];

    /// <summary>True when a passage marks a match.</summary>
    public static bool HasMark(string passage) => passage.Contains("<em>", StringComparison.Ordinal);

    public static IReadOnlyList<string> Highlight(string text, IReadOnlyList<string> needles)
    {
        if (text.Length == 0)
            return [];
        var folded = TextNormalizer.Default.Normalize(text).ToLowerInvariant();
        var marks = new bool[text.Length];
        var keys = needles.Select(n => TextNormalizer.Default.Normalize(n).ToLowerInvariant()).Where(n => n.Length > 0).Distinct().ToList();
        var found = new List<(int Start, int End, int Needle)>();
        for (var k = 0; k < keys.Count; k++)
        {
            for (var at = folded.IndexOf(keys[k], StringComparison.Ordinal); at >= 0; at = folded.IndexOf(keys[k], at + 1, StringComparison.Ordinal))
            {
                found.Add((at, at + keys[k].Length, k));
                for (var c = at; c < at + keys[k].Length; c++)
                    marks[c] = true;
            }
        }

        var sentences = Sentences(text);
        var scored = sentences
            .Select((s, index) => (s.Start, s.End, Index: index,
                Score: found.Where(f => f.Start >= s.Start && f.End <= s.End).Select(f => f.Needle).Distinct().Count()))
            .ToList();
        var chosen = scored.Where(s => s.Score > 0).OrderByDescending(s => s.Score).ThenBy(s => s.Index).Take(MaxSentences).OrderBy(s => s.Index).ToList();
        if (chosen.Count == 0)
            chosen = [scored[0]];
        return chosen.Select(s => Render(text, marks, s.Start, s.End)).ToList();
    }

    private static List<(int Start, int End)> Sentences(string text)
    {
        var list = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (Array.IndexOf(SentenceEnds, text[i]) >= 0)
            {
                if (i + 1 > start && !text.AsSpan(start, i + 1 - start).IsWhiteSpace())
                    list.Add((start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.Length && !text.AsSpan(start).IsWhiteSpace())
            list.Add((start, text.Length));
        return list.Count > 0 ? list : [(0, text.Length)];
    }

    /// <summary>Escapes and marks text[start..end]; a long sentence is cut around its first match.</summary>
    private static string Render(string text, bool[] marks, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        var prefix = "";
        var suffix = "";
        if (end - start > MaxPassage)
        {
            var first = Array.FindIndex(marks, start, end - start, m => m);
            var from = first < 0 ? start : Math.Max(start, first - MaxPassage / 3);
            var to = Math.Min(end, from + MaxPassage);
            prefix = from > start ? "…" : "";
            suffix = to < end ? "…" : "";
            (start, end) = (from, to);
        }
        var sb = new StringBuilder(prefix);
        var open = false;
        for (var i = start; i < end; i++)
        {
            if (marks[i] && !open)
            {
                sb.Append("<em>");
                open = true;
            }
            else if (!marks[i] && open)
            {
                sb.Append("</em>");
                open = false;
            }
            switch (text[i])
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(text[i]); break;
            }
        }
        if (open)
            sb.Append("</em>");
        return sb.Append(suffix).ToString();
    }
}
