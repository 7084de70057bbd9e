using Rectify.Search.Core.Reporting;
using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Reporting;

/// <summary>
/// The documents a careful reader reads right, rewritten as the web gives such documents (their line breaks lost, their
/// punctuation typed as ASCII), read against the same expectations: floors under how well the reader holds.
/// </summary>
public sealed class DocumentVariantTests
{
    [Fact]
    public void EachVariantRewritesTheTextAsItsNameSays()
    {
        const string text = "某县整改情况公示\r\n一、县城污水处理厂进水浓度偏低\n整改时限：2024年12月底（已完成）\n";

        DocumentVariant.Spaced.Apply(text).Should().Contain("\n某县整改情况公示 一、县城污水处理厂进水浓度偏低 整改时限：2024年12月底（已完成）\n")
            .And.StartWith("网站首页 | 政务公开").And.EndWith("备案号：ICP备00000000号\n");
        DocumentVariant.RunTogether.Apply(text).Should().Contain("\n某县整改情况公示一、县城污水处理厂进水浓度偏低整改时限：2024年12月底（已完成）\n");
        DocumentVariant.Ascii.Apply(text).Should().Be("某县整改情况公示\r\n一、县城污水处理厂进水浓度偏低\n整改时限:2024年12月底(已完成)\n");
        DocumentVariant.Spaced.Applies("序号\t问题\n1\t某问题").Should().BeFalse();
        DocumentVariant.Ascii.Applies("序号\t问题\n1\t某问题").Should().BeTrue();
    }

    [Theory]
    // The twelve real layouts, and the blind ones (text files that copy no other, tables parted by tabs left out).
    // Measured 2026-12-08 (parser 42): layouts spaced 12 / 11, run together 11 / 11 of 12 (problem count / date of
    // issue); blind-layouts spaced 261 / 261, run together 171 / 218 of 294. Before a body run together was cut at its
    // title, page date, headings and signature, and a body spaced among a page's furniture read at its spaces:
    // layouts run together 4 / 11; the 320 text fixtures of the blind, real and own layouts then, spaced among a page's
    // furniture, 157 / 96.
    [InlineData("layouts", DocumentVariant.Spaced, 12, 11, 12)]
    [InlineData("layouts", DocumentVariant.RunTogether, 11, 11, 12)]
    [InlineData("blind-layouts", DocumentVariant.Spaced, 255, 255, 294)]
    [InlineData("blind-layouts", DocumentVariant.RunTogether, 165, 210, 294)]
    public void ABodyThatLostItsLineBreaksIsStillReadMostlyRight(string folder, DocumentVariant variant, int problemsFloor, int datesFloor, int documents)
    {
        var outcomes = Read(folder, variant);

        outcomes.Should().HaveCount(documents);
        outcomes.Count(o => o.ProblemsAgree).Should().BeGreaterThanOrEqualTo(problemsFloor);
        outcomes.Count(o => o.DateAgrees).Should().BeGreaterThanOrEqualTo(datesFloor);
    }

    [Theory]
    [InlineData("layouts")]
    [InlineData("blind-layouts")]
    public void PunctuationTypedAsAsciiChangesNothingTheReaderFinds(string folder)
    {
        var outcomes = Read(folder, DocumentVariant.Ascii);

        outcomes.Where(o => !(o.RegionAgrees && o.YearAgrees && o.ProblemsAgree && o.DateAgrees)).Select(o => o.Expected.File).Should().BeEmpty();
    }

    private static List<DocumentOutcome> Read(string folder, DocumentVariant variant)
    {
        var expectPath = Seeds.FixturePath(Path.Combine(folder, "expect.tsv"));
        var outcomes = new List<DocumentOutcome>();
        foreach (var expected in DocumentEvaluation.ReadExpectations(File.ReadLines(expectPath), expectPath))
        {
            var path = Seeds.FixturePath(Path.Combine(folder, expected.File + ".txt"));
            if (!File.Exists(path) || !string.IsNullOrEmpty(expected.CopyOf))
                continue;
            if (variant.Read(path, File.ReadAllBytes(path)) is { } plan)
                outcomes.Add(DocumentEvaluation.Of(expected, plan));
        }
        return outcomes;
    }
}
