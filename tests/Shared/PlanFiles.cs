using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Tests.Shared;

/// <summary>Reads a plan file through the pure pipeline, as the service's ingestion does, for tests below the service.</summary>
public static class PlanFiles
{
    public static PlanDocument Read(string path) => PlanPipeline.Read(path, File.ReadAllBytes(path));
}
