using Lucene.Net.Analysis;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Analysis.Lucene;

/// <summary>
/// Char filter that folds full-width forms and traditional characters before the tokenizer sees the text
/// (ＰＭ２．５ → PM2.5, 污水管網 → 污水管网). The mapping is one character for one, so offsets need no correction.
/// It reads its whole input on first use: field values here are paragraphs, and phrase conversion needs context.
/// </summary>
public sealed class NormalizingCharFilter(TextReader input, TextNormalizer normalizer) : CharFilter(input)
{
    private char[]? _text;
    private int _position;

    public override int Read(char[] buffer, int index, int count)
    {
        _text ??= Normalize();
        var n = Math.Min(count, _text.Length - _position);
        if (n <= 0)
            return 0;
        Array.Copy(_text, _position, buffer, index, n);
        _position += n;
        return n;
    }

    public override int Read()
    {
        _text ??= Normalize();
        return _position < _text.Length ? _text[_position++] : -1;
    }

    protected override int Correct(int currentOff) => currentOff;

    private char[] Normalize()
    {
        var text = m_input.ReadToEnd().ToCharArray();
        normalizer.Normalize(text);
        return text;
    }
}
