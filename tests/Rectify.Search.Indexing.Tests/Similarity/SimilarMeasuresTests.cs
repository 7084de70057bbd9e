using Rectify.Search.Core.Model;
using Rectify.Search.Indexing.Similarity;
using Rectify.Search.Indexing.Tests.Support;

namespace Rectify.Search.Indexing.Tests.Similarity;

public sealed class SimilarMeasuresTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    private const string Xingguo = "000_fd899eb3d1702b98", Baojing = "001_5cb408abd5d47804", Suixian = "002_57f2b054bec5bb15";

    [Fact]
    public void TheSewagePlanningMeasureOfXingguoFindsHunanAndHubeiSewageNetworkMeasures()
    {
        // 000 十一 (1): 制定年度城镇污水处理工作要点，明确目标及管网建设任务，持续推进城镇污水管网建设工作。
        var result = seeds.Similar.ForMeasure($"{Xingguo}.p11.m1", 6, SimilarScope.OtherProvinces)!;

        result.Hits.Take(2).Select(h => h.Id).Should().BeEquivalentTo([$"{Baojing}.p4.m6", $"{Baojing}.p11.m3"]);
        result.Hits.Single(h => h.Id == $"{Baojing}.p11.m3").SharedTerms.Should().Equal("城镇", "污水管网", "建设", "处理");
        // Terms are words a reader sees: 污水管网 gives 污水 and 管网, never the fragment 水管 from its middle.
        result.Terms.Select(t => t.Term).Should().Contain(["污水管网", "污水", "管网"]).And.NotContain("水管");
        var provinces = result.Hits.Select(h => Plan(h.DocumentId).Metadata.Region!.Province).ToList();
        provinces.Should().Contain(["湖南省", "山西省"]).And.NotContain("江西省");
        result.Hits.Should().OnlyContain(h => MeasureText(h.Id).Contains("污水"));
        result.Hits.Should().OnlyContain(h => h.SharedTerms.Count > 0);
    }

    [Fact]
    public void TheAskingTextIsReducedToContentWordsWithoutDatesOrSingleCharacters()
    {
        var terms = seeds.Similar.ForText("2021年12月底前，县住建局完成城镇污水管网排查。", 5, SimilarScope.All, null).Terms.Select(t => t.Term).ToList();
        terms.Should().Contain(["城镇", "污水管网", "排查"]);
        terms.Should().NotContain(t => char.IsDigit(t[0]) || t.Length == 1);
    }

    [Fact]
    public void AWordForWordCopyInTheSamePlanIsReportedAsACopyNotAsAPrecedent()
    {
        // 001 十 (2) and 十一 (2) both read 开展管网排查摸底。全面排查排水管网存量…
        var result = seeds.Similar.ForMeasure($"{Baojing}.p10.m2", 5, SimilarScope.All)!;
        result.SourceCopies.Should().Equal($"{Baojing}.p11.m2");
        result.Hits.Select(h => h.Id).Should().NotContain([$"{Baojing}.p10.m2", $"{Baojing}.p11.m2"]);
        // 000 十一 (2): 开展生活污水问题大排查整治行动，对现有污水管网开展全面摸排… the same survey of the network.
        result.Hits[0].Id.Should().Be($"{Xingguo}.p11.m2");
    }

    [Fact]
    public void IdenticalPrecedentsCollapseIntoOneHit()
    {
        var text = MeasureText($"{Baojing}.p10.m2");
        var result = seeds.Similar.ForText(text, 5, SimilarScope.All, "江西省");
        result.Hits[0].Id.Should().Be($"{Baojing}.p10.m2");
        result.Hits[0].SameTextIds.Should().Equal($"{Baojing}.p11.m2");
        result.Hits.Select(h => h.Id).Should().OnlyHaveUniqueItems().And.NotContain($"{Baojing}.p11.m2");
    }

    [Fact]
    public void ScopesLeaveOutTheAskersProvinceOrPlan()
    {
        var otherDocuments = seeds.Similar.ForMeasure($"{Xingguo}.p11.m1", 20, SimilarScope.OtherDocuments)!.Hits;
        otherDocuments.Should().NotContain(h => h.DocumentId == Xingguo);
        otherDocuments.Should().Contain(h => h.DocumentId == "003_89c821903e6b9e73", "003 is another plan of the same province");

        var drafted = seeds.Similar.ForText("加快城镇污水管网建设", 20, SimilarScope.OtherProvinces, "湖南省").Hits;
        drafted.Should().NotBeEmpty().And.NotContain(h => h.DocumentId == Baojing);

        var all = seeds.Similar.ForMeasure($"{Xingguo}.p11.m1", 40, SimilarScope.All)!.Hits;
        all.Should().Contain(h => h.DocumentId == Xingguo).And.NotContain(h => h.Id == $"{Xingguo}.p11.m1");
    }

    [Theory]
    [InlineData("000_fd899eb3d1702b98.p99.m1")]
    [InlineData("000_fd899eb3d1702b98.p11")]
    [InlineData("000_fd899eb3d1702b98.s1")]
    public void OnlyAStoredMeasureCanAsk(string id) => seeds.Similar.ForMeasure(id, 5, SimilarScope.All).Should().BeNull();

    [Fact]
    public void TextWithNothingToCompareFindsNothing()
    {
        var result = seeds.Similar.ForText("2021年12月31日 🙂 。", 5, SimilarScope.All, null);
        (result.Hits.Count, result.Terms.Count).Should().Be((0, 0));
    }

    private PlanDocument Plan(string documentId) => seeds.Plans.Single(p => p.DocumentId == documentId);

    private string MeasureText(string measureId)
    {
        var parts = measureId.Split('.');
        var problem = Plan(parts[0]).Problems[int.Parse(parts[1][1..]) - 1];
        return problem.Measures[int.Parse(parts[2][1..]) - 1].Text;
    }

    [Fact]
    public void AProblemFindsProblemsOfOtherProvincesThatLackTheSame()
    {
        // 000 十一: 污水管网建设改造欠账多 — other provinces' sewage problems, named by the words they share; places are no terms.
        var result = seeds.Similar.ForProblem($"{Xingguo}.p11", 3, SimilarScope.OtherProvinces)!;
        result.Hits.Select(h => h.Id).Should().Contain([$"{Suixian}.p4", $"{Baojing}.p10"]);
        result.Hits.Should().OnlyContain(h => h.Id == h.ProblemId && h.SharedTerms.Contains("污水处理厂"));
        result.Terms.Select(t => t.Term).Should().NotContain(["江西省", "江西"]);
    }
}
