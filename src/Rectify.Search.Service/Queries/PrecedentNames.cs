using Rectify.Search.Indexing.Similarity;

namespace Rectify.Search.Service.Queries;

/// <summary>The names the front ends give precedent units and scopes, read and written.</summary>
public static class PrecedentNames
{
    /// <summary>Reads measure, problem or target; null for anything else.</summary>
    public static PrecedentUnit? ParseUnit(string? unit) => unit switch
    {
        null or "measure" => PrecedentUnit.Measure,
        "problem" => PrecedentUnit.Problem,
        "target" => PrecedentUnit.Target,
        _ => null,
    };

    internal static SimilarUnit ToIndex(PrecedentUnit unit) => unit == PrecedentUnit.Problem ? SimilarUnit.Problem : SimilarUnit.Measure;

    public static string Name(this PrecedentUnit unit) => unit switch
    {
        PrecedentUnit.Problem => "problem",
        PrecedentUnit.Target => "target",
        _ => "measure",
    };

    /// <summary>The scope as the API spells it.</summary>
    public static string Name(this SimilarScope scope) => scope switch
    {
        SimilarScope.OtherProvinces => "other-provinces",
        SimilarScope.OtherDocuments => "other-documents",
        _ => "all",
    };

    /// <summary>The scope as a drafter reads it: 其他省份, 其他方案, 全部.</summary>
    public static string ScopeLabel(SimilarScope scope) => scope switch
    {
        SimilarScope.OtherProvinces => "其他省份",
        SimilarScope.OtherDocuments => "其他方案",
        _ => "全部",
    };

    /// <summary>Reads other-provinces, other-documents or all; null for anything else.</summary>
    public static SimilarScope? ParseScope(string? scope) => scope switch
    {
        null or "other-provinces" => SimilarScope.OtherProvinces,
        "other-documents" => SimilarScope.OtherDocuments,
        "all" => SimilarScope.All,
        _ => null,
    };
}
