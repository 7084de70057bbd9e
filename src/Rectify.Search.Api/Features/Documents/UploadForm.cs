using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Search.Service.Uploads;

namespace Rectify.Search.Api.Features.Documents;

/// <summary>The files of a multipart/form-data request, or the ProblemDetails saying why there are none.</summary>
internal static class UploadForm
{
    public static async Task<(IReadOnlyList<UploadedFile> Files, ProblemHttpResult? Problem)> Read(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            return ([], TooLarge($"The request is {Megabytes(request.ContentLength.Value)}; uploads take at most {Megabytes(maxBytes)} in one request (Rectify:MaxUploadBytes)."));
        if (!request.HasFormContentType || !request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return ([], TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "multipart/form-data expected",
                detail: $"Send the plans as files of a multipart/form-data body (curl -F file=@plan.docx); this request is {(string.IsNullOrEmpty(request.ContentType) ? "without a Content-Type" : request.ContentType)}."));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return ([], TooLarge(e.Message));
        }
        catch (InvalidDataException e)
        {
            return ([], TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form could not be read", detail: $"The multipart body is malformed: {e.Message}"));
        }
        var files = new List<UploadedFile>(form.Files.Count);
        foreach (var file in form.Files)
        {
            using var stream = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
            await file.CopyToAsync(stream, cancellationToken);
            files.Add(new UploadedFile(file.FileName, stream.ToArray()));
        }
        return (files, null);
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.#} MB";

    public static ProblemHttpResult TooLarge(string reason) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The upload is too large", detail: reason);
}
