using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>Liveness and what is being served.</summary>
public sealed record Health(
    string Status, int Documents, int Problems, int Measures, int IndexDocuments,
    [property: Description("The analyzer's dictionary and thesaurus version the index was built with")] string? IndexVersion,
    [property: Description("False while a failed rebuild leaves an older index serving")] bool IndexCurrent)
{
    [Description("While the index is behind the store (status catching-up): plans stored but not yet indexed, or indexed but removed")]
    public int? Pending { get; init; }

    [Description("The last index update that failed, with its time; the previous index serves until one succeeds (status stale-index)")]
    public string? LastFailure { get; init; }

    [Description("True when the server takes uploads: an API key is configured and the data directory can be written")]
    public bool Writes { get; init; }
}
