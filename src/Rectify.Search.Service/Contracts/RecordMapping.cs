using Rectify.Search.Core.Enrichment.Themes;
using Rectify.Search.Core.Model;
using Rectify.Search.Storage.Facts;

namespace Rectify.Search.Service.Contracts;

/// <summary>
/// Maps the model to the API's records. Everything a record shows was read at ingestion and stored (deadlines,
/// targets, departments, themes): mapping copies, it parses nothing.
/// </summary>
public static class RecordMapping
{
    public static RegionRecord ToRecord(this Region r) => new(r.Province, r.City, r.County, r.Code, r.Level.Wire()) { LevelLabel = Labels.Default.Zh("region-level", r.Level.Wire()) };

    public static DocumentRecord ToRecord(this PlanDocument plan) =>
        Document(plan.DocumentId, plan.Metadata, plan.Problems.Count, plan.Problems.Sum(p => p.Measures.Count));

    public static DocumentRecord ToRecord(this PlanSummary plan) => Document(plan.DocumentId, plan.Metadata, plan.Problems, plan.Measures);

    private static DocumentRecord Document(string documentId, PlanMetadata m, int problems, int measures)
    {
        return new DocumentRecord(documentId, m.Title, m.Region?.ToRecord(), m.Year, m.Inspection.Round, m.Inspection.Kind,
            m.Edition, m.IssuingBody, m.DocumentNumber, m.Date, problems, measures)
        {
            Layout = m.Layout,
            KindLabel = Labels.Default.Zh("inspection-kind", m.Inspection.Kind),
            YearSource = m.YearSource,
            RegionEvidence = m.RegionEvidence is { } e ? new RegionEvidenceRecord(e.Source, e.Confidence, e.Zone) : null,
            Places = m.Places.Select(ToRecord).ToList(),
        };
    }

    public static PlaceRecord ToRecord(this Place p) => new(p.Code, p.Name, p.Level.Wire(), p.Mentions);

    public static DeadlineRecord ToRecord(this Deadline d) => new(d.Raw, d.Date, d.Kind.Wire(), d.Status, d.Ongoing, d.Unread)
    {
        Immediate = d.Immediate,
        KindLabel = Labels.Default.Zh("deadline-kind", d.Kind.Wire())!,
        StatusLabel = Labels.Default.Zh("deadline-status", d.Status),
    };

    public static ProblemRecord ToRecord(this Problem p, PlanDocument plan) => p.ToRecord(plan.DocumentId);

    public static ProblemRecord ToRecord(this Problem p, string documentId)
    {
        var f = p.Fields;
        var targets = p.Targets;
        return new ProblemRecord(RecordIds.Problem(documentId, p.Position), documentId, p.Label, p.FeedbackNo, p.Title, p.Text,
            p.Categories, f.Target, p.Deadline.ToRecord(),
            f.LeadUnits, f.SupportUnits, f.ResponsibleUnits, f.Leaders, f.ResponsiblePersons, f.NotApplicable, f.Truncated,
            p.Measures.Count, p.Themes.Select(ToRecord).ToList(),
            targets.Where(t => t.Kind == TargetKind.Target).Select(ToRecord).ToList(),
            targets.Where(t => t.Kind == TargetKind.Finding).Select(ToRecord).ToList(),
            p.Units.Select(ToRecord).ToList())
        {
            Progress = f.Progress,
            Location = f.Location,
            DeadlineSource = f.DeadlineSource,
            Places = p.Places.Select(ToRecord).ToList(),
        };
    }

    public static DepartmentRef ToRecord(this Department d) => new(d.Id, d.Name, d.Kind);

    public static UnitRecord ToRecord(this AssignedUnit u) => new(u.Name, u.Role.Wire(), u.Department?.ToRecord(), u.Level?.Wire())
    {
        RoleLabel = Labels.Default.Zh("unit-role", u.Role.Wire())!,
        LevelLabel = Labels.Default.Zh("region-level", u.Level?.Wire()),
    };

    public static TargetRecord ToRecord(this Target t) => new(t.Metric, t.Cmp.Symbol(), t.Value, t.Unit, t.By, t.Text, t.MetricKey, t.Source, t.MeasurePosition, t.Themes);

    public static ThemeRef ToRecord(this ThemeTag t) =>
        new(t.ThemeId, ThemeTaxonomy.Default.ById.TryGetValue(t.ThemeId, out var theme) ? theme.Name : t.ThemeId, t.Score,
            t.Matches.Select(m => new ThemeMatchRecord(m.Phrase, m.Field, m.MeasurePosition, m.Weight, m.Contribution, m.Context)).ToList());

    public static ProblemBrief ToBrief(this ProblemFacts p) => new(RecordIds.Problem(p.DocumentId, p.Position), p.Label, p.Title);

    public static ProblemBrief ToBrief(this Problem p, PlanDocument plan) => new(RecordIds.Problem(plan.DocumentId, p.Position), p.Label, p.Title);

    public static MeasureRecord ToRecord(this Measure m, Problem p, PlanDocument plan) => m.ToRecord(p, plan.DocumentId);

    public static MeasureRecord ToRecord(this Measure m, Problem p, string documentId) =>
        new(RecordIds.Measure(documentId, p.Position, m.Position), RecordIds.Problem(documentId, p.Position),
            m.Ordinal, m.Group, m.Text, m.ResponsibleUnits, m.LeadUnits, m.ResponsiblePerson, m.Deadline?.ToRecord(),
            m.Themes.Select(ToRecord).ToList());

    public static IReadOnlyList<MeasureRecord> MeasureRecords(this Problem p, PlanDocument plan) => p.Measures.Select(m => m.ToRecord(p, plan)).ToList();
}
