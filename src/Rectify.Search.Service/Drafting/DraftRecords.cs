using System.ComponentModel;
using System.Globalization;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Service.Drafting;

/// <summary>A draft as the API answers it: its problems, what was composed for each, and each problem's precedents.</summary>
public sealed record DraftResponse(
    string Id, string Title, DraftRegionRecord? Region, int Year, string Created, string Updated,
    IReadOnlyList<DraftProblemRecord> Problems);

/// <summary>The drafter's region.</summary>
public sealed record DraftRegionRecord(string Name, string Code, string Province, string? City, string? County, [property: Description("province, city or county")] string Level);

/// <summary>A problem of a draft.</summary>
public sealed record DraftProblemRecord(
    [property: Description("1-based position")] int Position,
    [property: Description("The number as the feedback printed it")] string Label,
    string Text,
    IReadOnlyList<string> Themes,
    DraftItemRecord? Target,
    DraftDeadlineRecord? Deadline,
    IReadOnlyList<DraftItemRecord> LeadUnits,
    IReadOnlyList<DraftItemRecord> SupportUnits,
    IReadOnlyList<DraftItemRecord> Measures,
    [property: Description("Problems of other plans like this one, best first (absent when not asked for)")] IReadOnlyList<DraftPrecedentRecord>? Precedents);

/// <summary>A composed item and where it came from.</summary>
public sealed record DraftItemRecord(
    string Text,
    [property: Description("The precedent it was taken from; null when the drafter wrote it")] Citation? Source,
    [property: Description("What to check before filing: place names of the precedent's region (marked 【待核：…】 in the text), years, 单位 for a unit that is the precedent's own")] IReadOnlyList<string>? Review);

/// <summary>A deadline: its kind, its text, the proposed date, and whether the drafter confirmed it.</summary>
public sealed record DraftDeadlineRecord(
    string Text,
    [property: Description("date, immediate, ongoing or immediate-and-ongoing")] string Kind,
    [property: Description("yyyy-MM-dd: the last day (proposed from the precedent, moved to the draft's year)")] string? Date,
    bool Confirmed,
    Citation? Source);

/// <summary>A precedent of a draft's problem, with every field it gives and how to cite it.</summary>
public sealed record DraftPrecedentRecord(
    double Score, string ProblemId, string DocumentId, string PlanTitle, string? Region, int? Year,
    string Label, string Text, string? Target, string? Deadline,
    IReadOnlyList<string> LeadUnits, IReadOnlyList<string> SupportUnits,
    IReadOnlyList<DraftPrecedentMeasure> Measures,
    IReadOnlyList<string> SharedTerms,
    Citation Citation);

/// <summary>A measure of a precedent.</summary>
public sealed record DraftPrecedentMeasure(string Id, string Text);

/// <summary>A stored draft as listed.</summary>
public sealed record DraftSummaryRecord(string Id, string Title, DraftRegionRecord? Region, int Year, int Problems, string Created, string Updated);

/// <summary>POST /api/drafts as JSON: the feedback's text and the drafter's region.</summary>
public sealed record DraftCreateRequest(
    [property: Description("The feedback: numbered problems (一、 1.), a 问题 table pasted as text, prose with 一是…二是…, or one problem per paragraph")] string? Text,
    [property: Description("The drafter's county, city or province: 保靖县, 湖南省保靖县 or its code")] string? Region,
    [property: Description("The year the plan is drafted in (default: this year)")] int? Year,
    [property: Description("The plan's title (default: the region's name and 生态环境保护督察反馈问题整改方案)")] string? Title,
    [property: Description("Compose every problem from its top precedent (default true)")] bool? Auto);

/// <summary>PUT /api/drafts/{id}: the draft as the drafter edited it (problems added, split, merged, edited; items picked or written).</summary>
public sealed record DraftUpdateRequest(string? Title, string? Region, int? Year, IReadOnlyList<DraftProblemUpdate>? Problems);

/// <summary>A problem as edited.</summary>
public sealed record DraftProblemUpdate(
    string? Label, string? Text,
    DraftItemRecord? Target, DraftDeadlineRecord? Deadline,
    IReadOnlyList<DraftItemRecord>? LeadUnits, IReadOnlyList<DraftItemRecord>? SupportUnits, IReadOnlyList<DraftItemRecord>? Measures);

/// <summary>POST /api/drafts/{id}/problems/{position}/compose: take a problem's items from this precedent.</summary>
public sealed record DraftComposeRequest([property: Description("The precedent problem's id (plan.pN), from the problem's precedents")] string? Precedent);

/// <summary>Between the drafts and their records.</summary>
public static class DraftMapping
{
    public const int MaxProblems = 500, MaxText = 20_000, MaxItems = 200;

    public static DraftResponse ToResponse(this Draft draft, Func<DraftProblem, IReadOnlyList<DraftPrecedent>>? precedents = null) =>
        new(draft.Id, draft.Title, draft.Region?.ToRecord(), draft.Year, draft.Created, draft.Updated,
            draft.Problems.Select((p, i) => new DraftProblemRecord(i + 1, p.Label, p.Text, p.Themes, p.Target?.ToRecord(), p.Deadline?.ToRecord(),
                p.LeadUnits.Select(ToRecord).ToList(), p.SupportUnits.Select(ToRecord).ToList(), p.Measures.Select(ToRecord).ToList(),
                precedents?.Invoke(p).Select(ToRecord).ToList())).ToList());

    public static DraftSummaryRecord ToRecord(this Storage.Drafts.DraftSummary d) => new(d.Id, d.Title, d.Region?.ToRecord(), d.Year, d.Problems, d.Created, d.Updated);

    public static DraftRegionRecord ToRecord(this Region r) =>
        new(Core.Drafting.DraftAdaptation.LocalName(r), r.Code, r.Province, r.City, r.County, r.Level.Wire());

    public static DraftItemRecord ToRecord(this DraftItem i) => new(i.Text, i.Source, i.Review);

    public static DraftDeadlineRecord ToRecord(this DraftDeadline d) => new(d.Text, d.Kind.Wire(), d.Date, d.Confirmed, d.Source);

    public static DraftPrecedentRecord ToRecord(this DraftPrecedent p) => new(
        p.Score, p.ProblemId, p.Plan.DocumentId, p.Plan.Metadata.Title ?? p.Plan.DocumentId, p.Cite().Region, p.Plan.Metadata.Year,
        p.Problem.Label, p.Problem.Text, p.Problem.Fields.Target, p.Problem.Fields.DeadlineRaw,
        p.Problem.Fields.LeadUnits.Count > 0 ? p.Problem.Fields.LeadUnits : p.Problem.Fields.ResponsibleUnits, p.Problem.Fields.SupportUnits,
        p.Problem.Measures.Select(m => new DraftPrecedentMeasure($"{p.ProblemId}.m{m.Position}", m.Text)).ToList(),
        p.SharedTerms, p.Cite());

    /// <summary>
    /// <paramref name="draft"/> with the edits of <paramref name="update"/> (what it leaves out stays); the errors name
    /// each bad field by its path (problems[2].deadline.date).
    /// </summary>
    public static (Draft? Draft, List<(string Field, string Message)> Errors) Apply(Draft draft, DraftUpdateRequest update)
    {
        var errors = new List<(string, string)>();
        var region = draft.Region;
        if (update.Region is { } name)
        {
            if (name.Trim().Length == 0)
                region = null;
            else if (Drafts.FindRegion(name) is var (found, error) && found is null)
                errors.Add(("region", error!));
            else
                region = found;
        }
        var year = update.Year ?? draft.Year;
        if (year is < 2000 or > 2100)
            errors.Add(("year", $"must be between 2000 and 2100, not {year}"));
        var title = update.Title?.Trim() ?? draft.Title;
        if (title.Length is 0 or > 200)
            errors.Add(("title", "must be 1–200 characters"));
        var problems = draft.Problems;
        if (update.Problems is { } edited)
        {
            if (edited.Count is 0 or > MaxProblems)
                errors.Add(("problems", $"a draft has 1–{MaxProblems} problems, not {edited.Count}"));
            problems = edited.Select((p, i) => Problem(p, i, errors)).ToList();
        }
        return errors.Count > 0 ? (null, errors) : (draft with { Title = title, Region = region, Year = year, Problems = problems }, errors);
    }

    private static DraftProblem Problem(DraftProblemUpdate p, int i, List<(string, string)> errors)
    {
        var at = $"problems[{i}]";
        var text = p.Text?.Trim() ?? "";
        if (text.Length is 0 or > MaxText)
            errors.Add(($"{at}.text", $"a problem's text has 1–{MaxText} characters"));
        DraftDeadline? deadline = null;
        if (p.Deadline is { } d)
        {
            var kind = WireNames.Parse<DeadlineKind>(d.Kind);
            if (kind is null or DeadlineKind.None)
                errors.Add(($"{at}.deadline.kind", $"must be date, immediate, ongoing or immediate-and-ongoing, not '{d.Kind}'"));
            if (d.Date is { } date && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                errors.Add(($"{at}.deadline.date", $"must be a date yyyy-MM-dd, not '{date}'"));
            if (kind == DeadlineKind.Date && d.Date is null)
                errors.Add(($"{at}.deadline.date", "a deadline of kind date needs its date"));
            deadline = new DraftDeadline(d.Text ?? "", kind ?? DeadlineKind.None, d.Date, d.Confirmed, d.Source);
        }
        return new DraftProblem(
            string.IsNullOrWhiteSpace(p.Label) ? (i + 1).ToString(CultureInfo.InvariantCulture) : p.Label.Trim(),
            text,
            Drafts.Themes(text),
            p.Target is { } t && !string.IsNullOrWhiteSpace(t.Text) ? Item(t, $"{at}.target", errors) : null,
            deadline,
            Items(p.LeadUnits, $"{at}.leadUnits", errors),
            Items(p.SupportUnits, $"{at}.supportUnits", errors),
            Items(p.Measures, $"{at}.measures", errors));
    }

    private static List<DraftItem> Items(IReadOnlyList<DraftItemRecord>? items, string at, List<(string, string)> errors)
    {
        if (items is null)
            return [];
        if (items.Count > MaxItems)
            errors.Add((at, $"at most {MaxItems} items, not {items.Count}"));
        return items.Select((item, n) => Item(item, $"{at}[{n}]", errors)).ToList();
    }

    private static DraftItem Item(DraftItemRecord item, string at, List<(string, string)> errors)
    {
        var text = item.Text?.Trim() ?? "";
        if (text.Length is 0 or > MaxText)
            errors.Add(($"{at}.text", $"an item's text has 1–{MaxText} characters"));
        return new DraftItem(text, item.Source, item.Review ?? []);
    }
}
