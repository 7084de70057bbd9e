using System.Runtime.CompilerServices;
using Rectify.Search.Core.Enrichment;
using Rectify.Search.Core.Enrichment.Departments;
using Rectify.Search.Core.Enrichment.Targets;
using Rectify.Search.Core.Enrichment.Themes;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Service.Contracts;

/// <summary>
/// Maps the model to the API's records. A plan's records are derived once (targets, deadlines, departments are read
/// from its text) and kept as long as the parsed plan is: keyed by the model instance, they go when it goes.
/// </summary>
public static class RecordMapping
{
    private static readonly ConditionalWeakTable<PlanDocument, DocumentRecord> Documents = new();
    private static readonly ConditionalWeakTable<Problem, ProblemRecord> Problems = new();
    private static readonly ConditionalWeakTable<Measure, MeasureRecord> Measures = new();

    public static RegionRecord ToRecord(this Region r) => new(r.Province, r.City, r.County, r.Code, r.Level);

    public static DocumentRecord ToRecord(this PlanDocument plan) => Documents.GetValue(plan, BuildDocument);

    private static DocumentRecord BuildDocument(PlanDocument plan)
    {
        var m = plan.Metadata;
        return new DocumentRecord(plan.DocumentId, m.Title, m.Region?.ToRecord(), m.Year, m.Inspection.Round, m.Inspection.Kind,
            m.Edition, m.IssuingBody, m.DocumentNumber, m.Date, plan.Problems.Count, plan.Problems.Sum(p => p.Measures.Count))
        {
            Layout = m.Layout,
            YearSource = m.YearSource,
            RegionEvidence = m.RegionEvidence is { } e ? new RegionEvidenceRecord(e.Source, e.Confidence, e.Zone) : null,
        };
    }

    public static DeadlineRecord ToRecord(this Deadline d) => new(d.Raw, d.Date, d.Kind, d.Status, d.Ongoing, d.Unread) { Immediate = d.Immediate };

    public static ProblemRecord ToRecord(this Problem p, PlanDocument plan) => Problems.GetValue(p, _ => BuildProblem(p, plan));

    private static ProblemRecord BuildProblem(Problem p, PlanDocument plan)
    {
        var f = p.Fields;
        var targets = TargetExtractor.Default.Extract(p);
        return new ProblemRecord(RecordIds.Problem(plan.DocumentId, p.Position), plan.DocumentId, p.Label, p.FeedbackNo, p.Title, p.Text,
            p.Categories, f.Target, DeadlineParser.Parse(f.DeadlineRaw, f.StatusNote).ToRecord(),
            f.LeadUnits, f.SupportUnits, f.ResponsibleUnits, f.Leaders, f.ResponsiblePersons, f.NotApplicable, f.Truncated,
            p.Measures.Count, p.Themes.Select(ToRecord).ToList(),
            targets.Where(t => t.Kind == TargetKind.Target).Select(ToRecord).ToList(),
            targets.Where(t => t.Kind == TargetKind.Finding).Select(ToRecord).ToList(),
            Units(f.LeadUnits, "lead").Concat(Units(f.SupportUnits, "support")).Concat(Units(f.ResponsibleUnits, "responsible"))
                .Concat(f.OtherUnits.GroupBy(u => u.Role).SelectMany(g => Units(g.Select(u => u.Name), g.Key))).ToList())
        {
            Progress = f.Progress,
            DeadlineSource = f.DeadlineSource,
        };
    }

    private static IEnumerable<UnitRecord> Units(IEnumerable<string> names, string role) =>
        names.Select(n => DepartmentVocabulary.Default.Map(n)).Select(u => new UnitRecord(u.Unit, role, u.Department?.ToRecord(), u.Level));

    public static DepartmentRef ToRecord(this Department d) => new(d.Id, d.Name, d.Kind);

    public static TargetRecord ToRecord(this Target t) => new(t.Metric, t.Cmp, t.Value, t.Unit, t.By, t.Text, t.MetricKey, t.Source, t.MeasurePosition);

    public static ThemeRef ToRecord(this ThemeTag t) =>
        new(t.ThemeId, ThemeTaxonomy.Default.ById.TryGetValue(t.ThemeId, out var theme) ? theme.Name : t.ThemeId, t.Score,
            t.Matches.Select(m => new ThemeMatchRecord(m.Phrase, m.Field, m.MeasurePosition, m.Weight, m.Contribution, m.Context)).ToList());

    public static ProblemBrief ToBrief(this Problem p, PlanDocument plan) => new(RecordIds.Problem(plan.DocumentId, p.Position), p.Label, p.Title);

    public static MeasureRecord ToRecord(this Measure m, Problem p, PlanDocument plan) => Measures.GetValue(m, _ => BuildMeasure(m, p, plan));

    private static MeasureRecord BuildMeasure(Measure m, Problem p, PlanDocument plan) =>
        new(RecordIds.Measure(plan.DocumentId, p.Position, m.Position), RecordIds.Problem(plan.DocumentId, p.Position),
            m.Ordinal, m.Group, m.Text, m.ResponsibleUnits, m.LeadUnits, m.ResponsiblePerson, DeadlineParser.ForMeasure(m.Text)?.ToRecord(),
            m.Themes.Select(ToRecord).ToList());

    public static IReadOnlyList<MeasureRecord> MeasureRecords(this Problem p, PlanDocument plan) => p.Measures.Select(m => m.ToRecord(p, plan)).ToList();
}
