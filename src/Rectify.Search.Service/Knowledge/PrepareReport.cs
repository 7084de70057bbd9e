using Rectify.Search.Indexing.Building;
using Rectify.Search.Service.Ingestion;

namespace Rectify.Search.Service.Knowledge;

/// <summary>What <see cref="KnowledgeBase.Prepare"/> and <see cref="KnowledgeBase.Update"/> did: plans read, index built (null when it was up to date), and a failed build.</summary>
public sealed record PrepareReport(IngestReport? Ingested, BuildReport? Built, string? BuildError);
