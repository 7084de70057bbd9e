using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Search.Api.Http;
using Rectify.Search.Service.Contracts;
using Rectify.Search.Service.Export;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Queries;
using Rectify.Search.Service.Requests;

namespace Rectify.Search.Api.Features.Search;

/// <summary><c>GET /api/search</c>: full-text search over problems and measures.</summary>
public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", Search)
            .CacheOutput(ReadCache.Policy)
            .WithName("Search")
            .WithTags("Search")
            .WithSummary("Search problems and measures")
            .WithDescription("""
                Full-text search with filters, facet counts and highlights. The query takes words, "exact phrases" and
                -exclusions; it is cut by the project's Chinese analyzer into concepts, expanded through the thesaurus
                (COD finds 化学需氧量), and matched on words first and character bigrams second; that ranking is fused by
                reciprocal rank with BM25 over the query's single characters and bigrams (score 0–1), which also fill
                the page when the concepts find fewer than a page. Traditional characters and full-width
                forms find what their simplified, half-width forms find. unit=problem (default) groups results by
                problem with its best-matching measures; unit=measure returns measures. Facet counts cover all results.
                format=xlsx, docx or csv returns every result (up to 1,000) as a table to paste into a plan, each row cited.
                """)
            .Produces<SearchResponse>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status200OK, contentType: ExportFormats.XlsxType)
            .Produces(StatusCodes.Status200OK, contentType: ExportFormats.DocxType)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        return api;
    }

    private static Results<Ok<SearchResponse>, FileContentHttpResult, ValidationProblem> Search([AsParameters] SearchParameters parameters, KnowledgeBase kb)
    {
        var (request, format, problem) = ParameterNames.WithFormat(parameters.ToQuery().Check(), parameters.Format);
        if (request is null)
            return problem!;
        if (format == ExportFormat.Json)
            return kb.Search(request) is { } response ? TypedResults.Ok(response) : ParameterNames.Problem([RequestMessages.NothingToSearch]);
        if (kb.SearchTable(request) is not { } table)
            return ParameterNames.Problem([RequestMessages.NothingToSearch]);
        var file = ExportFormats.Write(table, format);
        return TypedResults.File(file.Bytes, file.ContentType, file.FileName);
    }
}
