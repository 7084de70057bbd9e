using Rectify.Search.Indexing.Similarity;
using Rectify.Search.Service.Queries;

namespace Rectify.Search.Service.Requests;

/// <summary>A checked precedent lookup.</summary>
public sealed record PrecedentRequest(string? Id, string? Text, int K, SimilarScope Scope, PrecedentUnit Unit, string? Province)
{
    /// <summary>The id names a problem (…p2), not a measure (…p2.m1).</summary>
    public bool ForProblem { get; init; }
}
