using Rectify.Search.Api.Http;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Operations;

namespace Rectify.Search.Api.Features.Admin;

/// <summary><c>POST /api/admin/backup</c>: a consistent backup of the server's data folder, taken while it serves and takes writes.</summary>
public static class AdminApi
{
    public static RouteGroupBuilder MapAdminApi(this RouteGroupBuilder api)
    {
        api.MapPost("/admin/backup", Backup)
            .WithName("Backup").WithTags("Service")
            .WithSummary("Back up the store and the uploaded originals")
            .WithDescription("""
                A zip of the store at one consistent point (SQLite's online backup: uploads go on meanwhile), the originals
                of uploaded plans it refers to, and manifest.json (counts, versions, each file's size and SHA-256). Every
                upload acknowledged before the request is in it. The index is not: rectify restore FILE --data-dir DIR
                puts the backup into an empty folder, and the index is built from the store on the first start. Needs
                X-API-Key.
                """)
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .AddEndpointFilter<WriteAccess>()
            .RequireRateLimiting(WriteAccess.RatePolicy)
            .WithMetadata(WriteAccess.Metadata);
        return api;
    }

    private static async Task<IResult> Backup(KnowledgeBase kb, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var file = Path.Combine(Path.GetTempPath(), $"rectify-backup-{Guid.NewGuid():N}.zip");
        var manifest = await Task.Run(() => Backups.Create(kb.Options, file), cancellationToken);
        logs.CreateLogger("Rectify.Search.Api.Backup").LogInformation("Backup taken: {Plans} plans, {Drafts} drafts, {Originals} originals, {Bytes} bytes",
            manifest.Plans, manifest.Drafts, manifest.Originals, new FileInfo(file).Length);
        // Sent from the file, which is deleted when the answer is done with it.
        var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        return TypedResults.File(stream, "application/zip", $"rectify-backup-{manifest.Created[..10]}.zip");
    }
}
