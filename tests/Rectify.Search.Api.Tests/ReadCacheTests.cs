using System.Net;
using System.Text.Json.Nodes;
using Rectify.Search.Api.Tests.Support;

namespace Rectify.Search.Api.Tests;

/// <summary>
/// The read cache through the real server: the same costly read asked again is given from memory, word for word; other
/// parameters are other answers; errors are never kept; and a write makes every kept answer stale at once.
/// </summary>
[Collection(KeyedApiCollection.Name)]
public sealed class ReadCacheTests(KeyedApiServer api)
{
    private static string E(string s) => Uri.EscapeDataString(s);

    private async Task<(HttpStatusCode Status, bool FromCache, string Body)> Ask(string url)
    {
        using var response = await api.Client.GetAsync(url);
        return (response.StatusCode, response.Headers.TryGetValues("X-Read-Cache", out var values) && values.Single() == "hit", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AComparisonAskedAgainIsGivenFromTheCacheWordForWordAndAnotherPageIsComputed()
    {
        var url = "/api/compare?theme=sewage-network&pageSize=2";
        var first = await Ask(url);
        var again = await Ask(url);
        var otherPage = await Ask(url + "&page=2");

        (first.Status, again.Status, otherPage.Status).Should().Be((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK));
        again.FromCache.Should().BeTrue();
        again.Body.Should().Be(first.Body);
        otherPage.FromCache.Should().BeFalse("page 2 is another answer");
        otherPage.Body.Should().NotBe(first.Body);
    }

    [Fact]
    public async Task AnErrorIsNeverKept()
    {
        var url = "/api/search?q=%E6%B1%A1%E6%B0%B4&pageSize=0";
        var first = await Ask(url);
        var again = await Ask(url);

        (first.Status, again.Status).Should().Be((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest));
        again.FromCache.Should().BeFalse();
        again.Body.Should().Contain("pageSize");
    }

    [Fact]
    public async Task AnUploadMakesTheKeptSearchThemesAndListStaleAndTheDeletionAgain()
    {
        var search = $"/api/search?q={E("盗采河砂")}&pageSize=50";
        var list = "/api/documents?pageSize=1000";
        string[] urls = [search, list, "/api/themes"];
        foreach (var url in urls)
            await Ask(url);
        foreach (var url in urls)
            (await Ask(url)).FromCache.Should().BeTrue($"{url} was asked before and nothing changed");
        var documentsBefore = Total(await Ask(list));
        Plans(await Ask(search)).Should().NotContain("cache-probe");

        var plan = File.ReadAllBytes(Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", "layouts", "15_tongshan_2024.txt"));
        using (var added = await api.Send(HttpMethod.Post, "/api/documents", KeyedApiServer.Key, ("cache-probe.txt", plan)))
            added.StatusCode.Should().Be(HttpStatusCode.Created);

        var found = await Ask(search);
        found.FromCache.Should().BeFalse("the upload changed what the index holds");
        Plans(found).Should().Contain("cache-probe");
        Total(await Ask(list)).Should().Be(documentsBefore + 1);
        (await Ask("/api/themes")).FromCache.Should().BeFalse();

        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/documents/cache-probe");
        delete.Headers.Add("X-API-Key", KeyedApiServer.Key);
        using (var deleted = await api.Client.SendAsync(delete))
            deleted.StatusCode.Should().Be(HttpStatusCode.OK);
        Plans(await Ask(search)).Should().NotContain("cache-probe");
        Total(await Ask(list)).Should().Be(documentsBefore);
    }

    private static List<string> Plans((HttpStatusCode Status, bool FromCache, string Body) answer) =>
        JsonNode.Parse(answer.Body)!["hits"]!.AsArray().Select(h => h!["document"]!["id"]!.GetValue<string>()).ToList();

    private static int Total((HttpStatusCode Status, bool FromCache, string Body) answer) => JsonNode.Parse(answer.Body)!["total"]!.GetValue<int>();
}
