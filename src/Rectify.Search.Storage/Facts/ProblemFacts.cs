using Rectify.Search.Core.Model;

namespace Rectify.Search.Storage.Facts;

/// <summary>
/// What a comparison shows of one stored problem, read without its text, themes or measures: its deadline, targets
/// and findings, its lead and responsible units and those leading its measures, each with its department.
/// </summary>
/// <param name="MeasureLeadUnits">Units leading one of its measures, in measure order.</param>
public sealed record ProblemFacts(
    string DocumentId,
    int Position,
    string Label,
    string Title,
    Deadline Deadline,
    IReadOnlyList<Target> Targets,
    IReadOnlyList<AssignedUnit> Units,
    IReadOnlyList<AssignedUnit> MeasureLeadUnits,
    int MeasureCount);
