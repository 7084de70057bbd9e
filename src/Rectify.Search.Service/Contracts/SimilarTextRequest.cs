using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>Drafted text to find precedents for.</summary>
public sealed record SimilarTextRequest(
    [property: Description("The drafted measure or problem text")] string? Text,
    [property: Description("How many precedents, 1–100 (default 10)")] int? K,
    [property: Description("other-provinces (default), other-documents or all")] string? Scope,
    [property: Description("The drafter's province, left out by scope other-provinces")] string? Province,
    [property: Description("measure (default), problem or target: what precedents to find")] string? Unit = null);
