namespace Rectify.Search.Core.Text;

/// <summary>
/// Folds text for analysis, one character for one so that offsets in the folded text are offsets in the
/// original: full-width forms to ASCII (ＰＭ２．５ → PM2.5), traditional to simplified characters (OpenCC's
/// TSCharacters, first candidate) with OpenCC's phrase table where a phrase maps to one of equal length
/// (一目瞭然 → 一目了然, where 瞭 alone would stay 瞭), and the radicals a PDF's text layer gives for characters
/// (⽣态 → 生态, <see cref="RadicalForms"/>).
/// </summary>
public sealed class TextNormalizer
{
    private readonly char[] _map = new char[65536];
    private readonly Dictionary<string, string> _phrases = new(StringComparer.Ordinal);
    private readonly bool[] _phraseStart = new bool[65536];
    private readonly int _maxPhrase;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;

    private TextNormalizer(IEnumerable<string> characters, IEnumerable<string> phrases)
    {
        for (var i = 0; i < _map.Length; i++)
            _map[i] = WidthFolding.FoldChar((char)i);
        foreach (var (from, to) in Pairs(characters))
        {
            if (from.Length == 1 && to.Length == 1)
                _map[from[0]] = to[0];
        }
        // A radical a PDF gave for a character (⽣ for 生) folds as that character does (⻑ → 長 → 长).
        foreach (var (radical, character) in RadicalForms.Pairs)
            _map[radical] = _map[character];
        foreach (var (from, to) in Pairs(phrases))
        {
            if (from.Length != to.Length || from.Any(char.IsSurrogate) || to.Any(char.IsSurrogate))
                continue;
            _phrases[from] = to;
            _phraseStart[from[0]] = true;
            _maxPhrase = Math.Max(_maxPhrase, from.Length);
        }
        _phraseLookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static readonly Lazy<TextNormalizer> Shared = new(() =>
        new TextNormalizer(EmbeddedText.Lines("opencc/TSCharacters.txt"), EmbeddedText.Lines("opencc/TSPhrases.txt")));

    /// <summary>The process-wide normalizer over the shipped OpenCC tables.</summary>
    public static TextNormalizer Default => Shared.Value;

    /// <summary>Normalizes <paramref name="text"/> in place.</summary>
    public void Normalize(Span<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (_phraseStart[text[i]] && TryPhrase(text, i) is var len and > 0)
            {
                i += len - 1;
                continue;
            }
            text[i] = _map[text[i]];
        }
    }

    /// <summary>One character folded on its own (no phrase context).</summary>
    public char Fold(char c) => _map[c];

    /// <summary>Returns <paramref name="text"/> normalized.</summary>
    public string Normalize(string text)
    {
        var chars = text.ToCharArray();
        Normalize(chars);
        return new string(chars);
    }

    private int TryPhrase(Span<char> text, int i)
    {
        for (var len = Math.Min(_maxPhrase, text.Length - i); len >= 2; len--)
        {
            if (_phraseLookup.TryGetValue(text.Slice(i, len), out var replacement))
            {
                replacement.AsSpan().CopyTo(text.Slice(i, len));
                return len;
            }
        }
        return 0;
    }

    private static IEnumerable<(string From, string To)> Pairs(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0)
                continue;
            var to = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (to.Length > 0)
                yield return (line[..tab], to[0]);
        }
    }
}
