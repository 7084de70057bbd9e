using System.Net.Http.Headers;

namespace Rectify.Search.Api.Tests.Support;

/// <summary>The real server with writes turned on: an API key, and an upload limit of 200 KB.</summary>
public sealed class KeyedApiServer() : ApiServer(new Dictionary<string, string>
{
    ["Rectify:ApiKey"] = Key,
    ["Rectify:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["Rectify:WritesPerMinute"] = "1000",
})
{
    public const string Key = "k-7f3a9c1e-rectify";
    public const long MaxUploadBytes = 200_000;

    /// <summary>Sends <paramref name="files"/> (name, bytes) as one multipart form, with <paramref name="key"/> in X-API-Key when given.</summary>
    public Task<HttpResponseMessage> Send(HttpMethod method, string url, string? key, params (string Name, byte[] Bytes)[] files) =>
        Client.SendAsync(Uploads.Request(method, url, key, files));
}

/// <summary>Upload requests as clients send them.</summary>
public static class Uploads
{
    /// <summary>A multipart form of <paramref name="files"/> (name, bytes), with <paramref name="key"/> in X-API-Key when given.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string url, string? key, params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "file", name);
        }
        var request = new HttpRequestMessage(method, url) { Content = form };
        // As curl does for large bodies: the body follows the server's 100 Continue, so a 413 answered from the headers
        // reaches the client instead of a connection reset while it is still sending.
        request.Headers.ExpectContinue = true;
        if (key is not null)
            request.Headers.Add("X-API-Key", key);
        return request;
    }
}

[CollectionDefinition(Name)]
public sealed class KeyedApiCollection : ICollectionFixture<KeyedApiServer>
{
    public const string Name = "api with writes";
}
