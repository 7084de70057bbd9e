using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Reading.Tests;

/// <summary>What a plan read from another format must share with the plan read from its text twin.</summary>
internal static partial class Twins
{
    /// <summary>Asserts the same region, the same problems with every field, and the same measures in order.</summary>
    /// <param name="spacesBesideChinese">
    /// False to overlook spaces between Chinese and Latin text: a PDF does not keep a space typed where a line
    /// wrapped when the typesetter dropped it (LibreOffice drops it at a full line's end), so "5 年来" may come back "5年来".
    /// </param>
    public static void ShouldMatch(this PlanDocument read, PlanDocument fromText, bool spacesBesideChinese = true)
    {
        Func<string?, string?> text = spacesBesideChinese ? s => s : s => s is null ? null : SpaceBesideChinese().Replace(s, "");
        read.Metadata.Region.Should().Be(fromText.Metadata.Region);
        read.Problems.Select(p => Shape(p, text)).Should().Equal(fromText.Problems.Select(p => Shape(p, text)));
        read.Problems.SelectMany(p => p.Measures).Select(m => (m.Ordinal, text(m.Text))).Should().Equal(fromText.Problems.SelectMany(p => p.Measures).Select(m => (m.Ordinal, text(m.Text))));
    }

    private static string Shape(Problem p, Func<string?, string?> text) => string.Join("|",
        p.Label, text(p.Title), text(p.Text), text(p.Fields.Target), text(p.Fields.DeadlineRaw), string.Join("、", p.Fields.LeadUnits), string.Join("、", p.Fields.SupportUnits),
        string.Join("、", p.Fields.ResponsibleUnits), string.Join("、", p.Fields.Leaders), p.Measures.Count);

    [GeneratedRegex(@"(?<=[\u2E80-\uFFFF]) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z%]) (?=[\u2E80-\uFFFF])")]
    private static partial Regex SpaceBesideChinese();
}

/// <summary>The committed fixtures, each made from a seed (see tests/Fixtures/formats), read back to the seed's records.</summary>
public sealed class CommittedFixtureTests
{
    [Theory]
    [InlineData("004-word.docx", "004_5daf789ba15e6675", 17)]
    [InlineData("000-word-table.docx", "000_fd899eb3d1702b98", 17)]
    [InlineData("001-excel.xlsx", "001_5cb408abd5d47804", 25)]
    [InlineData("004-print.pdf", "004_5daf789ba15e6675", 17)]
    [InlineData("000-word-table.pdf", "000_fd899eb3d1702b98", 17)]
    [InlineData("003-portal.html", "003_89c821903e6b9e73", 11)]
    public void EachFixtureGivesTheProblemsFieldsAndMeasuresOfItsSeed(string fixture, string seed, int problems)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoFiles.Root, "tests", "Fixtures", "formats", fixture));
        var fromText = Core.Ingestion.PlanPipeline.Read(RepoFiles.Seed(seed), File.ReadAllBytes(RepoFiles.Seed(seed)));

        var read = Core.Ingestion.PlanPipeline.Read(fixture, bytes, SourceReader.Read(fixture, bytes));

        read.Problems.Should().HaveCount(problems);
        read.ShouldMatch(fromText, spacesBesideChinese: !fixture.EndsWith(".pdf", StringComparison.Ordinal));
        var warned = fromText.Diagnostics.Where(d => d.Severity == Core.Model.Severity.Warning).Select(d => d.Code).ToHashSet();
        read.Diagnostics.Where(d => d.Severity == Core.Model.Severity.Warning && !warned.Contains(d.Code)).Should().BeEmpty("the other format reads as cleanly as the text");
    }
}
