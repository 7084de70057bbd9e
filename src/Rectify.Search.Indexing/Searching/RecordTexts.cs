using Rectify.Search.Core.Model;
using Rectify.Search.Indexing.Building;

namespace Rectify.Search.Indexing.Searching;

/// <summary>
/// The texts of indexed records, read from where they are kept: the index holds no text of its own (the store has it,
/// compressed), only what search needs to find and filter. Search marks a page's passages with them and precedents name
/// the terms they share, as of the plan version the index found: a plan changed since gives no text.
/// </summary>
public sealed class RecordTexts(Func<string, PlanDocument?> plan)
{
    /// <summary>The texts of plans held in memory (the plans an index was built from, in tests and evaluations).</summary>
    public static RecordTexts Of(IEnumerable<PlanDocument> plans)
    {
        var byId = plans.GroupBy(p => p.DocumentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        return new RecordTexts(id => byId.GetValueOrDefault(id));
    }

    /// <summary>
    /// The text the record <paramref name="recordId"/> was indexed with — a problem's finding and target, a measure's
    /// text (<see cref="DocumentMapper.ProblemText"/>, <see cref="Measure.Text"/>) — when its plan is stored in
    /// <paramref name="planVersion"/> (any version when null); else null.
    /// </summary>
    public string? Text(string recordId, string? planVersion) =>
        RecordIds.Locate(recordId, plan) is not { } found || (planVersion is not null && found.Plan.ContentHash != planVersion) ? null
        : found.Measure?.Text ?? DocumentMapper.ProblemText(found.Problem);
}
