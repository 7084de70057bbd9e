namespace Rectify.Search.Core.Text;

/// <summary>
/// Folds full-width ASCII forms (ＰＭ２．５, （一）, ：) to their half-width forms, one character for one,
/// so that offsets in the folded text are offsets in the original: parse the folded copy, display the original.
/// </summary>
public static class WidthFolding
{
    /// <summary>Returns <paramref name="text"/> with U+FF01–U+FF5E and the ideographic space folded to ASCII.</summary>
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
        _ => c,
    };

    private static int IndexOfFoldable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is (>= '\uFF01' and <= '\uFF5E') or '\u3000')
                return i;
        }
        return -1;
    }
}
