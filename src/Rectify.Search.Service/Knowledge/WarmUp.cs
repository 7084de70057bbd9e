using System.Diagnostics;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Indexing.Similarity;
using Rectify.Search.Service.Comparing;
using Rectify.Search.Service.Contracts;
using Rectify.Search.Service.Queries;
using Rectify.Search.Service.Requests;

namespace Rectify.Search.Service.Knowledge;

/// <summary>
/// Runs every read path a user's first requests take — searches of both units with filters and facets, precedents of a
/// measure, a problem and a drafted text, a comparison, the themes page, a page of the plan list, a plan — so that
/// the first user waits neither on the compiler nor on the index's first reads of its term dictionaries, norms and doc
/// values. Reads only; a failure is the caller's to log.
/// </summary>
public static class WarmUp
{
    /// <summary>Rounds of the whole path by default.</summary>
    public const int Rounds = 2;

    private static readonly SearchRequest[] Searches =
    [
        new("污水管网"), new("矿山 生态修复", SearchUnit.Measure, PageSize: 20), new("两高项目", AllFacets: true),
        new("化肥减量", Themes: ["fertilizer-reduction"], Level: Core.Model.RegionLevel.County, AllFacets: true),
        new("\"雨污分流\" -管网", SearchUnit.Measure), new("扬尘 工地", Page: 2, PageSize: 5),
    ];

    /// <summary>Runs the paths <paramref name="rounds"/> times, stopping early at <paramref name="budget"/>; returns the rounds run.</summary>
    public static int Run(KnowledgeBase kb, int rounds = Rounds, TimeSpan? budget = null, CancellationToken cancel = default)
    {
        var watch = Stopwatch.StartNew();
        var compare = new CompareQuery { Theme = "sewage-network" }.Check().Value;
        var round = 0;
        for (; round < rounds && !cancel.IsCancellationRequested && (budget is null || watch.Elapsed < budget); round++)
        {
            SearchResponse? first = null;
            foreach (var search in Searches)
                first ??= kb.Search(search);
            if (first?.Hits.FirstOrDefault() is { } hit)
            {
                if (hit.Measures?.FirstOrDefault() is { } measure)
                    kb.SimilarToMeasure(measure.Measure.Id, 10, SimilarScope.OtherProvinces);
                kb.SimilarToProblem(hit.Problem.Id, 10, SimilarScope.OtherProvinces);
                kb.DocumentDetail(hit.Document.Id);
            }
            kb.SimilarToText("禁止养殖的区域里还有猪场没有清退", 10, SimilarScope.All, null);
            if (compare is not null)
                kb.Compare(compare);
            kb.Themes();
            kb.Documents(new DocumentListRequest(1 + round % 3, 100));
        }
        return round;
    }
}
