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
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [name] = [bad.Message] })
            {
                Status = bad.StatusCode,
                Title = "The request could not be read.",
                Detail = bad.Message,
            },
        });
    }

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    // The framework's messages: Failed to bind parameter "int? Page" from "abc". / Required parameter "T body" was not provided …
    [GeneratedRegex("""parameter "(?:[^"]*\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)"[^"]*""")]
    private static partial Regex ParameterName();
}
