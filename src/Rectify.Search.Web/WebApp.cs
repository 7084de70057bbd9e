using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Rectify.Search.Web;

/// <summary>
/// The web app for the people who draft plans: one page at <c>/</c> (its state in the query string, so every view is a
/// shareable address) and its files under <c>/app/</c>, all embedded in this assembly and served by the API's host —
/// it works offline. Its answers carry a content security policy that allows only this site's own script and styles
/// and no framing.
/// </summary>
public static class WebApp
{
    /// <summary>The policy of the page: its own script, styles and data only; no inline script; never framed.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly Assembly Assembly = typeof(WebApp).Assembly;

    private static readonly Dictionary<string, (byte[] Bytes, string ETag)> Files = Load();

    /// <summary>Maps <c>/</c> (the page) and <c>/app/{path}</c> (its files).</summary>
    public static IEndpointRouteBuilder MapWebApp(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context) => Serve(context, "index.html")).ExcludeFromDescription();
        app.MapGet("/app/{**path}", (HttpContext context, string path) => Serve(context, path)).ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(HttpContext context, string path)
    {
        if (!Files.TryGetValue(path, out var file))
            return Results.NotFound();
        var headers = context.Response.Headers;
        // nosniff, DENY and no-referrer come with every answer of the host (the API's SecurityHeaders); the page adds its policy.
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.ETag = file.ETag;
        // The page itself is checked each time (it names the files); the files are revalidated by their tag.
        headers.CacheControl = path == "index.html" ? "no-cache" : "public, max-age=300";
        if (context.Request.Headers.IfNoneMatch == file.ETag)
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(file.Bytes, ContentType(path));
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };

    private static Dictionary<string, (byte[], string)> Load()
    {
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var name in Assembly.GetManifestResourceNames().Where(n => n.StartsWith("web/", StringComparison.Ordinal)))
        {
            using var stream = Assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            files[name["web/".Length..].Replace('\\', '/')] = (bytes, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"");
        }
        return files;
    }
}
