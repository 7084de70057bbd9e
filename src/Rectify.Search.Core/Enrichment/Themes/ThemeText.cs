using System.Text;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Enrichment.Themes;

/// <summary>
/// A text prepared for theme matching: normalized as the analyzer does (full width, traditional forms), lower-cased,
/// without spaces and quotation marks (能耗“双控” reads 能耗双控), with its clauses and the spans that only mention
/// things: document titles 《…》, examples (，如… 例如… to the end of the sentence) and views reported (认为… likewise).
/// </summary>
public sealed class ThemeText
{
    private const string Dropped = "“”‘’\"'「」『』";
    private const string ClauseEnds = "，,。；;！？!?\n";
    private const string SentenceEnds = "。；;！？!?\n";
    private static readonly string[] ExampleOpeners = ["例如", "比如", "诸如", "譬如"];
    // 如 opens an example at the head of a clause (，如在…等方面), not in 如期, 如实, 如何, 如果, 如下, 如此.
    private const string NotExampleAfterRu = "期实何果下此同数";

    private readonly bool[] _mentionOnly;

    private ThemeText(string folded)
    {
        Folded = folded;
        _mentionOnly = new bool[folded.Length];
        MarkMentions();
    }

    /// <summary>The folded text matching runs on.</summary>
    public string Folded { get; }

    /// <summary>Prepares <paramref name="text"/>.</summary>
    public static ThemeText Of(string text) => new(Fold(text));

    /// <summary>Folds a phrase or text the way matching sees it.</summary>
    public static string Fold(string text)
    {
        var normalized = TextNormalizer.Default.Normalize(text);
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c) && Dropped.IndexOf(c) < 0)
                sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>
    /// The actions a text tells one after another, parted by semicolons outside brackets and quotation marks
    /// (实施提标改造工程；强化在线监测；加快管网建设。); a piece too short to be an action on its own (a word of a list)
    /// stays with the one before.
    /// </summary>
    public static IReadOnlyList<string> Actions(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ';';
            if (Openers.Contains(c))
                depth++;
            else if (Closers.Contains(c))
                depth = Math.Max(0, depth - 1);
            else if (c is ';' or '；' && depth == 0)
            {
                var part = text[start..i].Trim();
                if (part.Length < MinActionLength && parts.Count > 0)
                    parts[^1] += "；" + part;
                else if (part.Length > 0)
                    parts.Add(part);
                start = i + 1;
            }
        }
        return parts;
    }

    private const string Openers = "(（[【〔《“‘";
    private const string Closers = ")）]】〕》”’";

    /// <summary>The fewest characters an action of <see cref="Actions"/> holds.</summary>
    private const int MinActionLength = 6;

    /// <summary>True when the character at <paramref name="index"/> is only mentioned (a title, an example, a view).</summary>
    public bool IsMentionOnly(int index) => _mentionOnly[index];

    /// <summary>The clause (between ， 。 ；) holding the character at <paramref name="index"/>.</summary>
    public string ClauseAt(int index)
    {
        var start = index;
        while (start > 0 && ClauseEnds.IndexOf(Folded[start - 1]) < 0)
            start--;
        var end = index;
        while (end < Folded.Length && ClauseEnds.IndexOf(Folded[end]) < 0)
            end++;
        return Folded[start..end];
    }

    private void MarkMentions()
    {
        var t = Folded;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] == '《')
            {
                var close = t.IndexOf('》', i + 1);
                Mark(i, close < 0 ? t.Length : close + 1);
            }
            else if (At(i, "认为") || ExampleOpeners.Any(o => At(i, o)) || IsExampleRu(i))
            {
                Mark(i, SentenceEnd(i));
            }
        }
    }

    private bool IsExampleRu(int i) =>
        Folded[i] == '如' && (i == 0 || ClauseEnds.IndexOf(Folded[i - 1]) >= 0)
        && i + 1 < Folded.Length && NotExampleAfterRu.IndexOf(Folded[i + 1]) < 0;

    private bool At(int i, string word) => string.CompareOrdinal(Folded, i, word, 0, word.Length) == 0;

    private int SentenceEnd(int from)
    {
        for (var j = from; j < Folded.Length; j++)
        {
            if (SentenceEnds.IndexOf(Folded[j]) >= 0)
                return j;
        }
        return Folded.Length;
    }

    private void Mark(int from, int to)
    {
        for (var j = from; j < to && j < _mentionOnly.Length; j++)
            _mentionOnly[j] = true;
    }
}
