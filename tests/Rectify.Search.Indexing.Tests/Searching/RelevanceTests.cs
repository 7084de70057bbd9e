using Rectify.Search.Indexing.Searching;
using Rectify.Search.Indexing.Tests.Support;

namespace Rectify.Search.Indexing.Tests.Searching;

public sealed class RelevanceTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    private const string Xingguo = "000_fd899eb3d1702b98", Baojing = "001_5cb408abd5d47804", Suixian = "002_57f2b054bec5bb15";

    [Fact]
    public void AnExclusionLeavesOutAProblemWhoseMeasuresHoldTheWord()
    {
        var all = seeds.Searcher.Search(new SearchRequest("污水", PageSize: 100))!.Hits.Select(h => h.Id).ToList();
        var without = seeds.Searcher.Search(new SearchRequest("污水 -管网", PageSize: 100))!.Hits.Select(h => h.Id).ToList();
        all.Should().Contain($"{Xingguo}.p11");
        without.Should().NotContain($"{Xingguo}.p11", "污水管网建设改造欠账多 names 管网").And.NotBeEmpty();
    }

    [Fact]
    public void ATermsBigramsNeedItsFirstAndLast_SoSewageNetworksDoNotFindWaterSupplyNetworks()
    {
        var waterSupply = seeds.Plans.SelectMany(p => p.Problems.SelectMany(x => x.Measures.Select(m => (Id: Core.Model.RecordIds.Measure(p.DocumentId, x.Position, m.Position), m.Text))))
            .Single(m => m.Text.Contains("关闭公共供水管网覆盖范围内的自备水井")).Id;
        var hits = seeds.Searcher.Search(new SearchRequest("污水管网", SearchUnit.Measure, PageSize: 100))!.Hits.Select(h => h.Id).ToList();
        hits.Should().NotBeEmpty().And.NotContain(waterSupply);
    }

    [Fact]
    public void AProblemFoundByItsMeasuresMarksTheMeasureThatMatched()
    {
        // 测土配方施肥 stands in measures, not in the problems' own text.
        var result = seeds.Searcher.Search(new SearchRequest("测土配方施肥", PageSize: 10))!;
        result.Matched.Should().Be("all");
        result.FullMatches.Should().Be(6);
        result.Hits.Take(6).Should().OnlyContain(h => h.Highlights.Any(Highlighter.HasMark));
    }

    [Fact]
    public void AQueryNoRecordMatchesWhollyStillAnswersWithItsBestPartialMatches()
    {
        var result = seeds.Searcher.Search(new SearchRequest("尾矿库 量子计算", PageSize: 10))!;
        result.Matched.Should().Be("partial");
        result.Hits.Should().NotBeEmpty();
        result.Hits[0].Highlights.Should().Contain(h => h.Contains("<em>尾矿"));
    }

    [Fact]
    public void ASentencePastedFromADraftFindsTheProblemsItIsAbout()
    {
        const string draft = "加快推进城镇污水收集管网建设，开展雨污分流改造，全面排查管网错接混接漏接问题，提升城市生活污水集中收集率和污水处理厂进水浓度";
        var result = seeds.Searcher.Search(new SearchRequest(draft, PageSize: 5))!;
        // The four sewage-network problems and 城区's sewage plant whose inflow is too weak (the draft's 进水浓度).
        result.Hits.Select(h => h.Id).Should().BeEquivalentTo(
            [$"{Baojing}.p10", $"{Suixian}.p8", $"{Xingguo}.p11", $"{Baojing}.p11", "004_5daf789ba15e6675.p7"], "the sewage problems lead");
        result.Matched.Should().Be("partial", "no problem holds every word of a sentence");
    }

    [Fact]
    public void TwoHighProjectsPutsTheThreeTwoHighProblemsInTheTopFive()
    {
        var top = seeds.Searcher.Search(new SearchRequest("两高项目", PageSize: 5))!.Hits.Select(h => h.Id).ToList();
        top.Should().Contain([$"{Xingguo}.p2", $"{Baojing}.p5", $"{Suixian}.p3"]);
    }

    [Fact]
    public void SoilTestingFertilizationAtMeasureLevelFindsThreeCounties()
    {
        var result = seeds.Searcher.Search(new SearchRequest("测土配方施肥", SearchUnit.Measure, PageSize: 20))!;
        // Seven measures say 测土配方施肥 and rank first; fewer than a page, so the lexical arms fill the page after them.
        result.FullMatches.Should().Be(7);
        result.Hits.Take(7).Select(h => h.DocumentId).Distinct().Should().BeEquivalentTo([Xingguo, Baojing, Suixian, "003_89c821903e6b9e73"]);
        result.Hits.Take(7).Should().OnlyContain(h => h.Highlights.Any(x => x.Contains("<em>测土配方施肥")) || h.Highlights.Any(x => x.Contains("化肥")));
        result.Hits.Skip(7).Should().OnlyContain(h => h.Score < result.Hits[6].Score);
        result.Facets["province"].Select(f => f.Value).Should().Contain(["江西省", "湖北省", "湖南省"]);
    }

    [Fact]
    public void ATraditionalQueryFindsWhatTheSimplifiedOneFinds()
    {
        var simplified = seeds.Searcher.Search(new SearchRequest("污水管网", PageSize: 50))!.Hits.Select(h => h.Id);
        var traditional = seeds.Searcher.Search(new SearchRequest("污水管網", PageSize: 50))!.Hits.Select(h => h.Id);
        traditional.Should().Equal(simplified).And.NotBeEmpty();
    }

    /// <summary>
    /// A quoted phrase finds exactly the measures that say it: 水处理 inside 污水处理厂 and 污水处理 (words cut otherwise
    /// than the phrase: found by its character pairs), 分流改造 across 雨污分流 and 改造 — none that only holds its characters apart.
    /// </summary>
    [Theory]
    [InlineData("水处理", 13)]
    [InlineData("分流改造", 2)]
    public void AQuotedPhraseFindsTheMeasuresThatSayIt(string phrase, int saying)
    {
        var measures = seeds.Plans.SelectMany(p => p.Problems.SelectMany(x => x.Measures.Select(m => (Id: Core.Model.RecordIds.Measure(p.DocumentId, x.Position, m.Position), m.Text))));
        var expected = measures.Where(m => m.Text.Replace(" ", "", StringComparison.Ordinal).Contains(phrase, StringComparison.Ordinal)).Select(m => m.Id).ToList();
        expected.Should().HaveCount(saying);

        var result = seeds.Searcher.Search(new SearchRequest($"\"{phrase}\"", SearchUnit.Measure, PageSize: 100))!;

        result.Hits.Select(h => h.Id).Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void AnExclusionLeavesOutRecordsWithTheWord()
    {
        var hits = seeds.Searcher.Search(new SearchRequest("\"雨污分流\" -管网", SearchUnit.Measure, PageSize: 50))!.Hits;
        hits.Should().NotBeEmpty();
        hits.Should().OnlyContain(h => h.Highlights.All(x => !x.Contains("管网")));
        hits.Select(h => h.Id).Should().Contain($"{Xingguo}.p11.m3").And.NotContain($"{Xingguo}.p11.m2");
    }

    [Fact]
    public void HighlightsWrapTheMatchesInTheBestSentence()
    {
        var result = seeds.Searcher.Search(new SearchRequest("两高项目", SearchUnit.Measure, DocumentId: Xingguo))!;
        result.FullMatches.Should().Be(1);
        var hit = result.Hits[0];
        hit.Id.Should().Be($"{Xingguo}.p2.m2");
        hit.Highlights.Should().Equal("2021 年底前，梳理我县“十四五”拟投产达产“<em>两高</em>”<em>项目</em>情况。");
    }

    [Fact]
    public void FiltersNarrowAndAQueryIsOptionalWithAFilter()
    {
        var result = seeds.Searcher.Search(new SearchRequest(null, Province: "山西省"))!;
        result.Total.Should().Be(17);
        result.Hits.Should().OnlyContain(h => h.DocumentId == "004_5daf789ba15e6675");
        seeds.Searcher.Search(new SearchRequest("污水", YearFrom: 2024))!.Hits.Should().OnlyContain(h => h.DocumentId == "004_5daf789ba15e6675");
    }

    [Fact]
    public void AFilterWithoutWordsPagesItsRecordsInIdOrder()
    {
        // Every problem scores alike without words: the pages run through the records by id, none repeated, none skipped.
        var all = seeds.Searcher.Search(new SearchRequest(null, Level: Core.Model.RegionLevel.County, PageSize: 100))!;
        all.Total.Should().Be(73, "000, 001, 002 and 004 are county plans: 17 + 25 + 14 + 17 problems");
        var paged = Enumerable.Range(1, 8).SelectMany(page => seeds.Searcher.Search(new SearchRequest(null, Level: Core.Model.RegionLevel.County, Page: page, PageSize: 10))!.Hits).Select(h => h.Id).ToList();
        paged.Should().Equal(all.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ADeadlineRangeKeepsProblemsDueInItAndLeavesOutUndatedOnes()
    {
        // Only 003 八 (2017年3月底) falls in 2017; 003's 立行立改/持续改善 problems have no date.
        var in2017 = seeds.Searcher.Search(new SearchRequest(null, DeadlineFrom: new DateOnly(2017, 1, 1), DeadlineTo: new DateOnly(2017, 12, 31)))!;
        in2017.Hits.Select(h => h.Id).Should().Equal("003_89c821903e6b9e73.p10");

        // Measures are filtered by their own deadline: three more measures of 003 name 2017 themselves.
        var measures2017 = seeds.Searcher.Search(new SearchRequest(null, SearchUnit.Measure, DeadlineFrom: new DateOnly(2017, 1, 1), DeadlineTo: new DateOnly(2017, 12, 31), PageSize: 100))!;
        measures2017.Hits.Select(h => h.Id).Should().Contain(["003_89c821903e6b9e73.p3.m2", "003_89c821903e6b9e73.p9.m6", "003_89c821903e6b9e73.p10.m1"]);

        // 2026年10月底 (000 十) is the latest deadline in the seeds.
        var late = seeds.Searcher.Search(new SearchRequest("基础设施", DeadlineFrom: new DateOnly(2026, 1, 1)))!;
        late.Hits.Select(h => h.Id).Should().Equal($"{Xingguo}.p10");
    }

    [Fact]
    public void AThemeFilterFindsTheProblemsTaggedWithItAndCountsThemes()
    {
        var fertilizer = seeds.Searcher.Search(new SearchRequest(null, Themes: ["fertilizer-reduction"], PageSize: 50))!;
        var tagged = seeds.Plans.SelectMany(p => p.Problems.Where(pr => pr.Themes.Any(t => t.ThemeId == "fertilizer-reduction"))
            .Select(pr => Core.Model.RecordIds.Problem(p.DocumentId, pr.Position))).ToList();
        fertilizer.Hits.Select(h => h.Id).Should().BeEquivalentTo(tagged)
            .And.Contain([$"{Xingguo}.p6", $"{Xingguo}.p7", $"{Xingguo}.p8", $"{Baojing}.p12", $"{Suixian}.p12", $"{Suixian}.p13"]);
        fertilizer.Facets["theme"].Should().Contain(new FacetCount("fertilizer-reduction", tagged.Count));

        // At measure level a measure is found under its own theme too: 001 四 (6) is a sewage measure of an awareness problem.
        var sewage = seeds.Searcher.Search(new SearchRequest("污水", SearchUnit.Measure, Themes: ["sewage-network"], PageSize: 100))!;
        sewage.Hits.Select(h => h.Id).Should().Contain($"{Baojing}.p4.m6");
    }

    [Theory]
    [InlineData("\"两高")]
    [InlineData("AND(")]
    [InlineData("*")]
    [InlineData("🙂🙂")]
    [InlineData("-")]
    [InlineData("\"\"")]
    public void AnythingAUserTypesIsTextNotAnError(string query)
    {
        var act = () => seeds.Searcher.Search(new SearchRequest(query));
        act.Should().NotThrow();
    }

    [Fact]
    public void AQueryWithNothingToSearchAndNoFilterReturnsNull()
    {
        seeds.Searcher.Search(new SearchRequest("🙂 *")).Should().BeNull();
        seeds.Searcher.Search(new SearchRequest("🙂", Province: "江西省")).Should().NotBeNull();
    }
}
