using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.OpenApi;
using Rectify.Search.Api.Features.Admin;
using Rectify.Search.Api.Features.Compare;
using Rectify.Search.Api.Features.Documents;
using Rectify.Search.Api.Features.Drafts;
using Rectify.Search.Api.Features.Precedents;
using Rectify.Search.Api.Features.Records;
using Rectify.Search.Api.Features.Regions;
using Rectify.Search.Api.Features.Search;
using Rectify.Search.Api.Features.Status;
using Rectify.Search.Api.Http;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Uploads;
using Rectify.Search.Web;
using OpenTelemetry.Metrics;
using Scalar.AspNetCore;

namespace Rectify.Search.Api.Hosting;

/// <summary>Builds the web application: services, middleware, endpoints, OpenAPI document and API reference page.</summary>
public static class RectifyApi
{
    /// <summary>
    /// The command line's short names for the knowledge base's settings: <c>--data-dir</c> (store and index) and
    /// <c>--seeds</c> (plans read in at start-up); every ASP.NET Core setting works too (--urls, --Rectify:DataDirectory …).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Switches = new Dictionary<string, string>
    {
        ["--data-dir"] = $"{KnowledgeBaseOptions.Section}:{nameof(KnowledgeBaseOptions.DataDirectory)}",
        ["--seeds"] = $"{KnowledgeBaseOptions.Section}:{nameof(KnowledgeBaseOptions.SeedsDirectory)}",
    };

    /// <summary>The application for <paramref name="args"/>.</summary>
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddCommandLine(args, Switches.ToDictionary());
        // appsettings.json beside the program holds every option and its default, under every other source: an
        // appsettings.json in the working folder, the environment (Rectify__ApiKey), the command line (--Rectify:ApiKey).
        // Among its defaults: one request line from RequestLogging instead of the framework's four (Microsoft.AspNetCore at
        // Warning), and the console as one JSON object per line with the request's scope (RequestId, TraceId,
        // RequestPath) on every entry written while serving it (Logging:Console:FormatterName=simple for plain lines).
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = true,
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(AppContext.BaseDirectory),
        });
        // A 10,000-character Chinese query is a 90 KB URL once percent-encoded; Kestrel's 8 KB default would refuse it
        // with a bare 414 before the application could answer with a 400 that says what is wrong.
        var writes = builder.Configuration.GetSection(KnowledgeBaseOptions.Section).Get<WriteAccessOptions>() ?? new WriteAccessOptions();
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.Limits.MaxRequestLineSize = 256 * 1024;
            o.Limits.MaxRequestHeadersTotalSize = 288 * 1024;
            // Uploads are the only large bodies; past this Kestrel stops reading and the client gets a 413.
            o.Limits.MaxRequestBodySize = writes.MaxUploadBytes;
        });
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = writes.MaxUploadBytes);
        builder.Services.AddSingleton(writes);
        builder.Services.AddOptions<KnowledgeBaseOptions>().BindConfiguration(KnowledgeBaseOptions.Section);
        builder.Services.AddSingleton(sp => new KnowledgeBase(sp.GetRequiredService<IOptions<KnowledgeBaseOptions>>().Value, sp.GetRequiredService<ILogger<KnowledgeBase>>()));
        builder.Services.AddSingleton(sp => new DocumentUploads(sp.GetRequiredService<KnowledgeBase>(), sp.GetRequiredService<ILogger<DocumentUploads>>()));
        builder.Services.AddHostedService<PrepareOnStart>();
        // Chinese file names and messages readable in the JSON log lines, as in the API's answers.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.JsonConsoleFormatterOptions>(o =>
            o.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        // Metrics in Prometheus's text format at /metrics (Rectify:Metrics=false turns them off): the framework's HTTP
        // server metrics by route and status, and the service's own (ServiceMetrics).
        var metrics = builder.Configuration.GetValue($"{KnowledgeBaseOptions.Section}:Metrics", true);
        if (metrics)
        {
            builder.Services.AddOpenTelemetry().WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddMeter(ServiceMetrics.MeterName)
                .AddPrometheusExporter());
        }
        builder.Services.AddHostedService<IndexCatchUp>();
        // Every ProblemDetails carries a type a client can key its own message on (ProblemTypes), by status where the
        // answer has none of its own.
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            if (c.ProblemDetails.Type is null || !c.ProblemDetails.Type.StartsWith("urn:rectify:", StringComparison.Ordinal))
                c.ProblemDetails.Type = ProblemTypes.OfStatus(c.ProblemDetails.Status ?? c.HttpContext.Response.StatusCode);
        });
        // JSON answers run to hundreds of KB (100 measures: 336 KB); clients that accept Brotli or gzip get them so.
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["application/json", "application/problem+json", "text/csv", "text/html", "text/javascript", "text/css", "image/svg+xml"];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        // Writes are limited per client address: a fixed window of Rectify:WritesPerMinute (60) uploads, replacements
        // and deletions; past it a 429 ProblemDetails with Retry-After.
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(WriteAccess.RatePolicy, context => System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions { PermitLimit = writes.WritesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (rejected, token) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "60";
                await rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many writes",
                        Detail = $"This address made more than {writes.WritesPerMinute} uploads, replacements or deletions in a minute; try again after a minute.",
                    },
                });
            };
        });
        // Answers of the costly reads kept while the data stand (ReadCache); Rectify:ReadCacheMegabytes=0 turns it off.
        var cache = builder.Configuration.GetSection(KnowledgeBaseOptions.Section).Get<ReadCacheOptions>() ?? new ReadCacheOptions();
        builder.Services.AddOutputCache(o =>
        {
            o.SizeLimit = Math.Max(1, cache.ReadCacheMegabytes) * 1024L * 1024;
            o.MaximumBodySize = 16 * 1024 * 1024;
            o.AddPolicy(ReadCache.Policy, new ReadCache(cache));
        });
        builder.Services.AddExceptionHandler<BindingErrorHandler>();
        // Binding failures throw, so BindingErrorHandler can name the parameter in the 400.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // Chinese text readable in the JSON: only characters unsafe in JSON itself are escaped.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Rectify.Search API";
            document.Info.Version = "v1";
            document.Info.Description = "Search, precedent lookup and records of China's environmental-inspection rectification plans (督察整改方案).";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[WriteAccess.Scheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = WriteAccess.Header,
                Description = "The server's API key (Rectify:ApiKey); uploads, replacements and deletions need it.",
            };
            return Task.CompletedTask;
        }).AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.Contains(WriteAccess.Metadata))
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(WriteAccess.Scheme, context.Document)] = [] }];
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        if (metrics)
        {
            // The gauges of the knowledge base this server serves, read at each scrape.
            var observed = ServiceMetrics.Observe(app.Services.GetRequiredService<KnowledgeBase>());
            app.Lifetime.ApplicationStopped.Register(observed.Dispose);
        }
        // Outermost, so it logs the status the client gets, after the exception handler has turned an error into a 400.
        app.UseRequestLogging();
        app.UseResponseCompression();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        // Inside compression: a kept answer is compressed for each client as it asks.
        app.UseOutputCache();

        app.MapOpenApi();
        app.MapScalarApiReference(o => o.WithTitle("Rectify.Search API"));
        // The web app for people at /, the API reference for developers at /scalar/v1 (linked from the page's footer).
        app.MapWebApp();
        app.MapHealthApi();
        if (metrics)
            app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapGroup("/api").MapSearchApi().MapSimilarApi().MapCompareApi().MapRecordsApi().MapDocumentsApi().MapDraftsApi().MapDivisionsApi().MapAdminApi();
        return app;
    }
}
