using Rectify.Search.Service.Knowledge;

namespace Rectify.Search.Api.Hosting;

/// <summary>
/// Brings the index up to the store by itself when an update failed — a full disk, a data folder made read-only —
/// once the cause is gone: every <c>Rectify:CatchUpSeconds</c> (10) it compares the index's stamp with the store and
/// builds again when they differ. Until then the previous index serves and <c>/healthz</c> says <c>stale-index</c>.
/// </summary>
internal sealed class IndexCatchUp(KnowledgeBase knowledgeBase, IConfiguration configuration, ILogger<IndexCatchUp> logger) : BackgroundService
{
    public const string IntervalKey = "Rectify:CatchUpSeconds";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue(IntervalKey, 10)));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (knowledgeBase.CatchUp() is { } report)
                {
                    if (report.BuildError is null)
                        logger.LogInformation("Index caught up with the store: {Plans} plans, {Documents} documents", report.Built?.Plans, report.Built?.Documents);
                    else
                        logger.LogWarning("Index still behind the store: {Reason}", report.BuildError);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
            {
                logger.LogWarning("Index catch-up failed: {Reason}", e.Message);
            }
        }
    }
}
