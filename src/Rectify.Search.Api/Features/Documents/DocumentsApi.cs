using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Search.Api.Http;
using Rectify.Search.Core.Ingestion;
using Rectify.Search.Service.Contracts;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Uploads;

namespace Rectify.Search.Api.Features.Documents;

/// <summary>
/// Plans sent to the server: uploaded (one or several files), replaced and deleted behind the API key; the original
/// file of any plan downloadable. A request is stored whole or not at all.
/// </summary>
public static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/documents", Add)
            .WithName("UploadDocuments").WithTags("Documents")
            .WithSummary("Upload plans")
            .WithDescription("""
                Stores, parses and indexes each file of a multipart/form-data body (any field name; .txt, .csv, .docx, .xlsx,
                .html, .mht, .pdf with a text layer, and with LibreOffice on the server .doc, .wps, .xls, .et, .rtf, .odt, .ods;
                formats told from the bytes); each plan's id is its file name without extension, characters other
                than letters, digits, - and _ made '-'. The answer gives each file's report (id, outcome, counts,
                warnings with lines). All or nothing: when a file is refused — a format plans are not read from (415),
                a name claiming another format (422), no plan in it (422), an id already stored (409) — nothing of the
                request is stored and every file's report says what became of it. Needs the X-API-Key header.
                """)
            .Accepts<IFormFileCollection>("multipart/form-data")
            .Produces<UploadResponse>(StatusCodes.Status201Created)
            .WriteProblems();
        api.MapPut("/documents/{id}", Replace)
            .WithName("ReplaceDocument").WithTags("Documents")
            .WithSummary("Replace an uploaded plan")
            .WithDescription("Replaces the uploaded plan with the one file of the multipart body (its name's extension must match its bytes). Plans read from the seeds folder are the folder's (409). Needs the X-API-Key header.")
            .Accepts<IFormFileCollection>("multipart/form-data")
            .Produces<UploadResponse>()
            .WriteProblems();
        api.MapDelete("/documents/{id}", Delete)
            .WithName("DeleteDocument").WithTags("Documents")
            .WithSummary("Delete an uploaded plan")
            .WithDescription("Removes the uploaded plan from the store and the index, and its kept original. Needs the X-API-Key header.")
            .Produces<UploadResponse>()
            .WriteProblems();
        api.MapGet("/documents/{id}/source", Source)
            .WithName("GetDocumentSource").WithTags("Documents")
            .WithSummary("The original file of a plan")
            .WithDescription("The file the plan was read from, as uploaded (or the seed file), for download.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>The key filter and the error answers every write shares.</summary>
    internal static RouteHandlerBuilder WriteProblems(this RouteHandlerBuilder endpoint) => endpoint
        .AddEndpointFilter<WriteAccess>()
        .RequireRateLimiting(WriteAccess.RatePolicy)
        .WithMetadata(WriteAccess.Metadata)
        .DisableAntiforgery()
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static async Task<IResult> Add(HttpRequest request, DocumentUploads uploads, WriteAccessOptions options, CancellationToken cancellationToken)
    {
        var (files, problem) = await UploadForm.Read(request, options.MaxUploadBytes, cancellationToken);
        if (problem is not null)
            return problem;
        var report = uploads.Add(files);
        if (!report.Stored)
            return Refused(report);
        var body = Response(report);
        return report.Files.Count == 1
            ? TypedResults.Created($"/api/documents/{Uri.EscapeDataString(report.Files[0].DocumentId!)}", body)
            : TypedResults.Json(body, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> Replace(string id, HttpRequest request, DocumentUploads uploads, WriteAccessOptions options, CancellationToken cancellationToken)
    {
        var (files, problem) = await UploadForm.Read(request, options.MaxUploadBytes, cancellationToken);
        if (problem is not null)
            return problem;
        if (files.Count != 1)
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "One file expected",
                detail: $"PUT /api/documents/{{id}} replaces a plan with one file; the request holds {files.Count}.");
        var report = uploads.Replace(id, files[0]);
        return report.Stored ? TypedResults.Ok(Response(report)) : Refused(report);
    }

    private static IResult Delete(string id, DocumentUploads uploads)
    {
        var report = uploads.Delete(id);
        return report.Stored ? TypedResults.Ok(Response(report)) : Refused(report);
    }

    private static IResult Source(string id, DocumentUploads uploads, KnowledgeBase kb, HttpResponse response)
    {
        if (uploads.Original(id) is not { } original)
            return UnknownRecord.Document(id);
        // A file whose name says nothing to a reader (no Chinese in it: the seeds' 000_5cb4….txt, plan-v2.docx) is saved
        // under its plan's title; a Chinese name its sender gave it (晋城城区-Word-稿.docx) is kept.
        var named = Path.GetFileNameWithoutExtension(original.FileName).Any(c => c is >= '\u4e00' and <= '\u9fff');
        var name = !named && kb.Plan(id)?.Metadata.Title is { Length: > 0 } title
            ? Writing.FileNames.Safe(title) + Path.GetExtension(original.FileName)
            : original.FileName;
        // Always a download, never rendered: an uploaded web page must not run as this site's page (nosniff comes with
        // every answer, SecurityHeaders).
        response.Headers.ContentSecurityPolicy = "sandbox";
        return TypedResults.File(original.Bytes, ContentType(original.Format), name);
    }

    private static string ContentType(SourceFormat format) => format switch
    {
        SourceFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        SourceFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        SourceFormat.Pdf => "application/pdf",
        SourceFormat.Html => "text/html",
        SourceFormat.Mhtml => "multipart/related",
        SourceFormat.Text => "text/plain",
        _ => "application/octet-stream",
    };

    internal static UploadResponse Response(UploadReport report) =>
        new(report.Files.Select(FileReportRecord.Of).ToList(), report.IndexError);

    /// <summary>
    /// A refused request as ProblemDetails, the status of its gravest refusal (a server fault, then the request's own
    /// faults, then the files'), every file's report in <c>files</c>.
    /// </summary>
    internal static IResult Refused(UploadReport report)
    {
        var refused = report.Files.Where(f => f.Refusal is not null).ToList();
        var gravest = refused.MinBy(f => Array.IndexOf(Gravity, f.Refusal!.Value))!;
        var detail = report.Files.Count == 1
            ? $"{Named(gravest)}{gravest.Error}"
            : $"{refused.Count} of {report.Files.Count} files were refused, so none was stored; {Named(gravest)}{gravest.Error}";
        return TypedResults.Problem(statusCode: Status(gravest.Refusal!.Value), title: Title(gravest.Refusal!.Value), detail: detail,
            extensions: new Dictionary<string, object?> { ["files"] = report.Files.Select(FileReportRecord.Of).ToList() });
    }

    private static string Named(UploadResult r) => r.FileName.Length > 0 ? $"{r.FileName}: " : "";

    private static readonly UploadRefusal[] Gravity =
    [
        UploadRefusal.StorageFailed, UploadRefusal.BadRequest, UploadRefusal.Unknown, UploadRefusal.Conflict,
        UploadRefusal.UnsupportedFormat, UploadRefusal.Mislabelled, UploadRefusal.Unreadable,
    ];

    private static int Status(UploadRefusal refusal) => refusal switch
    {
        UploadRefusal.BadRequest => StatusCodes.Status400BadRequest,
        UploadRefusal.Unknown => StatusCodes.Status404NotFound,
        UploadRefusal.Conflict => StatusCodes.Status409Conflict,
        UploadRefusal.UnsupportedFormat => StatusCodes.Status415UnsupportedMediaType,
        UploadRefusal.StorageFailed => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    private static string Title(UploadRefusal refusal) => refusal switch
    {
        UploadRefusal.BadRequest => "The upload was not understood",
        UploadRefusal.Unknown => "Unknown plan",
        UploadRefusal.Conflict => "The plan cannot be written here",
        UploadRefusal.UnsupportedFormat => "A format plans are not read from",
        UploadRefusal.Mislabelled => "A file named as another format",
        UploadRefusal.StorageFailed => "The server could not store the upload",
        _ => "No plan could be read",
    };
}
