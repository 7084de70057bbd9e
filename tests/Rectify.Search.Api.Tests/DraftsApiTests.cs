using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Rectify.Search.Api.Tests.Support;
using Rectify.Search.Service.Ingestion;

namespace Rectify.Search.Api.Tests;

/// <summary>Drafting through the real server: a feedback in, a composed and cited draft out, edited, exported, read back, published.</summary>
[Collection(KeyedApiCollection.Name)]
public sealed class DraftsApiTests(KeyedApiServer api)
{
    private const string Key = KeyedApiServer.Key;

    /// <summary>A county's feedback in the inspectors' words: five numbered problems after a preamble.</summary>
    public const string Feedback = """
        中央第三生态环境保护督察组向保靖县反馈督察情况
        督察发现的主要问题：
        一、对生态环境保护工作重视不够。一些领导干部对习近平生态文明思想学习不深入，存在重发展、轻保护的倾向。
        二、城镇污水管网建设滞后。县城生活污水集中收集率仅为45%，污水处理厂进水化学需氧量浓度长期低于100毫克/升，雨污合流问题突出。
        三、畜禽养殖污染问题突出。禁养区内仍有12家生猪养殖场未关停，部分规模养殖场粪污直排河道。
        四、矿山生态修复滞后。历史遗留废弃矿山23处未完成治理，部分采石场边开采边破坏。
        五、农业面源污染防治不力。化肥农药使用量居高不下，测土配方施肥覆盖率偏低。
        """;

    private async Task<HttpResponseMessage> Json(HttpMethod method, string url, string? key, object body)
    {
        var request = new HttpRequestMessage(method, url) { Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };
        if (key is not null)
            request.Headers.Add("X-API-Key", key);
        return await api.Client.SendAsync(request);
    }

    private static async Task<JsonNode> Body(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");

    private async Task<JsonNode> Created()
    {
        using var response = await Json(HttpMethod.Post, "/api/drafts", Key, new { text = Feedback, region = "保靖县", year = 2026 });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var draft = await Body(response);
        response.Headers.Location!.OriginalString.Should().Be($"/api/drafts/{draft["id"].Str()}");
        return draft;
    }

    [Fact]
    public async Task AFeedbackBecomesADraftComposedFromPrecedentsOfOtherProvincesEveryItemCited()
    {
        var draft = await Created();

        draft["title"].Str().Should().Be("保靖县生态环境保护督察反馈问题整改方案");
        (draft["region"]!["code"].Str(), draft["region"]!["level"].Str(), draft["year"].Int()).Should().Be(("433125", "county", 2026));
        var problems = draft["problems"].Items();
        problems.Select(p => p["label"].Str()).Should().Equal("一", "二", "三", "四", "五");
        problems[1]["text"].Str().Should().StartWith("城镇污水管网建设滞后。县城生活污水集中收集率仅为45%");
        problems[1]["themes"].Strs().Should().Contain("sewage-network");
        problems[3]["themes"].Strs().Should().Contain("mine-restoration");
        foreach (var problem in problems)
        {
            // Precedents from other provinces than 湖南省, the composed measures cited from the first of them.
            var precedents = problem["precedents"].Items();
            precedents.Should().NotBeEmpty().And.HaveCountLessThanOrEqualTo(5).And.OnlyContain(p => !p["region"].Str().StartsWith("湖南省"));
            var measures = problem["measures"].Items();
            measures.Should().NotBeEmpty();
            measures.Should().OnlyContain(m => m["source"]!["documentId"].Str() == precedents[0]["documentId"].Str());
            measures[0]["source"]!["measureId"].Str().Should().Be(precedents[0]["measures"].Items()[0]["id"].Str());
        }
        // 矿山生态修复滞后 answered by 兴国县's mine problem: its unit named for 保靖县, its date moved to the draft's years.
        var mine = problems[3];
        mine["leadUnits"].Items().Select(u => u["text"].Str()).Should().Equal("保靖县自然资源局");
        (mine["deadline"]!["kind"].Str(), mine["deadline"]!["confirmed"]!.GetValue<bool>()).Should().Be(("date", false));
        mine["deadline"]!["date"].Str().Should().MatchRegex(@"^20(2[6-9]|3[01])-12-31$");
    }

    [Fact]
    public async Task ADraftIsReadListedEditedRecomposedAndDeletedAndEachErrorNamesItsField()
    {
        var draft = await Created();
        var id = draft["id"].Str();

        var (status, listed) = await api.Get("/api/drafts");
        status.Should().Be(HttpStatusCode.OK);
        listed.Items().Should().Contain(d => d["id"].Str() == id && d["problems"].Int() == 5);

        // Split problem 二 into two, write one's measure by hand, confirm a deadline.
        var problems = draft["problems"].Items();
        var edited = new object[]
        {
            new { label = "一", text = problems[0]["text"].Str() },
            new { label = "二", text = "城镇污水管网建设滞后。县城生活污水集中收集率仅为45%。", measures = new[] { new { text = "2027年底前完成县城老旧污水管网改造30公里。" } },
                  deadline = new { text = "2027年12月底前", kind = "date", date = "2027-12-31", confirmed = true } },
            new { label = "三", text = "雨污合流问题突出。" },
        };
        using (var put = await Json(HttpMethod.Put, $"/api/drafts/{id}", Key, new { problems = edited }))
        {
            put.StatusCode.Should().Be(HttpStatusCode.OK);
            var saved = await Body(put);
            saved["problems"].Items().Select(p => p["label"].Str()).Should().Equal("一", "二", "三");
            saved["problems"].Items()[1]["measures"].Items().Single()["source"].Should().BeNull("the drafter wrote it");
            saved["problems"].Items()[1]["deadline"]!["confirmed"]!.GetValue<bool>().Should().BeTrue();
        }

        // Problem 三 takes its items from a precedent the drafter chose.
        var (_, got) = await api.Get($"/api/drafts/{id}?precedents=3");
        var chosen = got["problems"].Items()[2]["precedents"].Items()[0]["problemId"].Str();
        using (var compose = await Json(HttpMethod.Post, $"/api/drafts/{id}/problems/3/compose", Key, new { precedent = chosen }))
        {
            compose.StatusCode.Should().Be(HttpStatusCode.OK);
            var composed = (await Body(compose))["problems"].Items()[2];
            composed["measures"].Items().Should().NotBeEmpty().And.OnlyContain(m => m["source"]!["measureId"].Str().StartsWith(chosen + ".m"));
        }

        using (var bad = await Json(HttpMethod.Put, $"/api/drafts/{id}", Key, new { problems = new[] { new { text = "", deadline = new { text = "明年", kind = "soon", date = "2027-13-40" } } } }))
        {
            bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await Body(bad)).ErrorKeys().Should().BeEquivalentTo("problems[0].text", "problems[0].deadline.kind", "problems[0].deadline.date");
        }
        (await Json(HttpMethod.Put, $"/api/drafts/{id}", Key, new { region = "不存在县" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Json(HttpMethod.Post, $"/api/drafts/{id}/problems/9/compose", Key, new { precedent = chosen })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Json(HttpMethod.Post, $"/api/drafts/{id}/problems/1/compose", Key, new { precedent = "nope.p1" })).StatusCode.Should().Be(HttpStatusCode.NotFound);

        using (var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/drafts/{id}"))
        {
            delete.Headers.Add("X-API-Key", Key);
            (await api.Client.SendAsync(delete)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        }
        var (gone, problem) = await api.Get($"/api/drafts/{id}");
        gone.Should().Be(HttpStatusCode.NotFound);
        problem["detail"].Str().Should().Be($"No draft has the id '{id}'. GET /api/drafts lists the drafts.");
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public async Task AnExportedDraftReadsBackIntoTheSamePlan(string format)
    {
        var draft = await Created();
        var id = draft["id"].Str();

        using var response = await api.Client.GetAsync($"/api/drafts/{id}/export?format={format}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be($"保靖县生态环境保护督察反馈问题整改方案.{format}");
        var plan = PlanFileReader.Parse($"draft.{format}", await response.Content.ReadAsByteArrayAsync());
        var problems = draft["problems"].Items();
        plan.Problems.Select(p => p.Text).Should().Equal(problems.Select(p => p["text"].Str()));
        for (var i = 0; i < problems.Count; i++)
        {
            var written = problems[i];
            var read = plan.Problems[i];
            read.Measures.Select(m => m.Text).Should().Equal(written["measures"].Items().Select(m => m["text"].Str().ReplaceLineEndings(" ")), $"problem {i + 1}");
            read.Fields.Target.Should().Be(written["target"]?["text"].Str());
            read.Fields.DeadlineRaw.Should().Be(written["deadline"]?["text"].Str());
            read.Fields.LeadUnits.Should().Equal(written["leadUnits"].Items().Select(u => u["text"].Str()));
        }
    }

    [Fact]
    public async Task AFeedbackFileIsReadLikeAPlanAndBadInputIsRefusedWithTheReason()
    {
        var docx = Writing.DraftDocx.Write(new Core.Model.Draft("d_x", "反馈", null, 2026,
            [Core.Model.DraftProblem.Bare("1", "黑臭水体治理不彻底，城区3条黑臭水体返黑返臭。", []), Core.Model.DraftProblem.Bare("2", "建筑工地“六个百分百”落实不严，扬尘管控不到位。", [])], "", ""));
        using var request = Uploads.Request(HttpMethod.Post, "/api/drafts", Key, ("反馈意见.docx", docx));
        ((MultipartFormDataContent)request.Content!).Add(new StringContent("湖南省保靖县"), "region");
        using (var response = await api.Client.SendAsync(request))
        {
            response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            var draft = await Body(response);
            draft["problems"].Items().Select(p => p["text"].Str()).Should().Equal("黑臭水体治理不彻底，城区3条黑臭水体返黑返臭。", "建筑工地“六个百分百”落实不严，扬尘管控不到位。");
        }

        (await Json(HttpMethod.Post, "/api/drafts", null, new { text = Feedback })).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using (var noText = await Json(HttpMethod.Post, "/api/drafts", Key, new { region = "保靖县" }))
        {
            noText.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await Body(noText)).ErrorKeys().Should().Equal("text");
        }
        using (var region = await Json(HttpMethod.Post, "/api/drafts", Key, new { text = Feedback, region = "不存在县" }))
        {
            region.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await Body(region))["errors"]!["region"]![0].Str().Should().Be("no province, city or county is named 不存在县");
        }
        using (var broken = await api.Send(HttpMethod.Post, "/api/drafts", Key, ("反馈.docx", Encoding.UTF8.GetBytes("not a zip"))))
        {
            broken.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
            (await Body(broken))["detail"].Str().Should().Be("反馈.docx: named .docx but the bytes are text");
        }
        var (status, _) = await api.Get("/api/drafts/d_000000000000/export");
        status.Should().Be(HttpStatusCode.NotFound);
        var draftId = (await Created())["id"].Str();
        var (badFormat, body) = await api.Get($"/api/drafts/{draftId}/export?format=pdf");
        badFormat.Should().Be(HttpStatusCode.BadRequest);
        body["errors"]!["format"]![0].Str().Should().Be("must be docx or xlsx, not 'pdf'");
    }

    [Fact]
    public async Task APublishedDraftIsSearchedAsAPlanAndADraftIsNot()
    {
        var draft = await Created();
        var id = draft["id"].Str();
        var measure = draft["problems"].Items()[3]["measures"].Items()[0]["text"].Str();
        var (_, before) = await api.Get($"/api/search?q={Uri.EscapeDataString("矿山生态修复")}&documentId={id}");
        before["hits"].Items().Should().BeEmpty("a draft is never indexed");

        using var publish = new HttpRequestMessage(HttpMethod.Post, $"/api/drafts/{id}/publish");
        publish.Headers.Add("X-API-Key", Key);
        using var response = await api.Client.SendAsync(publish);

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var (_, plan) = await api.Get($"/api/documents/{id}");
        plan["problems"].Items().Should().HaveCount(5);
        plan["problems"].Items()[3]["measures"].Items()[0]["text"].Str().Should().Be(measure);
    }
}
