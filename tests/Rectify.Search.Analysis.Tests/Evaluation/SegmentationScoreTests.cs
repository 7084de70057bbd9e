using Rectify.Search.Analysis.Evaluation;

namespace Rectify.Search.Analysis.Tests.Evaluation;

public sealed class SegmentationScoreTests
{
    [Fact]
    public void AWordCountsOnlyWhenBothItsEndsMatch()
    {
        // gold: 共同 创造 美好 的 新 世纪 (2 2 2 1 1 2); output: 共同 创造 美好 的 新世纪 (2 2 2 1 3)
        var score = SegmentationScore.Score([2, 2, 2, 1, 1, 2], [2, 2, 2, 1, 3]);
        score.Should().Be(new SegmentationScore(6, 5, 4));
        score.Precision.Should().BeApproximately(0.8, 1e-9);
        score.Recall.Should().BeApproximately(4.0 / 6, 1e-9);
    }

    [Fact]
    public void ScoresAnotherSegmentersOutput()
    {
        SegmentationBenchmark.ScoreOutput(["共同 创造 美好 的 新世纪"], ["共同  创造  美好  的  新  世纪  "]).Should().Be(new SegmentationScore(6, 5, 4));
    }
}
