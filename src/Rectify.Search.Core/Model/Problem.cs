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
    /// <summary>The places the problem's text, fields and measures name, its plan's issuer region and those above it left out; set by parsing.</summary>
    public IReadOnlyList<Place> Places { get; init; } = [];

    /// <summary>Themes of the taxonomy, strongest first (the first is the primary theme); set by enrichment.</summary>
    public IReadOnlyList<ThemeTag> Themes { get; init; } = [];

    /// <summary><see cref="ProblemFields.DeadlineRaw"/> read into a date, kind and status; set by enrichment.</summary>
    public Deadline Deadline { get; init; } = Deadline.None;

    /// <summary>Numbers read from the problem: targets (整改目标 and measures) and findings (its text); set by enrichment.</summary>
    public IReadOnlyList<Target> Targets { get; init; } = [];

    /// <summary>Every unit of every role (lead, support, responsible, then the other roles) with its department; set by enrichment.</summary>
    public IReadOnlyList<AssignedUnit> Units { get; init; } = [];
}
