using Rectify.Search.Core.Model;

namespace Rectify.Search.Storage.Facts;

/// <summary>A stored plan without its body: what it says about itself and how many problems and measures it has.</summary>
public sealed record PlanSummary(string DocumentId, PlanMetadata Metadata, int Problems, int Measures);
