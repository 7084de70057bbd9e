using Microsoft.AspNetCore.Http.HttpResults;

namespace Rectify.Search.Api.Http;

/// <summary>404 ProblemDetails naming what was asked for.</summary>
internal static class UnknownRecord
{
    public static ProblemHttpResult Document(string id) => Of("plan", id, "GET /api/documents lists the plans.");

    public static ProblemHttpResult Problem(string id) => Of("problem", id, "Problem ids look like <documentId>.p2.");

    public static ProblemHttpResult Measure(string id) => Of("measure", id, "Measure ids look like <documentId>.p2.m1.");

    public static ProblemHttpResult Draft(string id) => Of("draft", id, "GET /api/drafts lists the drafts.");

    private static ProblemHttpResult Of(string what, string id, string hint) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Unknown {what}", detail: $"No {what} has the id '{id}'. {hint}", type: ProblemTypes.Unknown(what));
}
