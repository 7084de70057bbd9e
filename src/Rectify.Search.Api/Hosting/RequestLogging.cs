using System.Diagnostics;

namespace Rectify.Search.Api.Hosting;

/// <summary>One structured log entry per request: method, path, query, status and time taken.</summary>
internal static class RequestLogging
{
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Rectify.Search.Api.Requests");
        return app.Use(async (context, next) =>
        {
            var watch = Stopwatch.StartNew();
            try
            {
                await next(context);
            }
            finally
            {
                logger.LogInformation("HTTP {Method} {Path}{Query} responded {StatusCode} in {ElapsedMs:0.0} ms",
                    context.Request.Method, context.Request.Path.Value, context.Request.QueryString.Value, context.Response.StatusCode, watch.Elapsed.TotalMilliseconds);
            }
        });
    }
}
