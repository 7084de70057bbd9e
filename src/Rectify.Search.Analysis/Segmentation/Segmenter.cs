using Rectify.Search.Analysis.Dictionaries;

namespace Rectify.Search.Analysis.Segmentation;

/// <summary>
/// Segments Chinese text. Numbers, dates, units and Latin tokens are read whole first; each run of Chinese
/// characters is then cut along the maximum-probability path through its word lattice (every dictionary word
/// starting at every position), and runs of single characters the dictionary does not know are handed to the
/// HMM. Stateless and allocation-light: one instance serves every thread.
/// </summary>
public sealed class Segmenter(WordDictionary dictionary, HmmModel hmm)
{
    /// <summary>The dictionary the segmenter walks.</summary>
    public WordDictionary Dictionary => dictionary;

    /// <summary>Appends the segments of <paramref name="text"/> (already width-folded and simplified) to <paramref name="output"/>.</summary>
    public void Segment(ReadOnlySpan<char> text, List<SegmentToken> output, SegmentMode mode = SegmentMode.Query)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (CharClass.IsDigit(c))
            {
                var len = NumberScanner.ArabicNumber(text, i);
                output.Add(new SegmentToken(i, len, TokenKind.Number));
                i += len;
                continue;
            }
            if (CharClass.IsLatin(c))
            {
                var len = NumberScanner.Latin(text, i);
                output.Add(new SegmentToken(i, len, TokenKind.Latin));
                i += len;
                continue;
            }
            if (CharClass.IsHan(c))
            {
                var j = i + 1;
                while (j < text.Length && CharClass.IsHan(text[j]))
                    j++;
                SegmentHanRun(text, i, j, output, mode);
                i = j;
                continue;
            }
            var width = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            // A Chinese dash (——) or ellipsis (……) is one mark written with two or more characters.
            if (c is '—' or '…')
            {
                while (i + width < text.Length && text[i + width] == c)
                    width++;
            }
            output.Add(new SegmentToken(i, width, TokenKind.Punctuation));
            i += width;
        }
    }

    /// <summary>Cuts a run of Chinese characters, taking Chinese-numeral dates out whole first.</summary>
    private void SegmentHanRun(ReadOnlySpan<char> text, int start, int end, List<SegmentToken> output, SegmentMode mode)
    {
        var from = start;
        for (var k = start; k < end;)
        {
            var date = CharClass.IsHanNumeral(text[k]) && (k == start || !CharClass.IsHanNumeral(text[k - 1])) ? NumberScanner.HanDate(text[..end], k) : 0;
            if (date == 0)
            {
                k++;
                continue;
            }
            if (k > from)
                CutByLattice(text, from, k, output, mode);
            output.Add(new SegmentToken(k, date, TokenKind.Number));
            k += date;
            from = k;
        }
        if (end > from)
            CutByLattice(text, from, end, output, mode);
    }

    private void CutByLattice(ReadOnlySpan<char> text, int start, int end, List<SegmentToken> output, SegmentMode mode)
    {
        var n = end - start;
        var s = text[start..end];
        Span<float> best = n < 512 ? stackalloc float[n + 1] : new float[n + 1];
        Span<int> next = n < 512 ? stackalloc int[n + 1] : new int[n + 1];
        best[n] = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            var bestScore = float.NegativeInfinity;
            var bestEnd = i + 1;
            var node = WordDictionary.Root;
            for (var j = i; j < n; j++)
            {
                node = dictionary.Child(node, s[j]);
                if (node == 0)
                    break;
                if (!dictionary.IsWord(node))
                    continue;
                var score = dictionary.LogProb(node) + best[j + 1];
                if (score > bestScore)
                {
                    bestScore = score;
                    bestEnd = j + 1;
                }
            }
            if (float.IsNegativeInfinity(bestScore))
                bestScore = dictionary.UnknownLogProb + best[i + 1];
            best[i] = bestScore;
            next[i] = bestEnd;
        }

        // Walk the best path; single characters in a row that do not form a known word go to the HMM together.
        var bufferStart = -1;
        for (var i = 0; i < n;)
        {
            var e = next[i];
            if (e - i == 1)
            {
                if (bufferStart < 0)
                    bufferStart = i;
            }
            else
            {
                if (bufferStart >= 0)
                {
                    FlushSingles(s, bufferStart, i, start, output);
                    bufferStart = -1;
                }
                Emit(s, i, e, start, output, mode);
            }
            i = e;
        }
        if (bufferStart >= 0)
            FlushSingles(s, bufferStart, n, start, output);
    }

    /// <summary>
    /// Emits a run of single characters the best path left alone. A character that is a common word by itself
    /// (的, 是, 在) stands alone; the stretches between such characters go to the HMM, which finds the words the
    /// dictionary does not know (names, new terms) without gluing function words onto them.
    /// </summary>
    private void FlushSingles(ReadOnlySpan<char> s, int from, int to, int offset, List<SegmentToken> output)
    {
        var k = from;
        while (k < to)
        {
            if (IsCommonSingle(s[k]))
            {
                output.Add(new SegmentToken(offset + k, 1, TokenKind.Word));
                k++;
                continue;
            }
            var j = k + 1;
            while (j < to && !IsCommonSingle(s[j]))
                j++;
            CutUnknown(s, k, j, offset, output);
            k = j;
        }
    }

    /// <summary>
    /// A single character at least this frequent in the dictionary (of ~60 million counted words) is trusted as a
    /// word on its own. F1 on SIGHAN 2005 is flat for thresholds from 100 to 2000; 2000 leaves the HMM the most work.
    /// </summary>
    public const int CommonSingleFrequency = 2000;

    private bool IsCommonSingle(char c) => dictionary.Frequency([c]) >= CommonSingleFrequency;

    private void CutUnknown(ReadOnlySpan<char> s, int from, int to, int offset, List<SegmentToken> output)
    {
        var run = s[from..to];
        if (run.Length == 1 || dictionary.Contains(run))
        {
            for (var k = from; k < to; k++)
                output.Add(new SegmentToken(offset + k, 1, TokenKind.Word));
            return;
        }
        Span<int> ends = run.Length <= 256 ? stackalloc int[run.Length] : new int[run.Length];
        var count = hmm.Cut(run, ends);
        var begin = 0;
        for (var k = 0; k < count; k++)
        {
            output.Add(new SegmentToken(offset + from + begin, ends[k] - begin, TokenKind.Word));
            begin = ends[k];
        }
    }

    private void Emit(ReadOnlySpan<char> s, int from, int to, int offset, List<SegmentToken> output, SegmentMode mode)
    {
        output.Add(new SegmentToken(offset + from, to - from, TokenKind.Word));
        if (mode != SegmentMode.Index || to - from < 3)
            return;
        // Index mode: every dictionary word of two or more characters inside the word, at the word's position.
        for (var i = from; i < to; i++)
        {
            var node = WordDictionary.Root;
            for (var j = i; j < to; j++)
            {
                node = dictionary.Child(node, s[j]);
                if (node == 0)
                    break;
                if (j - i >= 1 && dictionary.IsWord(node) && !(i == from && j == to - 1))
                    output.Add(new SegmentToken(offset + i, j + 1 - i, TokenKind.Word, SubWord: true));
            }
        }
    }
}
