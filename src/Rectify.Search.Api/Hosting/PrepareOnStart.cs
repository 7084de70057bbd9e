using System.Diagnostics;
using Rectify.Search.Service.Knowledge;

namespace Rectify.Search.Api.Hosting;

/// <summary>
/// Brings store and index up to date before the server takes requests, so it never serves without an index; then runs
/// every read path <c>Rectify:WarmUpRounds</c> times (2; 0 for none) before the first request, so the first user does
/// not pay for compiling them or for the index's first reads of its term dictionaries and doc values
/// (<see cref="WarmUp"/>). The server's methods are compiled optimized at their
/// first call (TieredCompilationQuickJit off in the project), so two rounds leave them ready.
/// </summary>
internal sealed class PrepareOnStart(KnowledgeBase knowledgeBase, IConfiguration configuration, ILogger<PrepareOnStart> logger) : IHostedService
{
    public const string RoundsKey = "Rectify:WarmUpRounds";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        knowledgeBase.Prepare();
        var rounds = configuration.GetValue(RoundsKey, 2);
        if (rounds > 0)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                WarmUp.Run(knowledgeBase, rounds, TimeSpan.FromSeconds(10), cancellationToken);
                logger.LogInformation("Read paths warmed up before the first request: {Rounds} rounds in {Ms} ms", rounds, watch.ElapsedMilliseconds);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Warm-up before the first request stopped after {Ms} ms: {Reason}", watch.ElapsedMilliseconds, e.Message);
            }
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
