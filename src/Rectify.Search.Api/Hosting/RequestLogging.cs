using System.Diagnostics;

namespace Rectify.Search.Api.Hosting;

/// <summary>
/// One structured log entry per request: method, path, query, status and time taken. Path and query are cut to
/// <see cref="MaxLogged"/> characters (a 10,000-character query is logged as its start and its length), and the API
/// key header is never among what is logged.
/// </summary>
internal static class RequestLogging
{
    /// <summary>The most characters of a path or query written to the log.</summary>
    public const int MaxLogged = 300;

    /// <summary><paramref name="text"/> cut to <see cref="MaxLogged"/> characters, saying how long it was.</summary>
    public static string? Cut(string? text) =>
        text is { Length: > MaxLogged } ? $"{text[..MaxLogged]}…({text.Length:N0} chars)" : text;

    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Rectify.Search.Api.Requests");
        return app.Use(async (context, next) =>
        {
            var watch = Stopwatch.StartNew();
            // The request's id, the one every log entry of the request carries in its scope (RequestId): a client that
            // reports a failure can quote it, and an operator finds the request's entries by it.
            context.Response.Headers["X-Request-Id"] = context.TraceIdentifier;
            try
            {
                await next(context);
            }
            finally
            {
                logger.LogInformation("HTTP {Method} {Path}{Query} responded {StatusCode} in {ElapsedMs:0.0} ms",
                    context.Request.Method, Cut(context.Request.Path.Value), Cut(context.Request.QueryString.Value), context.Response.StatusCode, watch.Elapsed.TotalMilliseconds);
            }
        });
    }
}
