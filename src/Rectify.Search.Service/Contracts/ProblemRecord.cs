using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>A problem the inspectors found, with every field its plan gives it.</summary>
public sealed record ProblemRecord(
    string Id, string DocumentId,
    [property: Description("The number as printed: 二, 六（二）, 13")] string Label,
    string? FeedbackNo, string Title, string Text,
    [property: Description("Headings above the problem, outermost first")] IReadOnlyList<string> Categories,
    [property: Description("整改目标")] string? Target,
    DeadlineRecord Deadline,
    IReadOnlyList<string> LeadUnits, IReadOnlyList<string> SupportUnits, IReadOnlyList<string> ResponsibleUnits,
    IReadOnlyList<string> Leaders, IReadOnlyList<string> ResponsiblePersons,
    bool NotApplicable, bool Truncated, int MeasureCount,
    IReadOnlyList<ThemeRef> Themes,
    [property: Description("What the plan commits to, from 整改目标 and the measures")] IReadOnlyList<TargetRecord> Targets,
    [property: Description("Numbers the inspectors found (baselines), from the problem's text")] IReadOnlyList<TargetRecord> Findings,
    [property: Description("Every unit the problem names (lead, support, responsible, supervise, accountability, acceptance…), with the department it is")] IReadOnlyList<UnitRecord> Units)
{
    /// <summary>What the document reports as done.</summary>
    [Description("What the document reports as done (整改完成情况, 整改成效, 验收结论 …), as printed; never measures")]
    public string? Progress { get; init; }

    [Description("Where the problem is, as its 所在地 field or a table's 所在县市 column prints it; null where none is printed")]
    public string? Location { get; init; }

    [Description("The places the problem's text, fields and measures name (its plan's issuer region left out)")]
    public IReadOnlyList<PlaceRecord> Places { get; init; } = [];

    /// <summary>Where the deadline was read.</summary>
    [Description("label (整改时限 and its kin) or target (a dated clause of 整改目标 where no deadline is labelled)")]
    public string? DeadlineSource { get; init; }
}
