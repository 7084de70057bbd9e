using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Rectify.Search.Service.Knowledge;

namespace Rectify.Search.Api.Http;

/// <summary>
/// The read cache's settings (section <c>Rectify</c>): how much memory the answers kept may take, and how long one is
/// kept. <c>ReadCacheMegabytes</c> 0 turns the cache off.
/// </summary>
public sealed record ReadCacheOptions
{
    public int ReadCacheMegabytes { get; set; } = 64;

    public int ReadCacheSeconds { get; set; } = 300;
}

/// <summary>
/// Answers of the reads that compute over the whole knowledge base — search, precedents of a record, the comparison,
/// the themes page, the plan list — kept in memory and given again for the same request (path and every query
/// parameter) while the data stand. The key holds <see cref="KnowledgeBase.DataVersion"/>, which changes with every
/// write and with every index another process publishes: an answer computed before a change is never given after it,
/// without any eviction to forget. Only successful answers (200) are kept, a search's <c>took</c> as when it was
/// computed; concurrent misses of one key compute it once. Answers are
/// kept uncompressed and compressed per client (response compression sits outside), so one entry serves every
/// encoding. Many people drafting plans on one server ask the same searches and open the same precedents; a
/// national comparison costs 80 ms of CPU, its cached answer a fraction of one.
/// </summary>
internal sealed class ReadCache(ReadCacheOptions options) : IOutputCachePolicy
{
    /// <summary>The name endpoints opt in with (<c>.CacheOutput(ReadCache.Policy)</c>).</summary>
    public const string Policy = "reads";

    /// <summary>The header on an answer given from the cache (<c>hit</c>); one computed for the request has none.</summary>
    public const string Header = "X-Read-Cache";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var on = options.ReadCacheMegabytes > 0 && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        context.EnableOutputCaching = on;
        context.AllowCacheLookup = on;
        context.AllowCacheStorage = on;
        context.AllowLocking = true;
        if (!on)
            return ValueTask.CompletedTask;
        var kb = context.HttpContext.RequestServices.GetRequiredService<KnowledgeBase>();
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["data"] = kb.DataVersion.ToString(CultureInfo.InvariantCulture);
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.ReadCacheSeconds);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.HttpContext.Response.Headers[Header] = "hit";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Errors (a 400 naming a parameter, a 404) are cheap and are not kept.
        context.AllowCacheStorage &= context.HttpContext.Response.StatusCode == StatusCodes.Status200OK;
        return ValueTask.CompletedTask;
    }
}
