using System.Text;
using Rectify.Search.Core.Ingestion;
using Rectify.Search.Service.Ingestion;

namespace Rectify.Search.Service.Tests;

/// <summary>Junk as an operator meets it: refused in the project's words, at a cost no greater than holding the file.</summary>
public sealed class JunkInputTests
{
    [Fact]
    public void AMillionCharactersOnOneLineAreRefusedBeforeTheyAreParsedWithinTwiceTheirSize()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("督察整改工作推进情况良好各项措施落实到位", 300_000)));
        // Once first, so that what is loaded and compiled is not counted.
        try { PlanFileReader.Parse("one-line.txt", bytes); } catch (PlanReadException) { }
        var before = GC.GetAllocatedBytesForCurrentThread();

        var act = () => PlanFileReader.Parse("one-line.txt", bytes);

        act.Should().Throw<PlanReadException>()
            .WithMessage("one-line.txt:1: a line runs to 6,000,000 characters without a break; a plan's paragraphs run to a few thousand, so at most 200,000 are read*");
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(2L * bytes.Length, "reading it costs no more than twice its size");
    }

    [Fact]
    public void TextOfReplacementCharactersIsRefusedAsUndecodable()
    {
        var act = () => PlanFileReader.Parse("bad.txt", Encoding.UTF8.GetBytes("整改方案\n" + new string('\uFFFD', 300)));
        act.Should().Throw<PlanReadException>().WithMessage("bad.txt: the text cannot be decoded: 99 % of its characters stand for bytes no encoding could read*");
    }
}
