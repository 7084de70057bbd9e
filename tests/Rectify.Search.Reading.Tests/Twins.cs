using Rectify.Search.Core.Model;

namespace Rectify.Search.Reading.Tests;

/// <summary>What a plan read from another format must share with the plan read from its text twin.</summary>
internal static class Twins
{
    /// <summary>Asserts the same region, the same problems with every field, and the same measures in order.</summary>
    public static void ShouldMatch(this PlanDocument read, PlanDocument fromText)
    {
        read.Metadata.Region.Should().Be(fromText.Metadata.Region);
        read.Problems.Select(Shape).Should().Equal(fromText.Problems.Select(Shape));
        read.Problems.SelectMany(p => p.Measures).Select(m => (m.Ordinal, m.Text)).Should().Equal(fromText.Problems.SelectMany(p => p.Measures).Select(m => (m.Ordinal, m.Text)));
    }

    private static string Shape(Problem p) => string.Join("|",
        p.Label, p.Title, p.Text, p.Fields.Target, p.Fields.DeadlineRaw, string.Join("、", p.Fields.LeadUnits), string.Join("、", p.Fields.SupportUnits),
        string.Join("、", p.Fields.ResponsibleUnits), string.Join("、", p.Fields.Leaders), p.Measures.Count);
}

/// <summary>The committed fixtures, each made from a seed (see tests/Fixtures/formats), read back to the seed's records.</summary>
public sealed class CommittedFixtureTests
{
    [Theory]
    [InlineData("004-word.docx", "004_5daf789ba15e6675", 17)]
    [InlineData("001-excel.xlsx", "001_5cb408abd5d47804", 25)]
    [InlineData("004-print.pdf", "004_5daf789ba15e6675", 17)]
    public void EachFixtureGivesTheProblemsFieldsAndMeasuresOfItsSeed(string fixture, string seed, int problems)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoFiles.Root, "tests", "Fixtures", "formats", fixture));
        var fromText = Core.Ingestion.PlanPipeline.Read(RepoFiles.Seed(seed), File.ReadAllBytes(RepoFiles.Seed(seed)));

        var read = Core.Ingestion.PlanPipeline.Read(fixture, bytes, SourceReader.Read(fixture, bytes));

        read.Problems.Should().HaveCount(problems);
        read.ShouldMatch(fromText);
        read.Diagnostics.Should().NotContain(d => d.Severity == Core.Model.Severity.Warning && d.Code == "format-mismatch");
    }
}
