using Rectify.Search.Analysis.Lucene;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Analysis.Tests.Lucene;

public sealed class NormalizingCharFilterTests
{
    [Theory]
    [InlineData("ＰＭ２．５浓度均值", "PM2.5浓度均值")]
    [InlineData("污水管網建設", "污水管网建设")]
    [InlineData("（一）縣發改局", "(一)县发改局")]
    [InlineData("一目瞭然", "一目了然")]
    public void FoldsWidthAndTraditionalCharactersOneForOne(string input, string expected)
    {
        using var filter = new NormalizingCharFilter(new StringReader(input), TextNormalizer.Default);
        var output = filter.ReadToEnd();
        output.Should().Be(expected);
        output.Length.Should().Be(input.Length);
        filter.CorrectOffset(3).Should().Be(3);
    }
}
