namespace Rectify.Search.Analysis.Evaluation;

/// <summary>The result of segmenting one test set: accuracy against its gold file and single-thread speed.</summary>
public sealed record BenchmarkResult(string Name, SegmentationScore Score, long Characters, TimeSpan Elapsed, int Iterations)
{
    public double CharactersPerSecond => Characters * (double)Iterations / Elapsed.TotalSeconds;
}
