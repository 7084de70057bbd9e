using System.Net;
using Rectify.Search.Api.Tests.Support;
using static Rectify.Search.Tests.Shared.SeedIds;

namespace Rectify.Search.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class SimilarApiTests(ApiServer api)
{
    [Fact]
    public async Task TheMeasuresLikeXingguosSewagePlanningMeasureAreSewageMeasuresOfOtherProvinces()
    {
        var (status, body) = await api.Get($"/api/measures/{Xingguo}.p11.m1/similar?k=6");

        status.Should().Be(HttpStatusCode.OK);
        body["source"]!["text"].Str().Should().Be("制定年度城镇污水处理工作要点，明确目标及管网建设任务，持续推进城镇污水管网建设工作。");
        body["scope"].Str().Should().Be("other-provinces");
        var hits = body["hits"].Items();
        hits.Should().HaveCount(6);
        hits.Select(h => h["document"]!["region"]!["province"].Str()).Should().Contain(["湖南省", "山西省"]).And.NotContain("江西省");
        hits.Select(h => h["score"]!.GetValue<double>()).Should().BeInDescendingOrder().And.OnlyContain(x => x > 0 && x <= 1);
        hits.Should().OnlyContain(h => h["measure"]!["text"].Str().Contains("污水") && h["sharedTerms"].Strs().Count > 0);
        var networks = hits.Single(h => h["measure"]!["id"].Str() == $"{Baojing}.p11.m3");
        hits.IndexOf(networks).Should().BeLessThan(2);
        networks["problem"]!["title"].Str().Should().StartWith("省住房城乡建设厅对城市污水管网改造");
        networks["sharedTerms"].Strs().Should().Equal("城镇", "污水管网", "建设", "处理");
    }

    [Fact]
    public async Task AMeasureCopiedWordForWordInItsOwnPlanIsListedApart()
    {
        var (_, body) = await api.Get($"/api/measures/{Baojing}.p10.m2/similar?scope=all&k=3");
        body["sourceCopies"].Strs().Should().Equal($"{Baojing}.p11.m2");
        body["hits"].Items().Select(h => h["measure"]!["id"].Str()).Should().NotContain($"{Baojing}.p11.m2");
    }

    [Fact]
    public async Task DraftedTextFindsPrecedentsOutsideTheDraftersProvince()
    {
        var (status, body) = await api.Post("/api/similar", """{ "text": "全面推广测土配方施肥技术，减少化肥使用量", "k": 10, "province": "江西省" }""");

        status.Should().Be(HttpStatusCode.OK);
        body["source"].Should().BeNull();
        var hits = body["hits"].Items();
        hits.Should().NotBeEmpty().And.OnlyContain(h => h["document"]!["region"]!["province"].Str() != "江西省");
        hits.Select(h => h["document"]!["region"]!["county"].Str()).Should().Contain(["保靖县", "随县"]);
        body["terms"].Items().Select(t => t["term"].Str()).Should().Contain("测土配方施肥");
    }

    [Theory]
    [InlineData("k=0", "k")]
    [InlineData("k=101", "k")]
    [InlineData("k=many", "k")]
    [InlineData("scope=everywhere", "scope")]
    public async Task ABadParameterIsA400ThatNamesIt(string query, string parameter)
    {
        var (status, body) = await api.Get($"/api/measures/{Xingguo}.p11.m1/similar?{query}");
        status.Should().Be(HttpStatusCode.BadRequest);
        body.ErrorKeys().Should().Equal(parameter);
    }

    [Theory]
    [InlineData("000_fd899eb3d1702b98.p11.m99")]
    [InlineData("000_fd899eb3d1702b98.p11")]
    [InlineData("no-such-plan.p1.m1")]
    public async Task AnUnknownMeasureIsA404(string id)
    {
        var (status, body) = await api.Get($"/api/measures/{id}/similar");
        status.Should().Be(HttpStatusCode.NotFound);
        body["detail"].Str().Should().Contain(id);
    }

    [Theory]
    [InlineData("""{ "k": 3 }""", "text")]
    [InlineData("""{ "text": "   " }""", "text")]
    [InlineData("""{ "text": "污水管网", "k": 0 }""", "k")]
    [InlineData("""{ "text": "污水管网", "scope": "nearby" }""", "scope")]
    [InlineData("""{ "text": "污水管网", "k": "three" }""", "body")]
    [InlineData("""{ "text": """, "body")]
    [InlineData("", "body")]
    public async Task ABadBodyIsA400ThatNamesWhatIsWrong(string json, string parameter)
    {
        var (status, body) = await api.Post("/api/similar", json);
        status.Should().Be(HttpStatusCode.BadRequest);
        body.ErrorKeys().Should().Equal(parameter);
    }

    [Fact]
    public async Task DraftedTextOfTenThousandOneCharactersIsA400()
    {
        var (status, body) = await api.Post("/api/similar", $$"""{ "text": "{{new string('污', 10_001)}}" }""");
        status.Should().Be(HttpStatusCode.BadRequest);
        body.ErrorKeys().Should().Equal("text");
    }

    [Fact]
    public async Task ADraftedTargetFindsThePlansThatSetOneOnTheSameMetricNearestValueFirst()
    {
        var (status, body) = await api.Post("/api/similar", """{"text":"城市生活污水集中收集率达到70%","unit":"target","scope":"all","k":4}""");

        status.Should().Be(HttpStatusCode.OK);
        body["unit"].Str().Should().Be("target");
        body["askingTargets"].Items().Select(t => (t["metricKey"].Str(), t["cmp"].Str(), t["value"]!.GetValue<double>())).Should().Equal(("生活污水集中收集率", ">=", 70.0));
        var targets = body["targets"].Items();
        targets.Select(t => t["target"]!["value"]!.GetValue<double>()).Should().Equal(70, 65, 60, 55);
        targets.Should().OnlyContain(t => t["document"]!["region"]!["county"].Str() == "随县" && t["sharedTerms"].Strs()[0] == "生活污水集中收集率");
        targets[0]["score"]!.GetValue<double>().Should().Be(1.0);
    }

    [Fact]
    public async Task AProblemHasPrecedentProblemsAndAnUnknownUnitIsRefusedByName()
    {
        var (status, body) = await api.Get($"/api/problems/{Xingguo}.p11/similar?k=3");
        status.Should().Be(HttpStatusCode.OK);
        body["unit"].Str().Should().Be("problem");
        body["sourceProblem"]!["label"].Str().Should().Be("十一");
        body["problems"].Items().Select(p => p["problem"]!["id"].Str()).Should().Contain($"{Suixian}.p4");

        var (bad, error) = await api.Get($"/api/measures/{Xingguo}.p11.m1/similar?unit=plan");
        bad.Should().Be(HttpStatusCode.BadRequest);
        error.ErrorKeys().Should().Equal("unit");
    }
}
