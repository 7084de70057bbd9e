using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace Rectify.Search.Api.Http;

/// <summary>
/// Turns a request the framework could not bind (page=abc, a body that is not JSON) into a 400 ProblemDetails whose
/// <c>errors</c> name the parameter. The framework's own 400 says only "Bad Request".
/// </summary>
internal sealed partial class BindingErrorHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
            return false;
        var name = ParameterName().Match(bad.Message) is { Success: true } m ? CamelCase(m.Groups["name"].Value) : "request";
        var message = Plain(bad, name);
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [name] = [message] })
            {
                Status = bad.StatusCode,
                Title = "The request could not be read.",
                Type = ProblemTypes.InvalidParameter,
                Detail = message,
            },
        });
    }

    /// <summary>
    /// The framework's message in the API's words, without .NET type names: <c>page must be a whole number, not 'abc'.</c>
    /// instead of <c>Failed to bind parameter "Nullable&lt;int&gt; Page" from "abc".</c>
    /// </summary>
    private static string Plain(BadHttpRequestException bad, string name)
    {
        if (BindFailure().Match(bad.Message) is { Success: true } m)
        {
            var type = m.Groups["type"].Value.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('?', '>').Trim();
            var expected = type switch
            {
                "int" or "long" or "short" or "Int32" or "Int64" => "a whole number",
                "double" or "float" or "decimal" or "Double" or "Single" or "Decimal" => "a number",
                "bool" or "Boolean" => "true or false",
                "DateOnly" or "DateTime" or "DateTimeOffset" => "a date (yyyy-MM-dd)",
                _ => "a valid value",
            };
            var value = m.Groups["value"].Value;
            return $"{name} must be {expected}, not '{(value.Length > 40 ? value[..40] + "…" : value)}'.";
        }
        if (bad.Message.Contains("JSON", StringComparison.Ordinal))
            return "The body must be a JSON object, sent with Content-Type: application/json.";
        if (bad.Message.StartsWith("Required parameter", StringComparison.Ordinal))
            return bad.Message.Contains("from body", StringComparison.Ordinal) ? "A JSON body is required." : $"{name} is required.";
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
            return "The request body is larger than this server accepts.";
        return "The request could not be read.";
    }

    // Failed to bind parameter "int? Page" from "abc".
    [GeneratedRegex("^Failed to bind parameter \"(?<type>.*)\\s[A-Za-z_][A-Za-z0-9_]*\" from \"(?<value>.*)\"\\.?$")]
    private static partial Regex BindFailure();

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    // The framework's messages: Failed to bind parameter "int? Page" from "abc". / Required parameter "T body" was not provided …
    [GeneratedRegex("""parameter "(?:[^"]*\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)"[^"]*""")]
    private static partial Regex ParameterName();
}
