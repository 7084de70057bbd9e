using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>A page of the plans, in id order, with how many there are.</summary>
public sealed record DocumentPage(
    [property: Description("How many plans the store holds")] int Total,
    [property: Description("1-based page")] int Page,
    [property: Description("Plans per page")] int PageSize,
    IReadOnlyList<DocumentRecord> Documents);
