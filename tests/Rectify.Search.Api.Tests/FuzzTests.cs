using System.Text;
using Rectify.Search.Api.Tests.Support;

namespace Rectify.Search.Api.Tests;

/// <summary>
/// Requests nobody should send, against the real server: every endpoint with parameters drawn from hostile values —
/// invalid UTF-8, %00 and control characters, huge numbers and strings, path tricks, Lucene syntax, wrong methods and
/// bodies. None may answer 5xx; every 4xx the application shapes is a ProblemDetails. 2,000 requests here (a fixed
/// seed, so a failure replays); RECTIFY_FUZZ_REQUESTS=10000 for the full run the README reports.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FuzzTests(ApiServer api)
{
    private static readonly string[] Values =
    [
        "", "0", "-1", "1", "2147483648", "99999999999999999999", "1e309", "NaN", "abc", "true", "null", "[]", "{}",
        "%00", "%FF%FE", "%C3%28", "%E4%B8", "%ED%A0%80", "%0A%0D", "%7F", "%20", "+", "%2F..%2F..%2Fetc%2Fpasswd", "..", "../..",
        "两高项目", "%E4%B8%A4%E9%AB%98", "title:污水", "AND(", "\"两高", "污水~2", "[a TO b]", "*", "?", "\\", "'", "<script>",
        "2025-13-01", "2025-02-30", "2025", "2025-12", "county", "town", "all", "other-provinces", "csv", "json", "xml",
        new string('污', 2000), new string('a', 5000), "%F0%9F%99%82", "%E2%80%8B", "%EF%BF%BD",
    ];

    private static readonly string[] Keys =
    [
        "q", "page", "pageSize", "unit", "province", "city", "county", "level", "theme", "department", "documentId", "yearFrom", "yearTo",
        "deadlineFrom", "deadlineTo", "facets", "k", "scope", "metric", "format", "text", "x", "%00", "q%00",
    ];

    private static readonly string[] Paths =
    [
        "/api/search", "/api/compare", "/api/documents", "/api/documents/{v}", "/api/documents/{v}/source", "/api/problems/{v}",
        "/api/measures/{v}", "/api/problems/{v}/similar", "/api/measures/{v}/similar", "/api/similar", "/api/themes", "/api/regions",
        "/healthz", "/", "/app/{v}", "/openapi/v1.json", "/api/{v}",
    ];

    [Fact]
    public async Task HostileRequestsNeverGetA5xxAndEvery4xxTheApplicationShapesIsAProblemDetails()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("RECTIFY_FUZZ_REQUESTS"), out var n) ? n : 2_000;
        var random = new Random(20261202);
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        for (var i = 0; i < count; i++)
        {
            string Pick(string[] from) => from[random.Next(from.Length)];
            var path = Pick(Paths).Replace("{v}", Pick(Values), StringComparison.Ordinal);
            var query = string.Join("&", Enumerable.Range(0, random.Next(0, 5)).Select(_ => $"{Pick(Keys)}={Pick(Values)}"));
            // Characters outside ASCII escaped as UTF-8, as browsers send them; the ASCII tricks stay raw.
            var target = EscapeNonAscii(query.Length > 0 ? $"{path}?{query}" : path);
            var method = random.Next(10) switch { 0 => "POST", 1 => "PUT", 2 => "DELETE", _ => "GET" };
            string? body = null, type = null;
            if (method != "GET" && random.Next(2) == 0)
            {
                body = random.Next(3) switch
                {
                    0 => $"{{\"text\":\"{Pick(Values)}\",\"k\":{random.Next(-5, 500)},\"unit\":\"{Pick(Values)}\"}}",
                    1 => "{\"text\": ",
                    _ => Encoding.Latin1.GetString(Enumerable.Range(0, 64).Select(_ => (byte)random.Next(256)).ToArray()),
                };
                type = random.Next(2) == 0 ? "application/json" : "text/plain";
            }
            var (status, contentType, text) = await Send(method, target, body, type);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500)
                failures.Add($"{method} {Short(target)} → {status}: {text[..Math.Min(200, text.Length)]}");
            else if (status >= 400 && text.Length > 0 && contentType != "application/problem+json")
                failures.Add($"{method} {Short(target)} → {status} as {contentType}");
            else if (status >= 400 && text.Length == 0 && !KestrelRejects(target))
                failures.Add($"{method} {Short(target)} → {status} without a body");
            if (text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Exception", StringComparison.Ordinal) || text.Contains(api.DataDirectory, StringComparison.Ordinal))
                failures.Add($"{method} {Short(target)} → {status} shows internals");
        }

        failures.Select(f => f.Length > 240 ? f[..240] + "…" : f).Distinct().Should().BeEmpty();
        statuses.Keys.Should().Contain(200).And.Contain(400).And.Contain(404);
    }

    /// <summary>
    /// Sends the request as written (HTTP/1.0 over a socket, the target's characters as UTF-8 bytes, as curl sends them;
    /// HttpClient would escape or refuse some) and reads the status, content type and body.
    /// </summary>
    private async Task<(int Status, string? ContentType, string Body)> Send(string method, string target, string? body, string? type)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(api.Client.BaseAddress!.Host, api.Client.BaseAddress.Port);
        using var stream = tcp.GetStream();
        var content = body is null ? [] : Encoding.UTF8.GetBytes(body);
        var head = $"{method} {target} HTTP/1.0\r\nHost: {api.Client.BaseAddress.Authority}\r\n"
            + (body is null ? "" : $"Content-Type: {type}\r\n") + (method == "GET" ? "" : $"Content-Length: {content.Length}\r\n") + "\r\n";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head));
        await stream.WriteAsync(content);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        var answer = Encoding.UTF8.GetString(buffer.ToArray());
        var split = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = split < 0 ? answer : answer[..split];
        var status = int.Parse(headers.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        var contentType = headers.Split("\r\n").FirstOrDefault(h => h.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))?[13..].Split(';')[0].Trim();
        return (status, contentType, split < 0 ? "" : answer[(split + 4)..]);
    }

    private static string Short(string target) => System.Text.RegularExpressions.Regex.Replace(target, "(.)\\1{20,}", m => $"{m.Groups[1].Value}×{m.Length}");

    /// <summary>
    /// Kestrel answers a bare 400, before any application code and with no way to shape it, for a request target that is
    /// not HTTP: a space, a quote, &lt; &gt; \ ^ ` { | } or a control character written raw, or %00 (a NUL) in the path.
    /// (It also refuses a character outside ASCII written raw in the query; the requests here escape those.)
    /// </summary>
    private static bool KestrelRejects(string target) =>
        target.Any(c => c < 0x20 || c == 0x7F || " \"<>\\^`{|}".Contains(c)) || target.Split('?')[0].Contains("%00", StringComparison.Ordinal);

    private static string EscapeNonAscii(string target) =>
        string.Concat(target.EnumerateRunes().Select(r => r.Value < 0x80 ? r.ToString() : string.Concat(Encoding.UTF8.GetBytes(r.ToString()).Select(b => $"%{b:X2}"))));
}
