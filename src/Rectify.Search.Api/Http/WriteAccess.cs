using System.Security.Cryptography;
using System.Text;

namespace Rectify.Search.Api.Http;

/// <summary>
/// The settings of the write endpoints (section <c>Rectify</c>): the API key a client sends in <c>X-API-Key</c>, and
/// the largest request body. Without a key configured, writes are off.
/// </summary>
public sealed record WriteAccessOptions
{
    /// <summary>The key writes need; unset or empty turns writes off. From configuration or the environment (Rectify__ApiKey), never the query string.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The largest upload request, every file together.</summary>
    public long MaxUploadBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Writes one client address may make in a minute.</summary>
    public int WritesPerMinute { get; set; } = 60;
}

/// <summary>
/// Lets a write through only with the configured API key in <c>X-API-Key</c>, compared in constant time (the SHA-256 of
/// both, so neither the key's length nor its prefix shows in the timing); 401 ProblemDetails otherwise, 403 when the
/// server has no key (writes off). The key is never logged.
/// </summary>
internal sealed class WriteAccess(WriteAccessOptions options) : IEndpointFilter
{
    public const string Header = "X-API-Key";

    /// <summary>The rate-limiting policy of the writes.</summary>
    public const string RatePolicy = "writes";

    /// <summary>The name of the OpenAPI security scheme.</summary>
    public const string Scheme = "ApiKey";

    /// <summary>Endpoint metadata marking a write, for the OpenAPI document's security requirement.</summary>
    public static readonly object Metadata = new RequiresApiKey();

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (string.IsNullOrEmpty(options.ApiKey))
            return ValueTask.FromResult<object?>(TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Writes are off", type: ProblemTypes.WritesOff,
                detail: "This server has no API key configured, so it takes no uploads; set Rectify:ApiKey (environment Rectify__ApiKey) to turn writes on."));
        var sent = context.HttpContext.Request.Headers[Header];
        if (sent.Count != 1 || !Matches(sent[0] ?? "", options.ApiKey))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{Header}\"";
            return ValueTask.FromResult<object?>(TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required", type: ProblemTypes.KeyRequired,
                detail: sent.Count == 0 ? $"Writes need the server's API key in the {Header} header." : $"The {Header} header does not hold the server's API key."));
        }
        return next(context);
    }

    private static bool Matches(string sent, string key) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(sent)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

/// <summary>Marks an endpoint behind <see cref="WriteAccess"/>.</summary>
internal sealed class RequiresApiKey;
