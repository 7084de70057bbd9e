namespace Rectify.Search.Api.Http;

/// <summary>
/// Headers every answer carries: no content-type sniffing, no framing, no referrer leaked to other sites. The web app's
/// page adds its content security policy (Rectify.Search.Web); CORS is not enabled, so other sites' scripts cannot
/// read the API's answers.
/// </summary>
internal static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    });
}
