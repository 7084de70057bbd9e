namespace Rectify.Search.Api.Http;

/// <summary>
/// The <c>type</c> of every ProblemDetails the API answers with: a stable name a client keys its own message on (the
/// web app says each in Chinese with a way forward), where <c>detail</c> is English for developers.
/// </summary>
public static class ProblemTypes
{
    /// <summary>A parameter is missing, malformed or out of range; <c>errors</c> names each by its parameter.</summary>
    public const string InvalidParameter = "urn:rectify:invalid-parameter";

    /// <summary>No plan, problem, measure or draft has the id asked for: <c>urn:rectify:unknown-plan</c> and so on.</summary>
    public static string Unknown(string what) => "urn:rectify:unknown-" + what;

    /// <summary>A write without the server's API key, or with another.</summary>
    public const string KeyRequired = "urn:rectify:key-required";

    /// <summary>The server has no API key configured and takes no writes.</summary>
    public const string WritesOff = "urn:rectify:writes-off";

    /// <summary>Any other problem: <c>urn:rectify:http-413</c>, by status.</summary>
    public static string OfStatus(int status) => "urn:rectify:http-" + status.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
