namespace Rectify.Search.Core.Model;

/// <summary>One problem of a plan's problem list, with every field the plan gives it and its measures.</summary>
/// <param name="Position">1-based position in the list.</param>
/// <param name="Label">The number as printed: 二, 六（二）, 13.</param>
/// <param name="FeedbackNo">The inspectors' number as printed: 反馈问题9, 省序号：9号.</param>
/// <param name="Title">The first sentence of <paramref name="Text"/>.</param>
/// <param name="Categories">Headings above the problem (category, or the parent of a sub-problem), outermost first.</param>
/// <param name="Line">1-based source line of the problem's heading.</param>
public sealed record Problem(
    int Position,
    string Label,
    string? FeedbackNo,
    string Title,
    string Text,
    IReadOnlyList<string> Categories,
    ProblemFields Fields,
    IReadOnlyList<Measure> Measures,
    int Line)
{
    /// <summary>Themes of the taxonomy, strongest first (the first is the primary theme); set by enrichment.</summary>
    public IReadOnlyList<ThemeTag> Themes { get; init; } = [];

    /// <summary><see cref="ProblemFields.DeadlineRaw"/> read into a date, kind and status; set by enrichment.</summary>
    public Deadline Deadline { get; init; } = Deadline.None;

    /// <summary>Numbers read from the problem: targets (整改目标 and measures) and findings (its text); set by enrichment.</summary>
    public IReadOnlyList<Target> Targets { get; init; } = [];

    /// <summary>Every unit of every role (lead, support, responsible, then the other roles) with its department; set by enrichment.</summary>
    public IReadOnlyList<AssignedUnit> Units { get; init; } = [];
}

/// <summary>The labelled fields of a problem; absent fields are null or empty.</summary>
/// <param name="DeadlineRaw">整改时限/整改期限/完成时限 as printed, without a trailing status note.</param>
/// <param name="StatusNote">A status note printed with the deadline, e.g. 已完成整改并上报销号.</param>
/// <param name="Leaders">责任领导 / 督办县领导 names.</param>
/// <param name="ResponsiblePersons">责任人 as printed.</param>
/// <param name="NotApplicable">The plan says the problem does not apply (无此项整改任务); <paramref name="NotApplicableNote"/> says why.</param>
/// <param name="Truncated">The source ends the problem before any field: kept, but incomplete.</param>
public sealed record ProblemFields(
    string? Target,
    string? DeadlineRaw,
    string? StatusNote,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> SupportUnits,
    IReadOnlyList<string> ResponsibleUnits,
    IReadOnlyList<string> Leaders,
    IReadOnlyList<string> ResponsiblePersons,
    bool NotApplicable,
    string? NotApplicableNote,
    bool Truncated)
{
    /// <summary>Units in roles beyond lead, support and responsible: supervising (督导单位), accountability (追责单位) and acceptance (验收单位).</summary>
    public IReadOnlyList<RoleUnit> OtherUnits { get; init; } = [];

    /// <summary>
    /// Where <see cref="DeadlineRaw"/> was read: <c>label</c> (整改时限 and its kin), or, where no deadline is labelled, the
    /// dated clause of the <c>target</c> (力争2025年底前…); null without a deadline.
    /// </summary>
    public string? DeadlineSource { get; init; }

    /// <summary>What a notice or plan reports as done (整改完成情况, 整改成效, 验收结论 …), label and text, as printed; never measures.</summary>
    public string? Progress { get; init; }
}

/// <summary>One numbered (or paragraph) measure under a problem.</summary>
/// <param name="Position">1-based position under its problem.</param>
/// <param name="Ordinal">As printed: 1, （一）, （1）; empty for a measure written as a plain paragraph.</param>
/// <param name="Group">The heading of the group it stands under (001's （一）县发改局, 002's （一）农药减量), if any.</param>
/// <param name="ResponsibleUnits">Units responsible for this measure, lead units first when known.</param>
/// <param name="LeadUnits">Units that lead this measure (牵头负责第N条, or the plan's "first unit leads" rule).</param>
/// <param name="ResponsiblePerson">责任人 given with the measure's units.</param>
public sealed record Measure(
    int Position,
    string Ordinal,
    string? Group,
    string Text,
    IReadOnlyList<string> ResponsibleUnits,
    IReadOnlyList<string> LeadUnits,
    string? ResponsiblePerson,
    int Line)
{
    /// <summary>Themes the measure's own text carries, strongest first; set by enrichment.</summary>
    public IReadOnlyList<ThemeTag> Themes { get; init; } = [];

    /// <summary>The deadline the measure's own text sets (2021年6月底前，…); null when it is due by its problem's; set by enrichment.</summary>
    public Deadline? Deadline { get; init; }

    /// <summary>The measure's units (lead, then responsible) with their departments; set by enrichment.</summary>
    public IReadOnlyList<AssignedUnit> Units { get; init; } = [];
}
