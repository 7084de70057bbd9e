using Rectify.Search.Core.Model;

namespace Rectify.Search.Storage.Facts;

/// <summary>
/// Which stored problems to read: tagged with a theme, among given ids, of plans of a province or level, with a target
/// on one of the metric keys; null for any.
/// </summary>
public sealed record ProblemSelection(
    string? Theme = null,
    IReadOnlyCollection<string>? Ids = null,
    string? Province = null,
    RegionLevel? Level = null,
    IReadOnlyCollection<string>? MetricKeys = null);
