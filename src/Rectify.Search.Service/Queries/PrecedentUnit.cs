namespace Rectify.Search.Service.Queries;

/// <summary>What precedents are asked for: measures, problems, or targets on the same metric.</summary>
public enum PrecedentUnit
{
    Measure,
    Problem,
    Target,
}
