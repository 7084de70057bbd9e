using Rectify.Search.Service.Requests;
using Rectify.Search.Core.Enrichment.Themes;
using Rectify.Search.Service.Contracts;
using Rectify.Search.Service.Knowledge;

namespace Rectify.Search.Service.Queries;

/// <summary>The stored records as the front ends show them: plans, problems, measures, regions, themes and health.</summary>
public static class RecordQueries
{
    /// <summary>A page of the plans in id order, with how many there are: only the page's plans are read.</summary>
    public static DocumentPage Documents(this KnowledgeBase kb, DocumentListRequest request)
    {
        var (page, total) = kb.SummaryPage((request.Page - 1) * request.PageSize, request.PageSize);
        return new DocumentPage(total, request.Page, request.PageSize, page.Select(p => p.ToRecord()).ToList());
    }

    /// <summary>A plan with its problems and measures; null when the id is unknown.</summary>
    public static DocumentDetail? DocumentDetail(this KnowledgeBase kb, string id) =>
        kb.Plan(id) is { } plan
            ? new DocumentDetail(plan.ToRecord(), plan.Problems.Select(p => new ProblemWithMeasures(p.ToRecord(plan), p.MeasureRecords(plan))).ToList()) { Sections = plan.Sections.Select(SectionRecord.Of).ToList() }
            : null;

    /// <summary>A problem with its plan and measures; null when the id is unknown.</summary>
    public static ProblemDetail? ProblemDetail(this KnowledgeBase kb, string id) =>
        kb.Problem(id) is var (plan, problem) ? new ProblemDetail(plan.ToRecord(), problem.ToRecord(plan), problem.MeasureRecords(plan)) : null;

    /// <summary>A measure with its plan and problem; null when the id is unknown.</summary>
    public static MeasureDetail? MeasureDetail(this KnowledgeBase kb, string id) =>
        kb.Measure(id) is var (plan, problem, measure) ? new MeasureDetail(plan.ToRecord(), problem.ToBrief(plan), measure.ToRecord(problem, plan)) : null;

    /// <summary>Each region (GB/T 2260) that has a plan, by code, with its plans.</summary>
    public static IReadOnlyList<RegionCount> Regions(this KnowledgeBase kb) =>
        kb.Summaries()
            .Where(p => p.Metadata.Region is not null)
            .GroupBy(p => p.Metadata.Region!.Code)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RegionCount(g.First().Metadata.Region!.ToRecord(), g.Count(), g.Select(p => p.DocumentId).ToList()))
            .ToList();

    /// <summary>Liveness and what is served: store counts, index size and version, and whether the index matches the store.</summary>
    public static Health Health(this KnowledgeBase kb)
    {
        var s = kb.Status();
        var status = s.IndexCurrent ? "ok" : s.LastFailure is not null ? "stale-index" : "catching-up";
        return new Health(status, s.Documents, s.Problems, s.Measures, s.IndexDocuments, s.IndexVersion, s.IndexCurrent)
        {
            Pending = s.Pending,
            LastFailure = s.LastFailure,
        };
    }

    /// <summary>The taxonomy with how many problems (and as primary theme) and measures each theme tags, in taxonomy order.</summary>
    public static IReadOnlyList<ThemeSummary> Themes(this KnowledgeBase kb)
    {
        var counts = kb.ThemeCounts();
        return ThemeTaxonomy.Default.Themes
            .Select(t => counts.GetValueOrDefault(t.Id) is var c ? new ThemeSummary(t.Id, t.Name, t.NameEn, t.Scope, c?.Problems ?? 0, c?.Primary ?? 0, c?.Measures ?? 0) : null!)
            .ToList();
    }
}
