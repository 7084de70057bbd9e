using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Rectify.Search.Api.Tests.Support;

/// <summary>
/// The real application on Kestrel, on a free loopback port, over a temporary data directory that it fills from the
/// repository's seeds when it starts. One server is shared by the tests of a class.
/// </summary>
public class ApiServer : WebApplicationFactory<Program>
{
    private readonly TempDirectory _data = new();
    private readonly IReadOnlyDictionary<string, string> _settings;

    public ApiServer()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>A server of its own with <paramref name="settings"/> (an API key, limits) beyond the data and seeds directories.</summary>
    public static ApiServer With(IReadOnlyDictionary<string, string> settings) => new Configured(settings);

    private sealed class Configured(IReadOnlyDictionary<string, string> settings) : ApiServer(settings);

    /// <param name="settings">Configuration beyond the data and seeds directories (an API key, limits).</param>
    protected ApiServer(IReadOnlyDictionary<string, string> settings)
    {
        _settings = settings;
        UseKestrel(0);
        StartServer();
        Client = CreateClient();
    }

    public string DataDirectory => _data.Path;

    /// <summary>What the application logged.</summary>
    public CapturedLogs Logs { get; } = new();

    public HttpClient Client { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Rectify:DataDirectory", _data.Path);
        builder.UseSetting("Rectify:SeedsDirectory", Path.Combine(RepoFiles.Root, "seeds"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Rectify.Search.Api.Requests", "Information");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs));
    }

    /// <summary>GETs <paramref name="url"/> and parses the JSON answer.</summary>
    public async Task<(HttpStatusCode Status, JsonNode Body)> Get(string url)
    {
        using var response = await Client.GetAsync(url);
        return (response.StatusCode, await Parse(response));
    }

    /// <summary>POSTs <paramref name="json"/> as application/json and parses the answer.</summary>
    public async Task<(HttpStatusCode Status, JsonNode Body)> Post(string url, string json)
    {
        using var response = await Client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));
        return (response.StatusCode, await Parse(response));
    }

    private static async Task<JsonNode> Parse(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: empty body");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Client.Dispose();
            _data.Dispose();
        }
    }
}

/// <summary>Reads values out of JSON answers.</summary>
public static class Json
{
    public static string Str(this JsonNode? node) => node?.GetValue<string>() ?? throw new InvalidOperationException("missing string");

    public static int Int(this JsonNode? node) => node?.GetValue<int>() ?? throw new InvalidOperationException("missing number");

    public static List<JsonNode> Items(this JsonNode? node) => node?.AsArray().Select(n => n!).ToList() ?? throw new InvalidOperationException("missing array");

    public static List<string> Strs(this JsonNode? node) => node.Items().Select(n => n.Str()).ToList();

    /// <summary>The parameter names of a 400 ValidationProblem's errors.</summary>
    public static List<string> ErrorKeys(this JsonNode body) => body["errors"]!.AsObject().Select(kv => kv.Key).ToList();
}
