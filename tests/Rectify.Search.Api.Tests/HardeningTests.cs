using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using Rectify.Search.Api.Tests.Support;

namespace Rectify.Search.Api.Tests;

/// <summary>What every answer carries and what the server refuses to do: compression, headers, logs, write limits.</summary>
[Collection(ApiCollection.Name)]
public sealed class HardeningTests(ApiServer api)
{
    private static string E(string s) => Uri.EscapeDataString(s);

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task AnswersAreCompressedForClientsThatAcceptItAndDecompressToTheSameJson(string encoding)
    {
        using var raw = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = api.Client.BaseAddress };
        var url = $"/api/search?q={E("污水管网")}&unit=measure&pageSize=100";
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);

        using var compressed = await raw.SendAsync(request);
        var bytes = await compressed.Content.ReadAsByteArrayAsync();
        using var plain = await raw.GetAsync(url);
        var plainBytes = await plain.Content.ReadAsByteArrayAsync();
        var expected = System.Text.Encoding.UTF8.GetString(plainBytes);

        compressed.Content.Headers.ContentEncoding.Should().Equal(encoding);
        plain.Content.Headers.ContentEncoding.Should().BeEmpty();
        using Stream decoder = encoding == "br" ? new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress) : new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        var text = await new StreamReader(decoder).ReadToEndAsync();
        JsonNode.Parse(text)!["total"]!.GetValue<int>().Should().Be(JsonNode.Parse(expected)!["total"]!.GetValue<int>());
        bytes.Length.Should().BeLessThan(plainBytes.Length / 2, "JSON of repeated records compresses well, even at the fastest level");
    }

    [Fact]
    public async Task EveryAnswerCarriesTheSecurityHeadersAndNoneOpensCors()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/themes");
        request.Headers.Add("Origin", "https://elsewhere.example");

        using var response = await api.Client.SendAsync(request);

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        response.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
        using var missing = await api.Client.GetAsync("/api/problems/nope.p1");
        missing.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    [Fact]
    public async Task AHugeQueryIsLoggedAsItsStartAndItsLength()
    {
        var marker = "巡查" + Guid.NewGuid().ToString("N")[..6];
        await api.Get($"/api/search?q={E(marker + new string('污', 9_990))}");

        var logged = api.Logs.Entries.Where(e => e.Category == "Rectify.Search.Api.Requests" && $"{e.Fields.GetValueOrDefault("Query")}".Contains(E(marker)))
            .Select(e => $"{e.Fields["Query"]}").Single();
        logged.Length.Should().BeLessThan(360);
        logged.Should().EndWith($"…({("?q=" + E(marker + new string('污', 9_990))).Length:N0} chars)");
    }

    [Fact]
    public async Task WritesPastTheLimitAre429WithRetryAfter()
    {
        using var limited = ApiServer.With(new Dictionary<string, string> { ["Rectify:ApiKey"] = "k", ["Rectify:WritesPerMinute"] = "2" });
        async Task<HttpResponseMessage> Delete()
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/documents/not-there");
            request.Headers.Add("X-API-Key", "k");
            return await limited.Client.SendAsync(request);
        }

        (await Delete()).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Delete()).StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var third = await Delete();

        third.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        third.Headers.GetValues("Retry-After").Should().Equal("60");
        var body = JsonNode.Parse(await third.Content.ReadAsStringAsync())!;
        body["detail"]!.GetValue<string>().Should().Be("This address made more than 2 uploads, replacements or deletions in a minute; try again after a minute.");
        (await limited.Client.GetAsync("/api/themes")).StatusCode.Should().Be(HttpStatusCode.OK, "reads are not limited");
    }
}
