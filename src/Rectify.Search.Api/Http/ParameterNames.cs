using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Search.Service.Export;
using Rectify.Search.Service.Requests;

namespace Rectify.Search.Api.Http;

/// <summary>The API's names for request fields, and the 400 that lists a request's errors under them.</summary>
internal static class ParameterNames
{
    public static string Of(RequestField field) => field switch
    {
        RequestField.Query => "q",
        RequestField.Document => "documentId",
        RequestField.Count => "k",
        _ => char.ToLowerInvariant(field.ToString()[0]) + field.ToString()[1..],
    };

    /// <summary>
    /// A checked request with the export format asked beside it (<c>format</c>: json, csv, xlsx or docx): both, or — the
    /// request null — the 400 naming every error of either.
    /// </summary>
    public static (T? Request, ExportFormat Format, ValidationProblem? Problem) WithFormat<T>(Checked<T> request, string? format) where T : class
    {
        var errors = new List<RequestError>();
        var parsed = ExportFormats.Parse(format, errors);
        return request.Value is { } value && parsed is { } f ? (value, f, null) : (null, default, Problem([.. request.Errors, .. errors]));
    }

    /// <summary>A 400 ValidationProblem whose <c>errors</c> are keyed by parameter name.</summary>
    public static ValidationProblem Problem(IEnumerable<RequestError> errors) =>
        TypedResults.ValidationProblem(errors.GroupBy(e => Of(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Describe(Of)).ToArray()), type: ProblemTypes.InvalidParameter);
}
