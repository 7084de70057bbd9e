namespace Rectify.Search.Core.Text;

/// <summary>
/// Folds full-width ASCII forms (ＰＭ２．５, （一）, ：) to their half-width forms, and the other forms a colon or a mark is
/// printed in (∶, ﹕, ︰) to the mark, one character for one,
/// so that offsets in the folded text are offsets in the original: parse the folded copy, display the original.
/// </summary>
public static class WidthFolding
{
    /// <summary>Returns <paramref name="text"/> with U+FF01–U+FF5E and the ideographic space folded to ASCII, and colons and marks in other forms to the marks.</summary>
    public static string Fold(string text)
    {
        var index = IndexOfFoldable(text);
        if (index < 0)
            return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = FoldChar(source[i]);
        });
    }

    /// <summary>Folds one character.</summary>
    public static char FoldChar(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        // What a copy prints for a colon — the ratio sign (整改目标∶), a small or vertical form (︰ ﹕ ︓) — and the small and
        // vertical forms of the other marks, as the marks they stand for.
        '\u2236' or '\uFE30' or '\uFE55' or '\uFE13' => ':',
        '\uFE54' or '\uFE14' => ';',
        '\uFE50' or '\uFE10' => ',',
        '\uFE51' or '\uFE11' => '、',
        '\uFE52' => '.',
        '\uFE12' => '。',
        '\uFE56' or '\uFE16' => '?',
        '\uFE57' or '\uFE15' => '!',
        '\uFE59' => '(',
        '\uFE5A' => ')',
        _ => c,
    };

    private static int IndexOfFoldable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is (>= '\uFF01' and <= '\uFF5E') or '\u3000' or '\u2236' or (>= '\uFE10' and <= '\uFE16') or '\uFE30' or (>= '\uFE50' and <= '\uFE5A'))
                return i;
        }
        return -1;
    }
}
