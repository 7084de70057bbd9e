using System.Net;
using System.Net.Http.Json;
using Rectify.Search.Api.Tests.Support;

namespace Rectify.Search.Api.Tests;

/// <summary>/metrics as Prometheus scrapes it: the HTTP server's requests by route and status, the service's own figures.</summary>
public sealed class MetricsTests
{
    [Fact]
    public async Task MetricsSayRequestsByRouteSearchTimesAndWhatTheStoreAndIndexHold()
    {
        using var api = new ApiServer();
        (await api.Client.GetAsync("/api/search?q=%E6%B1%A1%E6%B0%B4")).EnsureSuccessStatusCode();
        (await api.Client.GetAsync("/api/documents/doesnotexist")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await api.Client.PostAsJsonAsync("/api/similar", new { text = "加强畜禽养殖污染治理" })).EnsureSuccessStatusCode();

        using var response = await api.Client.GetAsync("/metrics");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        lines.Should().Contain(l => l.StartsWith("http_server_request_duration_seconds_count{") && l.Contains("http_route=\"/api/search\"") && l.Contains("http_response_status_code=\"200\""));
        lines.Should().Contain(l => l.StartsWith("http_server_request_duration_seconds_count{") && l.Contains("http_route=\"/api/documents/{id}\"") && l.Contains("http_response_status_code=\"404\""));
        lines.Should().Contain(l => l.StartsWith("rectify_search_duration_seconds_count{") && l.Contains("unit=\"problem\""));
        lines.Should().Contain(l => l.StartsWith("rectify_precedents_duration_seconds_count{") && l.Contains("unit=\"measure\""));
        var data = Path.GetFullPath(api.DataDirectory);
        var documents = lines.Single(l => l.StartsWith("rectify_index_documents{") && l.Contains($"data_dir=\"{data}\""));
        long.Parse(documents.Split(' ')[1]).Should().BeGreaterThan(100, "the seeds' problems and measures are indexed");
        lines.Should().Contain(l => l.StartsWith("rectify_store_plans{") && l.Contains($"data_dir=\"{data}\"") && l.Split(' ')[1] == "5");
        lines.Should().Contain(l => l.StartsWith("rectify_store_size_bytes{") && l.Contains($"data_dir=\"{data}\""));
    }

    [Fact]
    public async Task MetricsAreSwitchedOffByConfiguration()
    {
        using var api = ApiServer.With(new Dictionary<string, string> { ["Rectify:Metrics"] = "false" });
        (await api.Client.GetAsync("/metrics")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
