using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Rectify.Search.Api.Tests.Support;
using static Rectify.Search.Tests.Shared.SeedIds;

namespace Rectify.Search.Api.Tests;

/// <summary>Uploads through the real server: stored, parsed, indexed, replaced, deleted; refused whole, with the reason.</summary>
[Collection(KeyedApiCollection.Name)]
public sealed class DocumentsApiTests(KeyedApiServer api)
{
    private const string Key = KeyedApiServer.Key;

    private static byte[] WordTwinOf004 => File.ReadAllBytes(Path.Combine(RepoFiles.Root, "tests", "Fixtures", "formats", "004-word.docx"));

    private static byte[] Seed(string id) => File.ReadAllBytes(RepoFiles.Seed(id));

    private static string E(string s) => Uri.EscapeDataString(s);

    [Fact]
    public async Task AWordPlanUploadedIsStoredWithItsReportAndKnownAsACopyOfTheSeedItsTextIs()
    {
        using var response = await api.Send(HttpMethod.Post, "/api/documents", Key, ("晋城城区（Word 稿）.docx", WordTwinOf004));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.Location!.OriginalString.Should().Be($"/api/documents/{E("晋城城区-Word-稿")}");
        var file = (await Body(response))["files"].Items().Single();
        (file["fileName"].Str(), file["id"].Str(), file["outcome"].Str(), file["format"].Str()).Should().Be(("晋城城区（Word 稿）.docx", "晋城城区-Word-稿", "added", "a Word document (.docx)"));
        (file["problems"].Int(), file["measures"].Int()).Should().Be((17, 23));
        // The Word copy of seed 004 is the same plan: kept and read, left out of search, which finds 004 itself.
        file["duplicateOf"].Str().Should().Be("004_5daf789ba15e6675");

        var (status, plan) = await api.Get($"/api/documents/{E("晋城城区-Word-稿")}");
        status.Should().Be(HttpStatusCode.OK);
        plan["document"]!["region"]!["code"].Str().Should().Be("140502");
        var (_, found) = await api.Get($"/api/search?q={E("矿山生态修复")}&documentId={E("晋城城区-Word-稿")}");
        found["hits"].Items().Should().BeEmpty();
        var (_, original) = await api.Get($"/api/search?q={E("矿山生态修复")}&documentId=004_5daf789ba15e6675");
        original["hits"].Items().Should().NotBeEmpty();

        using var source = await api.Client.GetAsync($"/api/documents/{E("晋城城区-Word-稿")}/source");
        source.StatusCode.Should().Be(HttpStatusCode.OK);
        (await source.Content.ReadAsByteArrayAsync()).Should().Equal(WordTwinOf004);
        source.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        source.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        source.Content.Headers.ContentDisposition.FileNameStar.Should().Be("晋城城区-Word-稿.docx");
    }

    [Fact]
    public async Task AnUploadedPlanIsReplacedThenDeletedAndLeavesNeitherRecordsNorHitsNorOriginal()
    {
        (await api.Send(HttpMethod.Post, "/api/documents", Key, ("replace-me.txt", Seed(Jiangxi)))).StatusCode.Should().Be(HttpStatusCode.Created);
        var originals = Path.Combine(api.DataDirectory, "originals");
        Directory.GetFiles(originals, "replace-me.*", SearchOption.AllDirectories).Should().ContainSingle();

        using var replaced = await api.Send(HttpMethod.Put, "/api/documents/replace-me", Key, ("any-name.txt", Seed(Suixian)));
        replaced.StatusCode.Should().Be(HttpStatusCode.OK);
        var file = (await Body(replaced))["files"].Items().Single();
        (file["id"].Str(), file["outcome"].Str(), file["problems"].Int(), file["measures"].Int()).Should().Be(("replace-me", "replaced", 14, 56));
        var (_, plan) = await api.Get("/api/documents/replace-me");
        plan["document"]!["region"]!["code"].Str().Should().Be("421321");
        var kept = Directory.GetFiles(originals, "replace-me.*", SearchOption.AllDirectories);
        kept.Should().ContainSingle("the replaced original is discarded").Which.Should().EndWith(Path.Combine(PlanHash(Seed(Suixian)), "replace-me.txt"));

        using var deleted = await api.Client.SendAsync(Request(HttpMethod.Delete, "/api/documents/replace-me", Key));
        deleted.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Body(deleted))["files"]![0]!["outcome"].Str().Should().Be("deleted");
        (await api.Get("/api/documents/replace-me")).Status.Should().Be(HttpStatusCode.NotFound);
        (await api.Get("/api/problems/replace-me.p1")).Status.Should().Be(HttpStatusCode.NotFound);
        var (_, search) = await api.Get($"/api/search?q={E("随县")}&pageSize=100");
        search["hits"].Items().Should().NotContain(h => h["document"]!["id"].Str() == "replace-me");
        Directory.GetFiles(originals, "replace-me.*", SearchOption.AllDirectories).Should().BeEmpty();
        (await api.Client.GetAsync("/api/documents/replace-me/source")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task WithoutTheKeyOrWithAWrongOneAWriteIs401ProblemDetailsAndStoresNothing()
    {
        foreach (var key in new[] { null, "wrong", Key + "x", Key[..^1] })
        {
            using var response = await api.Send(HttpMethod.Post, "/api/documents", key, ("no-key.txt", Seed(Xingguo)));
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            response.Headers.WwwAuthenticate.ToString().Should().Be("ApiKey header=\"X-API-Key\"");
            var body = await Body(response);
            body["title"].Str().Should().Be("API key required");
            body["detail"].Str().Should().Be(key is null
                ? "Writes need the server's API key in the X-API-Key header."
                : "The X-API-Key header does not hold the server's API key.");
            body.ToJsonString().Should().NotContain(Key);
        }
        (await api.Client.SendAsync(Request(HttpMethod.Delete, $"/api/documents/{Xingguo}", null))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await api.Get("/api/documents/no-key")).Status.Should().Be(HttpStatusCode.NotFound);
        api.Logs.Entries.SelectMany(e => e.Fields.Values).Select(v => v?.ToString() ?? "").Should().NotContain(v => v.Contains(Key));
    }

    [Fact]
    public async Task AnUploadOverTheLimitIs413AndNamesTheLimit()
    {
        var big = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("一、问题\n", 30_000)));

        using var response = await api.Send(HttpMethod.Post, "/api/documents", Key, ("big.txt", big));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        var body = await Body(response);
        body["detail"].Str().Should().StartWith("The request is ").And.EndWith("; uploads take at most 0.2 MB in one request (Rectify:MaxUploadBytes).");
        (await api.Get("/api/documents/big")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ALyingFileIs422AndAnUnsupportedFormatIs415EachNamingTheReason()
    {
        using var lying = await api.Send(HttpMethod.Post, "/api/documents", Key, ("lying.docx", Seed(Xingguo)));
        lying.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await Body(lying))["detail"].Str().Should().Be("lying.docx: named .docx but the bytes are text; send it under its own extension");

        using var zip = await api.Send(HttpMethod.Post, "/api/documents", Key, ("archive.zip", Zip(("plan.txt", Seed(Xingguo)))));
        zip.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        var file = (await Body(zip))["files"].Items().Single();
        (file["refusal"].Str(), file["error"].Str()).Should().Be(("unsupported-format",
            "the bytes are a zip archive, not a plan: unpack it and give the plan files inside"));

        using var damaged = await api.Send(HttpMethod.Post, "/api/documents", Key, ("damaged.docx", Zip(("word/document.xml", "<w:document><w:body><w:p>"u8.ToArray()))));
        damaged.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var report = (await Body(damaged))["files"]![0]!;
        report["refusal"].Str().Should().Be("unreadable");
        report["error"].Str().Should().Be("a Word document (.docx) without a body");
        (await api.Get("/api/documents/damaged")).Status.Should().Be(HttpStatusCode.NotFound);

        using var notAForm = await api.Client.PostAsync("/api/documents", new StringContent("{}", Encoding.UTF8, "application/json"));
        notAForm.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task TextAboutARectificationWithoutAProblemListIsStoredWithTheWarningInItsReport()
    {
        using var response = await api.Send(HttpMethod.Post, "/api/documents", Key, ("notes.txt", Encoding.UTF8.GetBytes("会议纪要\n今天召开督察整改推进会，通报整改进展。\n")));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var file = (await Body(response))["files"]![0]!;
        file["problems"].Int().Should().Be(0);
        file["warnings"].Items().Select(w => w["code"].Str()).Should().Equal("title-missing", "year-unknown", "region-unresolved", "no-problem-list");
        file["warnings"]![3]!["message"].Str().Should().StartWith("no recognisable problem list");
    }

    [Fact]
    public async Task AFileWithALongChineseNameIsKeptUnderItsNameWithItsIdCut()
    {
        var name = string.Concat(Enumerable.Repeat("兴国县贯彻落实中央生态环境保护督察报告整改方案", 13)) + ".txt";
        name.Length.Should().BeGreaterThan(300);
        using var response = await api.Send(HttpMethod.Post, "/api/documents", Key, (name, File.ReadAllBytes(Path.Combine(RepoFiles.Root, "seeds", "000_fd899eb3d1702b98.txt"))));
        var body = await Body(response);
        response.StatusCode.Should().Be(HttpStatusCode.Created, body.ToJsonString());
        var file = body["files"]![0]!;
        file["fileName"].Str().Should().Be(name);
        file["id"].Str().Should().Be(name[..50], "the id is cut to 150 bytes of UTF-8: fifty Chinese characters");
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/documents/{Uri.EscapeDataString(name[..50])}") { Headers = { { "X-API-Key", Key } } };
        (await api.Client.SendAsync(delete)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnUploadThatIsNeitherAPlanNorAboutARectificationIsRefusedAndOneThatCannotBeDecodedToo()
    {
        using var weather = await api.Send(HttpMethod.Post, "/api/documents", Key, ("weather.txt", Encoding.UTF8.GetBytes("会议纪要\n今天天气很好。\n")));
        weather.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var file = (await Body(weather))["files"]![0]!;
        file["refusal"].Str().Should().Be("unreadable");
        file["error"].Str().Should().StartWith("it holds no problem list and does not speak of an inspection or its rectification");

        using var replaced = await api.Send(HttpMethod.Post, "/api/documents", Key, ("replaced.txt", Encoding.UTF8.GetBytes(new string('\uFFFD', 1200) + "整改")));
        replaced.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await Body(replaced))["files"]![0]!["error"].Str().Should().StartWith("the text cannot be decoded: 100 % of its characters stand for bytes no encoding could read");
        (await api.Get("/api/documents/weather")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ARequestWithOneBadFileStoresNoneAndReportsEveryFile()
    {
        using var response = await api.Send(HttpMethod.Post, "/api/documents", Key,
            ("batch-good.txt", Seed(Baojing)), ("batch-bad.xlsx", Seed(Xingguo)), ("batch-also-good.docx", WordTwinOf004));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var body = await Body(response);
        body["detail"].Str().Should().StartWith("1 of 3 files were refused, so none was stored; batch-bad.xlsx: named .xlsx but the bytes are text");
        body["files"].Items().Select(f => (f["id"].Str(), f["outcome"].Str())).Should().Equal(
            ("batch-good", "not-stored"), ("batch-bad", "refused"), ("batch-also-good", "not-stored"));
        body["files"]![0]!["problems"].Int().Should().Be(25);
        foreach (var id in new[] { "batch-good", "batch-bad", "batch-also-good" })
            (await api.Get($"/api/documents/{id}")).Status.Should().Be(HttpStatusCode.NotFound);
        var originals = Path.Combine(api.DataDirectory, "originals");
        (Directory.Exists(originals) ? Directory.GetFiles(originals, "batch-*", SearchOption.AllDirectories) : []).Should().BeEmpty();
    }

    [Fact]
    public async Task SeedPlansAreTheSeedFoldersAndTakenIdsAreConflicts()
    {
        using var deleteSeed = await api.Client.SendAsync(Request(HttpMethod.Delete, $"/api/documents/{Jincheng}", Key));
        deleteSeed.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Body(deleteSeed))["detail"].Str().Should().Be($"{Jincheng}: plan '{Jincheng}' is read from the seeds folder ({Jincheng}.txt); change or remove that file instead");

        using var addSeedId = await api.Send(HttpMethod.Post, "/api/documents", Key, ($"{Jincheng}.docx", WordTwinOf004));
        addSeedId.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Body(addSeedId))["files"]![0]!["error"].Str().Should().StartWith($"a plan with the id '{Jincheng}' is already stored");

        using var unknown = await api.Send(HttpMethod.Put, "/api/documents/never-uploaded", Key, ("x.txt", Seed(Xingguo)));
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);

        using var badId = await api.Client.SendAsync(Request(HttpMethod.Delete, "/api/documents/a.b", Key));
        badId.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await api.Get($"/api/documents/{Jincheng}")).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task WhenTheOriginalCannotBeKeptNothingIsStoredAndTheAnswerIs503()
    {
        // A folder where the second file's original would go: the first original is written, the second cannot be,
        // and the store takes neither plan.
        var second = Seed(Suixian);
        var blocked = Path.Combine(api.DataDirectory, "originals", PlanHash(second), "blocked-second.txt");
        Directory.CreateDirectory(blocked);

        using var response = await api.Send(HttpMethod.Post, "/api/documents", Key, ("blocked-first.txt", Seed(Baojing)), ("blocked-second.txt", second));

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var body = await Body(response);
        body["files"].Items().Should().OnlyContain(f => f["refusal"].Str() == "storage-failed" && f["error"].Str().Contains("; nothing of this request was stored"));
        body.ToJsonString().Should().NotContain(api.DataDirectory, "no server paths in answers");
        (await api.Get("/api/documents/blocked-first")).Status.Should().Be(HttpStatusCode.NotFound);
        (await api.Get("/api/documents/blocked-second")).Status.Should().Be(HttpStatusCode.NotFound);
        Directory.Delete(blocked);
    }

    [Fact]
    public async Task AMirrorUploadedAfterItsOriginalIsReportedAsItsCopyAndLeftOutOfSearch()
    {
        var original = File.ReadAllBytes(Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", "layouts", "24_mashan_2026.txt"));
        // A mirror's copy: traditional forms, injected pinyin, the portal's chrome around it.
        var text = Encoding.UTF8.GetString(original).Replace("生态环境", "生態環境");
        var mirror = Encoding.UTF8.GetBytes("首页 > 信息公开\n" + System.Text.RegularExpressions.Regex.Replace(text, "([\u4e00-\u9fff]{4})", "$1 gongshi ") + "\n版权所有 ICP备00000000号\n");
        (await api.Send(HttpMethod.Post, "/api/documents", Key, ("麻山原文.txt", original))).StatusCode.Should().Be(HttpStatusCode.Created);

        using var response = await api.Send(HttpMethod.Post, "/api/documents", Key, ("麻山镜像.txt", mirror));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var file = (await Body(response))["files"].Items().Single();
        (file["id"].Str(), file["duplicateOf"].Str()).Should().Be(("麻山镜像", "麻山原文"));
        file["similarity"]!.GetValue<double>().Should().BeGreaterThanOrEqualTo(0.7);
        var (_, hits) = await api.Get($"/api/search?q={E("麻山")}&pageSize=100");
        hits["hits"].Items().Should().Contain(h => h["document"]!["id"].Str() == "麻山原文").And.NotContain(h => h["document"]!["id"].Str() == "麻山镜像");
        foreach (var id in new[] { "麻山镜像", "麻山原文" })
            (await api.Client.SendAsync(Request(HttpMethod.Delete, $"/api/documents/{E(id)}", Key))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheOpenApiDocumentDeclaresTheKeySchemeOnEveryWriteAndOnNoRead()
    {
        var (_, doc) = await api.Get("/openapi/v1.json");

        var scheme = doc["components"]!["securitySchemes"]!["ApiKey"]!;
        (scheme["type"].Str(), scheme["in"].Str(), scheme["name"].Str()).Should().Be(("apiKey", "header", "X-API-Key"));
        var secured = doc["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Where(o => o.Value!["security"] is not null).Select(o => $"{o.Key.ToUpperInvariant()} {p.Key}"));
        secured.Should().BeEquivalentTo("POST /api/documents", "PUT /api/documents/{id}", "DELETE /api/documents/{id}",
            "POST /api/drafts", "PUT /api/drafts/{id}", "DELETE /api/drafts/{id}", "POST /api/drafts/{id}/problems/{position}/compose", "POST /api/drafts/{id}/publish", "POST /api/admin/backup");
        doc["paths"]!["/api/documents"]!["post"]!["requestBody"]!["content"]!.AsObject().Select(c => c.Key).Should().Equal("multipart/form-data");
    }

    private static string PlanHash(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    private static HttpRequestMessage Request(HttpMethod method, string url, string? key)
    {
        var request = new HttpRequestMessage(method, url);
        if (key is not null)
            request.Headers.Add("X-API-Key", key);
        return request;
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }
        return stream.ToArray();
    }

    private static async Task<JsonNode> Body(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");
}
