using Rectify.Search.Core.Reporting;

namespace Rectify.Search.Core.Tests.Reporting;

public sealed class DocumentEvaluationTests
{
    [Fact]
    public void TheDateAndCopyColumnsAreOptionalAndRead()
    {
        var read = DocumentEvaluation.ReadExpectations(
            ["# file\tregion\tyear\tproblems", "a\t410900\t2024\t2", "b\t41\t?\t0\t?\t-", "c\t410900\t2024\t2\t2024-03\ta"], "expect.tsv");
        read.Select(e => (e.File, e.RegionCode, e.Year, e.Date, e.CopyOf)).Should().Equal(
            ("a", "410900", 2024, null, null), ("b", "410000", null, "?", ""), ("c", "410900", 2024, "2024-03", "a"));
    }

    [Fact]
    public void ADateOfIssueThatIsNoDateIsRefusedNamingTheLine()
    {
        var act = () => DocumentEvaluation.ReadExpectations(["a\t410900\t2024\t2\t2024年3月"], "expect.tsv");
        act.Should().Throw<FormatException>().WithMessage("expect.tsv line 1: date of issue \"2024年3月\" is not yyyy-MM-dd, yyyy-MM, nor ? (unknown)");
    }

    [Theory]
    [InlineData("2024-03-18", "2024-03-18", true)]
    [InlineData("2024-03", "2024-03-18", true)]
    [InlineData("2024-03", "2024-04-01", false)]
    [InlineData("?", null, true)]
    [InlineData("?", "2024-03-18", false)]
    [InlineData("2024-03-18", null, false)]
    public void ADateAgreesToThePrecisionExpected(string expected, string? read, bool agrees)
    {
        var outcome = new DocumentOutcome(new DocumentExpectation("a", "410900", 2024, 1, 1) { Date = expected }, null, "410900", 2024, 1) { Date = read };
        outcome.DateAgrees.Should().Be(agrees);
    }
}
