using System.Diagnostics;
using Lucene.Net.Analysis.TokenAttributes;

namespace Rectify.Search.Indexing.Evaluation;

/// <summary>
/// Lucene's SmartCn word segmentation as a peer of the project's segmenter in <c>rectify bench segment</c>: each line
/// cut into words by SmartCn's HMM segmenter (its analyzer, stop words aside), read back as the lengths of the spans
/// it covers; a character no token covers (punctuation it drops) counts as a word of its own, as the gold files write it.
/// </summary>
public static class SmartCnSegmentation
{
    /// <summary>Each line's word lengths (the caller scores them against its gold file), and the time of a second pass over them all.</summary>
    public static (List<List<int>> Lengths, TimeSpan Elapsed) Run(IReadOnlyList<string> lines)
    {
        using var analyzer = new LexicalPeer.SmartCnWords(keepStopWords: true);
        var all = lines.Select(l =>
        {
            var lengths = new List<int>();
            Segment(analyzer, l, lengths);
            return lengths;
        }).ToList();
        var scratch = new List<int>();
        var watch = Stopwatch.StartNew();
        foreach (var line in lines)
        {
            scratch.Clear();
            Segment(analyzer, line, scratch);
        }
        return (all, watch.Elapsed);
    }

    private static void Segment(Lucene.Net.Analysis.Analyzer analyzer, string line, List<int> lengths)
    {
        if (line.Length == 0)
            return;
        using var stream = analyzer.GetTokenStream("text", line);
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var covered = 0;
        while (stream.IncrementToken())
        {
            if (offset.StartOffset < covered)
                continue;
            for (; covered < offset.StartOffset; covered++)
            {
                if (!char.IsWhiteSpace(line[covered]))
                    lengths.Add(1);
            }
            lengths.Add(offset.EndOffset - offset.StartOffset);
            covered = offset.EndOffset;
        }
        stream.End();
        for (; covered < line.Length; covered++)
        {
            if (!char.IsWhiteSpace(line[covered]))
                lengths.Add(1);
        }
    }
}
