using System.Net;
using System.Text.RegularExpressions;
using Rectify.Search.Api.Tests.Support;
using static Rectify.Search.Tests.Shared.SeedIds;

namespace Rectify.Search.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class SearchApiTests(ApiServer api)
{
    [Fact]
    public async Task TwoHighProjectsPutsTheThreeTwoHighProblemsInTheTopFive()
    {
        var (status, body) = await api.Get($"/api/search?q={E("两高项目")}&pageSize=5");

        status.Should().Be(HttpStatusCode.OK);
        body["hits"].Items().Select(h => h["problem"]!["id"].Str()).Should().Contain([$"{Xingguo}.p2", $"{Baojing}.p5", $"{Suixian}.p3"]);
        body["query"].Str().Should().Be("两高项目");
        (body["page"].Int(), body["pageSize"].Int()).Should().Be((1, 5));
    }

    [Fact]
    public async Task AProblemHitCarriesItsPlanItsFieldsAndItsBestMeasures()
    {
        var (_, body) = await api.Get($"/api/search?q={E("两高项目")}&documentId={Xingguo}");
        body["fullMatches"].Int().Should().Be(1);
        var hit = body["hits"].Items()[0];

        hit["document"]!["region"]!["county"].Str().Should().Be("兴国县");
        hit["document"]!["region"]!["code"].Str().Should().Be("360732");
        var problem = hit["problem"]!;
        (problem["id"].Str(), problem["label"].Str()).Should().Be(($"{Xingguo}.p2", "二"));
        problem["deadline"]!["raw"].Str().Should().Be("2025 年 12 月底");
        problem["deadline"]!["date"].Str().Should().Be("2025-12-31");
        problem["deadline"]!["kind"].Str().Should().Be("date");
        hit["measures"].Items().Select(m => m["measure"]!["id"].Str()).Should().StartWith($"{Xingguo}.p2.m2");
        hit["measures"]![0]!["highlights"].Strs().Should().Equal("2021 年底前，梳理我县“十四五”拟投产达产“<em>两高</em>”<em>项目</em>情况。");
        hit["measure"].Should().BeNull();
    }

    [Fact]
    public async Task SoilTestingFertilizationAtMeasureLevelFindsMeasuresOfXingguoBaojingAndSuixian()
    {
        var (_, body) = await api.Get($"/api/search?q={E("测土配方施肥")}&unit=measure&pageSize=20");
        body["matched"].Str().Should().Be("all");
        var hits = body["hits"].Items().Take(body["fullMatches"].Int()).ToList();

        hits.Select(h => h["document"]!["region"]!["county"]?.GetValue<string>()).Distinct().Should().Contain(["兴国县", "保靖县", "随县"]);
        hits.Should().OnlyContain(h => h["measure"]!["text"].Str().Contains("测土配方"));
        hits.Should().OnlyContain(h => h["measures"] == null && h["highlights"].Strs().Any(x => x.Contains("<em>测土配方")));
        // Seven full matches are fewer than a page: the character arms fill it after them, and the facets count those too.
        body["fullMatches"].Int().Should().Be(7);
        body["facets"]!["province"].Items().Select(f => f["value"].Str()).Should().Contain(["江西省", "湖南省", "湖北省"]);
        body["total"].Int().Should().BeGreaterThan(7);
    }

    [Fact]
    public async Task ATraditionalQueryFindsWhatTheSimplifiedQueryFinds()
    {
        var (_, simplified) = await api.Get($"/api/search?q={E("污水管网")}&pageSize=100");
        var (_, traditional) = await api.Get($"/api/search?q={E("污水管網")}&pageSize=100");
        Ids(traditional).Should().Equal(Ids(simplified)).And.HaveCountGreaterThan(5);
        traditional["total"].Int().Should().Be(simplified["total"].Int());
    }

    [Fact]
    public async Task AnExactPhraseAndAnExclusionNarrowTheResults()
    {
        var (_, phrase) = await api.Get($"/api/search?q={E("\"雨污分流\"")}&unit=measure&pageSize=100");
        var (_, excluded) = await api.Get($"/api/search?q={E("\"雨污分流\" -管网")}&unit=measure&pageSize=100");

        phrase["hits"].Items().Should().OnlyContain(h => h["measure"]!["text"].Str().Contains("雨污分流"));
        excluded["hits"].Items().Should().NotBeEmpty().And.OnlyContain(h => !h["measure"]!["text"].Str().Contains("管网"));
        excluded["total"].Int().Should().BeLessThan(phrase["total"].Int());
        Ids(excluded, "measure").Should().Contain($"{Xingguo}.p11.m3").And.NotContain($"{Xingguo}.p11.m2");
    }

    [Fact]
    public async Task HighlightsAreEscapedTextWithOnlyEmTags()
    {
        var (_, body) = await api.Get($"/api/search?q={E("污水 处理")}&unit=measure&pageSize=100");
        var highlights = body["hits"].Items().SelectMany(h => h["highlights"].Strs()).ToList();
        highlights.Should().NotBeEmpty();
        highlights.Select(h => Regex.Replace(h, "</?em>", "")).Should().OnlyContain(h => !h.Contains('<') && !h.Contains('>'));
    }

    [Fact]
    public async Task PagesPartitionTheResultsAndAPagePastTheEndIsEmpty()
    {
        var (_, all) = await api.Get($"/api/search?q={E("污水")}&pageSize=100");
        var total = all["total"].Int();
        var (_, first) = await api.Get($"/api/search?q={E("污水")}&page=1&pageSize=4");
        var (_, second) = await api.Get($"/api/search?q={E("污水")}&page=2&pageSize=4");
        var (status, past) = await api.Get($"/api/search?q={E("污水")}&page=99&pageSize=4");

        total.Should().BeGreaterThan(8);
        Ids(first).Concat(Ids(second)).Should().Equal(Ids(all).Take(8));
        (first["total"].Int(), second["total"].Int()).Should().Be((total, total));
        status.Should().Be(HttpStatusCode.OK);
        (past["total"].Int(), past["hits"].Items().Count).Should().Be((total, 0));
    }

    [Fact]
    public async Task FiltersWorkWithoutAQuery()
    {
        var (_, shanxi) = await api.Get($"/api/search?province={E("山西省")}&pageSize=100");
        shanxi["total"].Int().Should().Be(17);
        shanxi["hits"].Items().Should().OnlyContain(h => h["document"]!["id"].Str() == Jincheng);

        var (_, provincial) = await api.Get("/api/search?level=province&pageSize=100");
        provincial["hits"].Items().Select(h => h["document"]!["id"].Str()).Distinct().Should().Equal(Jiangxi);
        provincial["facets"]!["level"].Items().Select(f => f["value"].Str()).Should().Equal("province");

        var (_, in2017) = await api.Get("/api/search?deadlineFrom=2017&deadlineTo=2017");
        Ids(in2017).Should().Equal($"{Jiangxi}.p10");

        var (_, june2024) = await api.Get("/api/search?deadlineFrom=2024-06&deadlineTo=2024-06");
        Ids(june2024).Should().Equal($"{Jincheng}.p3");

        // Of the seeds only 000 (2021, its date), 002 (2022) and 004 (2024, the documents they cite) have a year of issue.
        var (_, years) = await api.Get($"/api/search?q={E("污水")}&yearFrom=2022&yearTo=2022&pageSize=100");
        years["hits"].Items().Should().NotBeEmpty().And.OnlyContain(h => h["document"]!["id"].Str() == Suixian);

        var (_, county) = await api.Get($"/api/search?county={E("随县")}&q={E("秸秆")}");
        county["hits"].Items().Should().NotBeEmpty().And.OnlyContain(h => h["document"]!["id"].Str() == Suixian);
    }

    [Theory]
    [InlineData("\"两高")]
    [InlineData("AND(")]
    [InlineData("污水 OR 管网 AND(")]
    [InlineData("title:污水")]
    [InlineData("污水~2 [a TO b] ^3")]
    [InlineData("污水\\")]
    public async Task AnythingAUserTypesIsSearchedAsText(string q)
    {
        var (status, body) = await api.Get($"/api/search?q={E(q)}");
        status.Should().Be(HttpStatusCode.OK);
        body["total"].Int().Should().BeGreaterThanOrEqualTo(0);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("🙂🙂")]
    [InlineData("-")]
    [InlineData("\"\"")]
    [InlineData("的 了")]
    [InlineData("\\")]
    public async Task AQueryWithNothingToSearchIsA400NamingQ(string q)
    {
        var (status, body) = await api.Get($"/api/search?q={E(q)}");
        status.Should().Be(HttpStatusCode.BadRequest);
        body.ErrorKeys().Should().Equal("q");
        body["status"].Int().Should().Be(400);
    }

    [Fact]
    public async Task AQueryOfTenThousandCharactersIsA400NamingQ()
    {
        var (status, body) = await api.Get($"/api/search?q={E(new string('污', 10_000))}");
        status.Should().Be(HttpStatusCode.BadRequest);
        body["errors"]!["q"]![0].Str().Should().Be("q is 10,000 characters long; at most 1,000 are searched.");
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("q=x&page=0", "page")]
    [InlineData("q=x&page=abc", "page")]
    [InlineData("q=x&pageSize=0", "pageSize")]
    [InlineData("q=x&pageSize=101", "pageSize")]
    [InlineData("q=x&pageSize=ten", "pageSize")]
    [InlineData("q=x&unit=section", "unit")]
    [InlineData("q=x&level=town", "level")]
    [InlineData("q=x&yearFrom=2020&yearTo=2019", "yearFrom")]
    [InlineData("q=x&yearTo=soon", "yearTo")]
    [InlineData("q=x&deadlineFrom=2025-13-01", "deadlineFrom")]
    [InlineData("q=x&deadlineTo=next+year", "deadlineTo")]
    [InlineData("q=x&deadlineFrom=2025&deadlineTo=2024", "deadlineFrom")]
    [InlineData("q=x&theme=fertilizer-reduction&theme=smog", "theme")]
    [InlineData("q=x&facets=some", "facets")]
    public async Task ABadParameterIsA400ThatNamesIt(string query, string parameter)
    {
        var (status, body) = await api.Get("/api/search?" + query);
        status.Should().Be(HttpStatusCode.BadRequest);
        body.ErrorKeys().Should().Equal(parameter);
        body["title"].Str().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task LeadDepartmentsAreAFacetAndAFilterByIdOrName()
    {
        var (_, all) = await api.Get("/api/search?theme=fertilizer-reduction&facets=all");
        all["facets"]!["department"].Items().Select(f => (f["value"].Str(), f["name"].Str(), f["count"].Int())).Should().Equal(("agriculture", "农业农村", 7), ("ecology-environment", "生态环境", 1), ("water", "水利", 1));

        foreach (var department in new[] { "agriculture", "农业农村" })
        {
            var (status, body) = await api.Get($"/api/search?theme=fertilizer-reduction&department={E(department)}");
            status.Should().Be(HttpStatusCode.OK);
            body["total"].Int().Should().Be(7);
            // Six counties' 县农业农村局, and 江西省's 鄱阳湖 problem (its target 农药化肥零增长 is on fertilizer reduction) led with 省农业厅.
            body["hits"].Items().Select(h => string.Join("、", h["problem"]!["leadUnits"].Strs())).Should()
                .BeEquivalentTo(["县农业农村局", "县农业农村局", "县农业农村局", "县农业农村局", "县农业农村局", "县农业农村局", "省水利厅、省环保厅、省农业厅"]);
        }
        var (bad, error) = await api.Get("/api/search?q=x&department=ministry-of-magic");
        bad.Should().Be(HttpStatusCode.BadRequest);
        error.ErrorKeys().Should().Equal("department");
    }

    [Fact]
    public async Task PlacesTheProblemsNameAreAFacetAndAFilterApartFromTheIssuersRegion()
    {
        // 兴国县's plan names 大余县 in two problems (its 四 and 五): a place, not its region.
        var (_, all) = await api.Get($"/api/search?q={E("执法")}&facets=all&pageSize=100");
        all["facets"]!["place"].Items().Should().Contain(f => f["value"].Str() == "360723" && f["name"].Str() == "江西省赣州市大余县");

        foreach (var place in new[] { "大余县", "360723", "江西省赣州市大余县" })
        {
            var (status, body) = await api.Get($"/api/search?place={E(place)}");
            status.Should().Be(HttpStatusCode.OK);
            body["hits"].Items().Select(h => h["problem"]!["id"].Str()).Should().BeEquivalentTo([$"{Xingguo}.p4", $"{Xingguo}.p5"]);
            body["hits"].Items().Should().OnlyContain(h => h["document"]!["region"]!["county"].Str() == "兴国县"
                && h["problem"]!["places"].Items().Any(p => p["name"].Str() == "江西省赣州市大余县"));
        }
        var (_, plan) = await api.Get($"/api/documents/{Xingguo}");
        plan["document"]!["places"].Items().Select(p => p["code"].Str()).Should().StartWith("360723").And.NotContain("360732");

        var (bad, error) = await api.Get($"/api/search?place={E("不存在县")}");
        bad.Should().Be(HttpStatusCode.BadRequest);
        error.ErrorKeys().Should().Equal("place");
    }

    [Fact]
    public async Task YearsAndDeadlineYearsAreFacetsWhoseValuesFilterAsRanges()
    {
        var (_, body) = await api.Get("/api/search?theme=fertilizer-reduction&facets=all");

        var years = body["facets"]!["year"].Items().ToDictionary(f => f["value"].Str(), f => f["count"].Int());
        // The year facet counts the results of dated plans: 001 and 003 print no year of issue.
        var undated = body["hits"].Items().Count(h => h["document"]!["year"] is null);
        (undated, body["total"].Int()).Should().Be((2, 7));
        years.Values.Sum().Should().Be(body["total"].Int() - undated);
        var due = body["facets"]!["deadlineYear"].Items().ToDictionary(f => f["value"].Str(), f => f["count"].Int());
        due.Should().ContainKey("2025");
        var (_, in2025) = await api.Get("/api/search?theme=fertilizer-reduction&deadlineFrom=2025&deadlineTo=2025");
        in2025["total"].Int().Should().Be(due["2025"]);
        in2025["hits"].Items().Should().OnlyContain(h => h["problem"]!["deadline"]!["date"].Str().StartsWith("2025-"));
    }

    [Fact]
    public async Task TheFinerFacetsAreCountedOnlyWhenAsked()
    {
        var (_, basic) = await api.Get($"/api/search?q={E("两高项目")}");

        basic["facets"]!["province"].Items().Should().NotBeEmpty();
        foreach (var finer in new[] { "city", "county", "department", "year", "deadlineYear" })
            basic["facets"]![finer].Items().Should().BeEmpty($"{finer} is counted with facets=all only");
    }

    [Fact]
    public async Task CitiesAndCountiesAreFacetsToNarrowAProvince()
    {
        var (_, body) = await api.Get($"/api/search?q={E("两高项目")}&province={E("江西省")}&facets=all");

        body["facets"]!["city"].Items().Select(f => (f["value"].Str(), f["count"].Int())).Should().Contain(v => v.Item1 == "赣州市" && v.Item2 > 0);
        body["facets"]!["county"].Items().Select(f => f["value"].Str()).Should().Contain("兴国县");
        var (_, county) = await api.Get($"/api/search?q={E("两高项目")}&county={E("兴国县")}");
        county["hits"].Items().Should().NotBeEmpty().And.OnlyContain(h => h["document"]!["id"].Str() == Xingguo);
    }

    [Theory]
    [InlineData("q=x&page=abc", "page", "page must be a whole number, not 'abc'.")]
    [InlineData("q=x&pageSize=ten", "pageSize", "pageSize must be a whole number, not 'ten'.")]
    [InlineData("q=x&yearFrom=2020.5", "yearFrom", "yearFrom must be a whole number, not '2020.5'.")]
    public async Task AValueTheFrameworkCannotReadIsNamedInTheApisWordsWithoutDotNetTypes(string query, string parameter, string message)
    {
        var (status, body) = await api.Get("/api/search?" + query);

        status.Should().Be(HttpStatusCode.BadRequest);
        body["errors"]![parameter]![0].Str().Should().Be(message);
        body["detail"].Str().Should().Be(message);
        body.ToJsonString().Should().NotContain("Nullable").And.NotContain("Int32").And.NotContain("int?");
    }

    [Theory]
    [InlineData("fertilizer-reduction")]
    [InlineData("化肥减量")]
    [InlineData("Fertilizer Reduction")]
    public async Task AThemeIsTakenByItsIdOrByItsChineseOrEnglishName(string theme)
    {
        var (status, body) = await api.Get($"/api/search?theme={E(theme)}&pageSize=100");

        status.Should().Be(HttpStatusCode.OK);
        body["total"].Int().Should().BeGreaterThan(0);
        body["hits"].Items().Should().OnlyContain(h => h["problem"]!["themes"].Items().Any(t => t["id"].Str() == "fertilizer-reduction"));
    }

    [Fact]
    public async Task TwoHighProjectsAreFoundByTheirNameWithOrWithoutQuotes()
    {
        var (_, quoted) = await api.Get($"/api/search?theme={E("“两高”项目")}");
        var (_, bare) = await api.Get($"/api/search?theme={E("两高项目")}");

        quoted["total"].Int().Should().BeGreaterThan(0).And.Be(bare["total"].Int());
    }

    [Fact]
    public async Task AThemeFilterReturnsTheProblemsTaggedWithItAndNamesTheThemeFacets()
    {
        var (status, body) = await api.Get("/api/search?theme=fertilizer-reduction&pageSize=100");

        status.Should().Be(HttpStatusCode.OK);
        var hits = body["hits"].Items();
        Ids(body).Should().Contain([$"{Xingguo}.p7", $"{Xingguo}.p8", $"{Baojing}.p12", $"{Suixian}.p13"]);
        hits.Should().OnlyContain(h => h["problem"]!["themes"].Items().Any(t => t["id"].Str() == "fertilizer-reduction"));
        var facet = body["facets"]!["theme"].Items().Single(f => f["value"].Str() == "fertilizer-reduction");
        (facet["name"].Str(), facet["count"].Int()).Should().Be(("化肥减量", hits.Count));
    }

    [Fact]
    public async Task AtMeasureLevelAMeasureIsFoundUnderTheThemeOfItsOwnText()
    {
        var (_, body) = await api.Get($"/api/search?q={E("污水")}&unit=measure&theme=sewage-network&documentId={Baojing}&pageSize=100");
        var sixth = body["hits"].Items().Single(h => h["measure"]!["id"].Str() == $"{Baojing}.p4.m6");
        sixth["measure"]!["themes"].Items().Select(t => t["id"].Str()).Should().Contain("sewage-network");
        sixth["problem"]!["themes"]![0]!["id"].Str().Should().Be("accountability");
    }

    private static List<string> Ids(System.Text.Json.Nodes.JsonNode body, string unit = "problem") =>
        body["hits"].Items().Select(h => h[unit]!["id"].Str()).ToList();
}
