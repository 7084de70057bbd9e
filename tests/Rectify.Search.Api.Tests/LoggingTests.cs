using System.Net;
using System.Text.Json.Nodes;
using Rectify.Search.Api.Tests.Support;

namespace Rectify.Search.Api.Tests;

/// <summary>The log as an operator reads it: one JSON object per line, each entry of a request carrying its id.</summary>
public sealed class LoggingTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task ARefusedUploadIsFollowedFromItsRequestToItsReasonByTheRequestId()
    {
        using var api = ApiProcess.Start(_data.Path, Path.Combine(RepoFiles.Root, "seeds"), ("Rectify:ApiKey", "k-log"));
        await api.WaitUntilHealthy();
        using var response = await api.Client.SendAsync(Uploads.Request(HttpMethod.Post, "/api/documents", "k-log", ("不是方案.txt", "今天天气很好，我们去公园散步。"u8.ToArray())));
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var requestId = response.Headers.GetValues("X-Request-Id").Single();

        JsonObject[] entries = [];
        for (var i = 0; i < 50 && !entries.Any(e => e["Category"]!.GetValue<string>() == "Rectify.Search.Api.Requests"); i++)
        {
            await Task.Delay(100);
            entries = api.Log.Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonNode.Parse(l)!.AsObject())
                .Where(e => e["Scopes"]?.AsArray().Any(s => s?["RequestId"]?.GetValue<string>() == requestId) == true).ToArray();
        }
        entries.Should().Contain(e => e["LogLevel"]!.GetValue<string>() == "Warning"
            && e["Category"]!.GetValue<string>() == "Rectify.Search.Service.Uploads.DocumentUploads"
            && e["State"]!["FileName"]!.GetValue<string>() == "不是方案.txt"
            && e["State"]!["Refusal"]!.GetValue<string>() == "unreadable", "the refusal is logged with its reason, under the request's id");
        entries.Should().Contain(e => e["Category"]!.GetValue<string>() == "Rectify.Search.Api.Requests"
            && e["State"]!["StatusCode"]!.ToString() == "422" && e["State"]!["Path"]!.GetValue<string>() == "/api/documents");
        entries.Should().OnlyContain(e => e["Timestamp"] != null);
    }
}
