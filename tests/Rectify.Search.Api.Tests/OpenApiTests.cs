using System.Net;
using Rectify.Search.Api.Tests.Support;

namespace Rectify.Search.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class OpenApiTests(ApiServer api)
{
    [Fact]
    public async Task TheOpenApiDocumentDescribesEveryEndpoint()
    {
        var (status, doc) = await api.Get("/openapi/v1.json");

        status.Should().Be(HttpStatusCode.OK);
        var paths = doc["paths"]!.AsObject();
        paths.Select(p => p.Key).Should().BeEquivalentTo(
            "/healthz", "/api/search", "/api/measures/{id}/similar", "/api/problems/{id}/similar", "/api/similar", "/api/documents", "/api/documents/{id}", "/api/documents/{id}/source",
            "/api/problems/{id}", "/api/measures/{id}", "/api/regions", "/api/divisions", "/api/admin/backup", "/api/themes", "/api/compare",
            "/api/drafts", "/api/drafts/{id}", "/api/drafts/{id}/problems/{position}/compose", "/api/drafts/{id}/export", "/api/drafts/{id}/publish");
        foreach (var (path, item) in paths)
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                operation!["summary"].Str().Should().NotBeNullOrWhiteSpace($"{method} {path} has a summary");
                operation["description"].Str().Should().NotBeNullOrWhiteSpace($"{method} {path} has a description");
            }
        }
        var search = paths["/api/search"]!["get"]!["parameters"].Items();
        search.Select(p => p["name"].Str()).Should().Contain(["q", "province", "theme", "deadlineFrom", "unit", "page", "pageSize"]);
        search.Should().OnlyContain(p => !string.IsNullOrEmpty(p["description"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TheApiReferencePageIsServedWithItsScriptFromThisServer()
    {
        using var page = await api.Client.GetAsync("/scalar/v1");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("Rectify.Search API").And.NotContain("cdn.jsdelivr.net");

        // The root is the web app for people, which links the reference for developers.
        using var root = await api.Client.GetAsync("/");
        root.RequestMessage!.RequestUri!.AbsolutePath.Should().Be("/");
        (await root.Content.ReadAsStringAsync()).Should().Contain("href=\"/scalar/v1\"");
    }

    [BrowserFact]
    public async Task TheReferencePageRendersOurOperationsInARealBrowserWithoutTheNetwork()
    {
        var dom = await Chromium.RenderedDom(new Uri(api.Client.BaseAddress!, "/scalar/v1#tag/search/GET/api/search"));

        // Scalar's script, served by the application itself, read /openapi/v1.json and rendered it: every tag as a
        // section, and the operation the link names opened.
        dom.Should().Contain("id=\"v1/tag/search/GET/api/search\"").And.Contain("Search problems and measures");
        dom.Should().Contain("id=\"v1/tag/precedents\"").And.Contain("id=\"v1/tag/records\"").And.Contain("id=\"v1/tag/service\"");
    }
}
