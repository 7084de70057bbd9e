namespace Rectify.Search.Analysis.Evaluation;

/// <summary>Word-level precision, recall and F1 of a segmentation against a gold standard.</summary>
public sealed record SegmentationScore(long GoldWords, long OutputWords, long CorrectWords)
{
    public double Precision => OutputWords == 0 ? 0 : (double)CorrectWords / OutputWords;

    public double Recall => GoldWords == 0 ? 0 : (double)CorrectWords / GoldWords;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>
    /// Scores one sentence: a word is correct when the output has a word with the same start and end
    /// (the SIGHAN scoring rule). Both lists give word lengths in order over the same characters.
    /// </summary>
    public static SegmentationScore Score(IReadOnlyList<int> goldLengths, IReadOnlyList<int> outputLengths)
    {
        int g = 0, o = 0, gPos = 0, oPos = 0;
        long correct = 0;
        while (g < goldLengths.Count && o < outputLengths.Count)
        {
            if (gPos == oPos && goldLengths[g] == outputLengths[o])
                correct++;
            var gEnd = gPos + goldLengths[g];
            var oEnd = oPos + outputLengths[o];
            if (gEnd <= oEnd)
            {
                gPos = gEnd;
                g++;
            }
            if (oEnd <= gEnd)
            {
                oPos = oEnd;
                o++;
            }
        }
        return new SegmentationScore(goldLengths.Count, outputLengths.Count, correct);
    }

    public static SegmentationScore operator +(SegmentationScore a, SegmentationScore b) =>
        new(a.GoldWords + b.GoldWords, a.OutputWords + b.OutputWords, a.CorrectWords + b.CorrectWords);

    public static SegmentationScore Zero { get; } = new(0, 0, 0);
}
