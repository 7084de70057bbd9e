using Rectify.Search.Service.Knowledge;

namespace Rectify.Search.Api.Hosting;

/// <summary>Brings store and index up to date before the server takes requests, so it never serves without an index.</summary>
internal sealed class PrepareOnStart(KnowledgeBase knowledgeBase) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        knowledgeBase.Prepare();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
