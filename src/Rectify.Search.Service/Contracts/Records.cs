using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>A region resolved against GB/T 2260.</summary>
public sealed record RegionRecord(string Province, string? City, string? County,
    [property: Description("GB/T 2260 code, as precise as known")] string Code,
    [property: Description("province, city or county")] string Level);

/// <summary>A plan.</summary>
public sealed record DocumentRecord(
    [property: Description("The seed file name without its extension")] string Id,
    string? Title, RegionRecord? Region, int? Year,
    [property: Description("Central inspection round (1, 2, 3)")] int? Round,
    [property: Description("central or provincial")] string? Kind,
    string? Edition, string? IssuingBody, string? DocumentNumber, string? Date, int ProblemCount, int MeasureCount)
{
    /// <summary>How the document was read.</summary>
    [Description("list (numbered problems), table, notice (one problem's fields) or none (no problem list: body text only)")]
    public string Layout { get; init; } = "list";

    /// <summary>Where the year came from.</summary>
    [Description("date, signature, page, notice-period, document-number, cited-documents, deadlines, newest-year-named or file-name")]
    public string? YearSource { get; init; }

    /// <summary>Where the region was read and how far it can be trusted.</summary>
    [Description("Where the region was read (title, page, signature, units, problem, body), its confidence 0–1, and a zone GB/T 2260 lacks")]
    public RegionEvidenceRecord? RegionEvidence { get; init; }
}

/// <summary>Where a document's region was read.</summary>
public sealed record RegionEvidenceRecord(string Source, double Confidence, string? Zone);

/// <summary>A deadline as printed and as read.</summary>
public sealed record DeadlineRecord(
    string Raw,
    [property: Description("The last day allowed, yyyy-MM-dd")] string? Date,
    [property: Description("date, immediate, ongoing, immediate-and-ongoing or none")] string Kind,
    [property: Description("completed when the plan reports the problem rectified")] string? Status,
    [property: Description("A dated deadline that also says the work goes on")] bool Ongoing,
    [property: Description("Text was printed but could not be read: kept raw, never guessed")] bool Unread)
{
    /// <summary>A dated deadline that also asks for immediate rectification.</summary>
    [Description("A dated deadline that also asks for immediate rectification (立即整改，长期坚持。2024年12月底前销号)")]
    public bool Immediate { get; init; }
}

/// <summary>A theme a record is tagged with, strongest first, and why.</summary>
public sealed record ThemeRef(
    string Id, string Name,
    [property: Description("The sum of the matches' contributions; the tag holds because it reached the theme's threshold")] double Score,
    [property: Description("The phrases that matched: where (title, text, target, measures, measure), the rule's weight, what it added, the clause")] IReadOnlyList<ThemeMatchRecord> Matches);

/// <summary>A phrase of a theme found in a record.</summary>
public sealed record ThemeMatchRecord(string Phrase, string Field, int? MeasurePosition, double Weight, double Contribution, string Context);

/// <summary>A theme of the taxonomy with the number of problems and measures tagged with it.</summary>
public sealed record ThemeSummary(string Id, string Name, string NameEn, string Scope,
    [property: Description("Problems tagged with the theme")] int Problems,
    [property: Description("Problems whose primary (strongest) theme it is")] int PrimaryProblems,
    [property: Description("Measures whose own text carries the theme")] int Measures);

/// <summary>A numeric target, or a number the inspectors found.</summary>
public sealed record TargetRecord(
    [property: Description("The metric as the plan names it")] string Metric,
    [property: Description(">=, <=, =, > or <")] string Cmp,
    double Value, string Unit,
    [property: Description("When it is due: 2025 or 2025-12 (a date in the sentence, else the problem's deadline)")] string? By,
    [property: Description("The clause it came from")] string Text,
    [property: Description("The metric as comparisons name it: scope words out, synonyms resolved")] string MetricKey,
    [property: Description("target (整改目标), measure, or text (the problem's finding)")] string Source,
    int? MeasurePosition);

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

    /// <summary>Where the deadline was read.</summary>
    [Description("label (整改时限 and its kin) or target (a dated clause of 整改目标 where no deadline is labelled)")]
    public string? DeadlineSource { get; init; }
}

/// <summary>A unit a problem names, in its role, with the department it is.</summary>
public sealed record UnitRecord(
    [property: Description("As printed")] string Name,
    [property: Description("lead, support, responsible, supervise, accountability, acceptance, acceptance-lead or acceptance-support")] string Role,
    [property: Description("The canonical department (development-reform, agriculture …), or a town, park, party body, company; null when unknown")] DepartmentRef? Department,
    [property: Description("province, city or county, as the unit's name says")] string? Level);

/// <summary>A department of the vocabulary.</summary>
public sealed record DepartmentRef(string Id, string Name, [property: Description("department, party, government, town, park, protected-area, company or other")] string Kind);

/// <summary>A problem in brief, where the record it belongs to is what matters.</summary>
public sealed record ProblemBrief(string Id, string Label, string Title);

/// <summary>A numbered measure of a problem.</summary>
public sealed record MeasureRecord(
    string Id, string ProblemId,
    [property: Description("As printed: 1, （一）, （1）; empty for a paragraph")] string Ordinal,
    [property: Description("The group heading the measure stands under, if any")] string? Group,
    string Text, IReadOnlyList<string> ResponsibleUnits, IReadOnlyList<string> LeadUnits, string? ResponsiblePerson,
    [property: Description("The deadline the measure sets itself (2021年6月底前，建立…); null when it is due by its problem's")] DeadlineRecord? Deadline,
    [property: Description("Themes the measure's own text carries (it is also found under its problem's)")] IReadOnlyList<ThemeRef> Themes);

/// <summary>A plan with its problems and their measures.</summary>
public sealed record DocumentDetail(DocumentRecord Document, IReadOnlyList<ProblemWithMeasures> Problems);

/// <summary>A problem with its measures.</summary>
public sealed record ProblemWithMeasures(ProblemRecord Problem, IReadOnlyList<MeasureRecord> Measures);

/// <summary>One problem with its plan and measures.</summary>
public sealed record ProblemDetail(DocumentRecord Document, ProblemRecord Problem, IReadOnlyList<MeasureRecord> Measures);

/// <summary>One measure with its plan and problem.</summary>
public sealed record MeasureDetail(DocumentRecord Document, ProblemBrief Problem, MeasureRecord Measure);

/// <summary>A region of the corpus and the plans made for it.</summary>
public sealed record RegionCount(RegionRecord Region, int Documents, IReadOnlyList<string> DocumentIds);

/// <summary>Liveness and what is being served.</summary>
public sealed record Health(
    string Status, int Documents, int Problems, int Measures, int IndexDocuments,
    [property: Description("The analyzer's dictionary and thesaurus version the index was built with")] string? IndexVersion,
    [property: Description("False while a failed rebuild leaves an older index serving")] bool IndexCurrent);
