using System.Diagnostics;
using Rectify.Search.Analysis.Segmentation;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Analysis.Evaluation;

/// <summary>
/// Segments a SIGHAN-style test set (one sentence per line) and scores it against its gold file (words separated by
/// spaces). Speed is measured on one thread over the whole text after a warm-up, normalization included, as the
/// analyzer runs it.
/// </summary>
public static class SegmentationBenchmark
{
    public static BenchmarkResult Run(string name, IReadOnlyList<string> test, IReadOnlyList<string> gold, Segmenter segmenter, TextNormalizer normalizer, int iterations)
    {
        if (test.Count != gold.Count)
            throw new ArgumentException($"{name}: the test file has {test.Count} lines but the gold file has {gold.Count}");
        var tokens = new List<SegmentToken>();
        var score = SegmentationScore.Zero;
        for (var i = 0; i < test.Count; i++)
        {
            tokens.Clear();
            segmenter.Segment(normalizer.Normalize(test[i]), tokens);
            score += SegmentationScore.Score(GoldLengths(gold[i]), tokens.Select(t => t.Length).ToList());
        }

        var characters = test.Sum(l => (long)l.Length);
        var buffer = new char[test.Max(l => l.Length)];
        void SegmentAll()
        {
            foreach (var line in test)
            {
                var span = buffer.AsSpan(0, line.Length);
                line.AsSpan().CopyTo(span);
                normalizer.Normalize(span);
                tokens.Clear();
                segmenter.Segment(span, tokens);
            }
        }
        SegmentAll();
        var watch = Stopwatch.StartNew();
        for (var k = 0; k < iterations; k++)
            SegmentAll();
        watch.Stop();
        return new BenchmarkResult(name, score, characters, watch.Elapsed, iterations);
    }

    /// <summary>Scores an existing segmentation (another segmenter's output, words separated by spaces).</summary>
    public static SegmentationScore ScoreOutput(IReadOnlyList<string> output, IReadOnlyList<string> gold)
    {
        var score = SegmentationScore.Zero;
        for (var i = 0; i < Math.Min(output.Count, gold.Count); i++)
            score += SegmentationScore.Score(GoldLengths(gold[i]), GoldLengths(output[i]));
        return score;
    }

    private static List<int> GoldLengths(string line) =>
        line.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).ToList();
}
