namespace Rectify.Search.Core.Model;

/// <summary>
/// A rectification plan being drafted from an inspection's feedback: its problems, and for each the target, deadline,
/// units and measures the drafter composed, each item citing the precedent it came from (or none: written by the drafter).
/// Stored beside the plans, never indexed as one until published.
/// </summary>
/// <param name="Id">Its id (d_ and 12 hex digits).</param>
/// <param name="Region">The drafter's region: what suggestions are adapted to; null when not given.</param>
/// <param name="Year">The year the plan is drafted in: relative deadlines are proposed from it.</param>
/// <param name="Created">When it was made (ISO 8601, UTC).</param>
/// <param name="Updated">When it was last saved (ISO 8601, UTC).</param>
public sealed record Draft(string Id, string Title, Region? Region, int Year, IReadOnlyList<DraftProblem> Problems, string Created, string Updated);

/// <summary>One problem of the feedback and what the drafter composed for it.</summary>
/// <param name="Label">The problem's number as the feedback printed it (一, 3, （二）).</param>
/// <param name="Text">The problem as the feedback states it.</param>
/// <param name="Themes">Theme ids of the problem (the tagger's reading).</param>
public sealed record DraftProblem(
    string Label,
    string Text,
    IReadOnlyList<string> Themes,
    DraftItem? Target,
    DraftDeadline? Deadline,
    IReadOnlyList<DraftItem> LeadUnits,
    IReadOnlyList<DraftItem> SupportUnits,
    IReadOnlyList<DraftItem> Measures)
{
    /// <summary>A problem with nothing composed yet.</summary>
    public static DraftProblem Bare(string label, string text, IReadOnlyList<string> themes) => new(label, text, themes, null, null, [], [], []);
}

/// <summary>
/// A composed item (a measure, a target, a unit): its text as it will be printed, the precedent it was taken from, and
/// what the drafter must check (place names of the precedent's region kept in the text, a unit that could not be mapped).
/// </summary>
public sealed record DraftItem(string Text, Citation? Source, IReadOnlyList<string> Review)
{
    /// <summary>An item the drafter wrote.</summary>
    public static DraftItem Own(string text) => new(text, null, []);
}

/// <summary>
/// A deadline: its kind, the text to print and the date the drafter confirms (a precedent's 2023年底前 in a 2022 plan is
/// proposed as the end of the drafter's next year, unconfirmed).
/// </summary>
public sealed record DraftDeadline(string Text, DeadlineKind Kind, string? Date, bool Confirmed, Citation? Source);

/// <summary>Where a composed item came from: a plan's problem (and measure), with what a footnote prints.</summary>
public sealed record Citation(string DocumentId, string PlanTitle, string? Region, int? Year, string ProblemLabel, string? MeasureId)
{
    /// <summary>The footnote: 《title》（region, year）第 label 项.</summary>
    public string Note => $"《{PlanTitle}》（{string.Join("，", new[] { Region, Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年" }.Where(s => !string.IsNullOrEmpty(s) && s != "年"))}）{(ProblemLabel.Length == 0 ? "" : "问题" + ProblemLabel)}";
}
