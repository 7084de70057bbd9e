using System.Net;
using Rectify.Search.Api.Tests.Support;
using static Rectify.Search.Tests.Shared.SeedIds;

namespace Rectify.Search.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class RecordsApiTests(ApiServer api)
{
    [Fact]
    public async Task DocumentsListsTheFivePlansWithTheirRegionsAndCounts()
    {
        var (status, page) = await api.Get("/api/documents");

        status.Should().Be(HttpStatusCode.OK);
        (page["total"].Int(), page["page"].Int(), page["pageSize"].Int()).Should().Be((5, 1, 100));
        var body = page["documents"]!;
        body.Items().Select(d => (d["id"].Str(), d["region"]!["code"].Str(), d["problemCount"].Int(), d["measureCount"].Int())).Should().Equal(
            (Xingguo, "360732", 17, 41), (Baojing, "433125", 25, 89), (Suixian, "421321", 14, 56), (Jiangxi, "360000", 11, 50), (Jincheng, "140502", 17, 23));
        body[0]!["round"].Int().Should().Be(2);
        body[0]!["kind"].Str().Should().Be("central");
        body[0]!["layout"].Str().Should().Be("list");
        body[0]!["yearSource"].Str().Should().Be("date");
        body[0]!["regionEvidence"]!["source"].Str().Should().Be("title");
    }

    [Fact]
    public async Task TheDocumentListIsPagedWithItsTotal()
    {
        var (_, second) = await api.Get("/api/documents?page=2&pageSize=2");
        (second["total"].Int(), second["page"].Int(), second["pageSize"].Int()).Should().Be((5, 2, 2));
        second["documents"].Items().Select(d => d["id"].Str()).Should().Equal(Suixian, Jiangxi);
        var (_, past) = await api.Get("/api/documents?page=9&pageSize=2");
        (past["total"].Int(), past["documents"].Items().Count).Should().Be((5, 0));

        var (bad, error) = await api.Get("/api/documents?page=0&pageSize=5000");
        bad.Should().Be(HttpStatusCode.BadRequest);
        error.ErrorKeys().Should().Equal("page", "pageSize");
    }

    [Fact]
    public async Task ADocumentComesWithItsProblemsAndMeasuresInPrintedOrder()
    {
        var (_, body) = await api.Get($"/api/documents/{Jiangxi}");
        body["document"]!["title"].Str().Should().Contain("江西省");
        var problems = body["problems"].Items();
        problems.Select(p => p["problem"]!["label"].Str()).Should().Equal("一", "二", "三", "四", "五", "六（一）", "六（二）", "六（三）", "七", "八", "九");
        problems.Sum(p => p["measures"].Items().Count).Should().Be(50);
        problems[^1]["problem"]!["truncated"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task AProblemCarriesEveryFieldAndItsReadDeadline()
    {
        var (status, body) = await api.Get($"/api/problems/{Baojing}.p1");

        status.Should().Be(HttpStatusCode.OK);
        var p = body["problem"]!;
        p["leadUnits"].Strs().Should().Equal("县委办", "县政府办");
        p["leaders"].Strs().Should().Equal("杨志慧", "周建武", "黄宇", "龙文斌", "田明");
        (p["deadline"]!["raw"].Str(), p["deadline"]!["kind"].Str()).Should().Be(("立行立改，持续推进", "immediate-and-ongoing"));
        p["deadline"]!["date"].Should().BeNull();
        body["measures"].Items().Select(m => m["ordinal"].Str()).Should().Equal("1", "2", "3", "4", "5");
        var branch = p["units"].Items().Single(u => u["name"].Str() == "州生态环境局保靖分局");
        (branch["role"].Str(), branch["department"]!["id"].Str(), branch["level"].Str()).Should().Be(("support", "ecology-environment", "county"));
        body["document"]!["id"].Str().Should().Be(Baojing);
    }

    [Fact]
    public async Task RecordsCarryChineseLabelsBesideTheirIds()
    {
        var (_, body) = await api.Get($"/api/problems/{Baojing}.p1");

        var p = body["problem"]!;
        (p["deadline"]!["kind"].Str(), p["deadline"]!["kindLabel"].Str()).Should().Be(("immediate-and-ongoing", "立行立改，长期坚持"));
        var lead = p["units"].Items().First(u => u["role"].Str() == "lead");
        (lead["name"].Str(), lead["roleLabel"].Str()).Should().Be(("县委办", "牵头单位"));
        var branch = p["units"].Items().Single(u => u["name"].Str() == "州生态环境局保靖分局");
        (branch["roleLabel"].Str(), branch["levelLabel"].Str()).Should().Be(("配合单位", "县级"));
        var document = body["document"]!;
        (document["kind"].Str(), document["kindLabel"].Str()).Should().Be(("central", "中央生态环境保护督察"));
        (document["region"]!["level"].Str(), document["region"]!["levelLabel"].Str()).Should().Be(("county", "县级"));
    }

    [Fact]
    public async Task ACompletedProblemSaysSo()
    {
        var (_, body) = await api.Get($"/api/problems/{Baojing}.p2");
        var d = body["problem"]!["deadline"]!;
        (d["date"].Str(), d["status"].Str()).Should().Be(("2021-12-31", "completed"));
    }

    [Fact]
    public async Task AMeasureComesWithItsPlanAndProblem()
    {
        var (status, body) = await api.Get($"/api/measures/{Xingguo}.p2.m2");

        status.Should().Be(HttpStatusCode.OK);
        body["measure"]!["text"].Str().Should().StartWith("2021 年底前，梳理我县“十四五”拟投产达产“两高”项目情况。");
        body["measure"]!["problemId"].Str().Should().Be($"{Xingguo}.p2");
        body["problem"]!["label"].Str().Should().Be("二");
        body["document"]!["region"]!["county"].Str().Should().Be("兴国县");
    }

    [Theory]
    [InlineData("/api/documents/999_missing")]
    [InlineData("/api/problems/000_fd899eb3d1702b98.p18")]
    [InlineData("/api/problems/000_fd899eb3d1702b98.p0")]
    [InlineData("/api/problems/000_fd899eb3d1702b98.p2.m1")]
    [InlineData("/api/problems/garbage")]
    [InlineData("/api/measures/000_fd899eb3d1702b98.p2.m99")]
    [InlineData("/api/measures/000_fd899eb3d1702b98.p2")]
    [InlineData("/api/measures/000_fd899eb3d1702b98.p99999999.m1")]
    public async Task AnUnknownIdIsA404ProblemDetails(string url)
    {
        var (status, body) = await api.Get(url);
        status.Should().Be(HttpStatusCode.NotFound);
        (body["status"].Int(), body["title"].Str()).Should().Match<(int, string)>(x => x.Item1 == 404 && x.Item2.StartsWith("Unknown "));
    }

    [Fact]
    public async Task AProblemListsItsThemesStrongestFirstWithTheMatchesThatMadeThem()
    {
        var (_, body) = await api.Get($"/api/problems/{Xingguo}.p17");
        var themes = body["problem"]!["themes"].Items();

        themes.Select(t => (t["id"].Str(), t["name"].Str())).Should().Equal(("mine-restoration", "矿山生态修复"), ("data-falsification", "数据造假与虚假整改"));
        var falsified = themes[1]["matches"].Items().Single();
        (falsified["phrase"].Str(), falsified["field"].Str(), falsified["weight"]!.GetValue<double>(), falsified["contribution"]!.GetValue<double>(), falsified["context"].Str())
            .Should().Be(("弄虚作假", "title", 4.0, 8.0, "一些地方绿色矿山创建验收弄虚作假"));
    }

    [Fact]
    public async Task ThemesListsTheTaxonomyWithCounts()
    {
        var (status, body) = await api.Get("/api/themes");

        status.Should().Be(HttpStatusCode.OK);
        var themes = body.Items();
        themes.Should().HaveCount(37);
        themes[0]["id"].Str().Should().Be("two-high");
        var twoHigh = themes[0];
        (twoHigh["name"].Str(), twoHigh["nameEn"].Str()).Should().Be(("“两高”项目", "two-high projects"));
        twoHigh["primaryProblems"].Int().Should().Be(3, "000 二, 001 五 and 002 三 are first of all about two-high projects");
        themes.Sum(t => t["primaryProblems"].Int()).Should().Be(84, "every problem has a primary theme, the truncated 003 九 too (its finding survived)");
        themes.Single(t => t["id"].Str() == "sewage-network")["measures"].Int().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task RegionsListsEachRegionWithItsPlans()
    {
        var (_, body) = await api.Get("/api/regions");
        body.Items().Select(r => (r["region"]!["code"].Str(), r["region"]!["level"].Str(), r["documents"].Int())).Should().Equal(
            ("140502", "county", 1), ("360000", "province", 1), ("360732", "county", 1), ("421321", "county", 1), ("433125", "county", 1));
    }

    [Fact]
    public async Task HealthReportsTheStoreAndACurrentIndex()
    {
        var (status, body) = await api.Get("/healthz");
        status.Should().Be(HttpStatusCode.OK);
        (body["status"].Str(), body["documents"].Int(), body["problems"].Int(), body["measures"].Int()).Should().Be(("ok", 5, 84, 259));
        body["indexDocuments"].Int().Should().Be(84 + 259);
        body["indexVersion"].Str().Should().Be("dict-1.thesaurus-3");
    }

    [Fact]
    public async Task EveryRequestIsLoggedOnceWithItsFieldsAndTheStatusTheClientGot()
    {
        var marker = Guid.NewGuid().ToString("N");
        (await api.Get($"/api/search?q={marker}&page=abc")).Status.Should().Be(HttpStatusCode.BadRequest);

        var entries = api.Logs.Entries.Where(e => e.Category == "Rectify.Search.Api.Requests" && $"{e.Fields.GetValueOrDefault("Query")}".Contains(marker)).ToList();
        entries.Should().ContainSingle();
        var fields = entries[0].Fields;
        (fields["Method"], fields["Path"], fields["StatusCode"]).Should().Be(("GET", "/api/search", 400));
        fields["ElapsedMs"].Should().BeOfType<double>();
    }
}
