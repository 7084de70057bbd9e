using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Rectify.Search.Analysis.Segmentation;

namespace Rectify.Search.Analysis.Lucene;

/// <summary>
/// Lucene tokenizer over the segmenter: it reads the whole field value (normalized by
/// <see cref="NormalizingCharFilter"/>), segments it, and emits words, numbers and Latin tokens with the exact
/// offsets of the original text; punctuation is dropped. In index mode the words inside a longer word follow
/// it at the same position (position increment 0).
/// </summary>
public sealed class ChineseTokenizer : Tokenizer
{
    /// <summary>Token types, as set on <see cref="ITypeAttribute"/>.</summary>
    public const string WordType = "word", NumberType = "number", LatinType = "latin";

    /// <summary>
    /// The longest term emitted: a longer token (a run of one character the segmenter cannot split, a 40,000-digit
    /// number) is cut into pieces of this length, as Lucene's standard tokenizer does. Lucene refuses a whole document
    /// holding a term past 32,766 bytes, so one uploaded line could otherwise stop every index update.
    /// </summary>
    public const int MaxTokenLength = 255;

    private readonly Segmenter _segmenter;
    private readonly SegmentMode _mode;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;
    private readonly List<SegmentToken> _tokens = [];
    private char[] _text = new char[256];
    private int _length;
    private int _next;

    public ChineseTokenizer(TextReader input, Segmenter segmenter, SegmentMode mode)
        : base(input)
    {
        _segmenter = segmenter;
        _mode = mode;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_next < _tokens.Count)
        {
            var token = _tokens[_next++];
            if (token.Kind == TokenKind.Punctuation)
                continue;
            _term.CopyBuffer(_text, token.Start, token.Length);
            if (token.Kind == TokenKind.Number)
                RemoveSpaces(); // 2025 年 12 月 is the term 2025年12月
            _offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.End));
            _position.PositionIncrement = token.SubWord ? 0 : 1;
            _type.Type = token.Kind switch
            {
                TokenKind.Number => NumberType,
                TokenKind.Latin => LatinType,
                _ => WordType,
            };
            return true;
        }
        return false;
    }

    private void RemoveSpaces()
    {
        var buffer = _term.Buffer;
        var length = 0;
        for (var k = 0; k < _term.Length; k++)
        {
            if (buffer[k] != ' ')
                buffer[length++] = buffer[k];
        }
        _term.Length = length;
    }

    public override void Reset()
    {
        base.Reset();
        _length = 0;
        int read;
        while ((read = m_input.Read(_text, _length, _text.Length - _length)) > 0)
        {
            _length += read;
            if (_length == _text.Length)
                Array.Resize(ref _text, _text.Length * 2);
        }
        _tokens.Clear();
        _segmenter.Segment(_text.AsSpan(0, _length), _tokens, _mode);
        CutLongTokens();
        _next = 0;
    }

    /// <summary>Each token longer than <see cref="MaxTokenLength"/> replaced by its pieces, in place and in order.</summary>
    private void CutLongTokens()
    {
        for (var i = 0; i < _tokens.Count; i++)
        {
            var token = _tokens[i];
            if (token.Length <= MaxTokenLength)
                continue;
            var pieces = new List<SegmentToken>();
            var start = token.Start;
            while (start < token.End)
            {
                // Never between the two halves of a surrogate pair.
                var end = Math.Min(token.End, start + MaxTokenLength);
                if (end < token.End && char.IsHighSurrogate(_text[end - 1]))
                    end--;
                pieces.Add(token with { Start = start, Length = end - start, SubWord = token.SubWord && start == token.Start });
                start = end;
            }
            _tokens.RemoveAt(i);
            _tokens.InsertRange(i, pieces);
            i += pieces.Count - 1;
        }
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }
}
