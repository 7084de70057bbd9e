using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Reporting;

/// <summary>
/// Finds fields a problem lacks. A plan's layout decides which fields are expected: a field is expected when
/// at least half of the plan's problems carry it, so 000's 一 is reported for its missing 牵头单位 while 001's
/// problems are not reported for the 责任单位 field that plan never uses.
/// </summary>
public static class MissingFields
{
    private static readonly (string Field, Func<Problem, bool> Has)[] Fields =
    [
        ("整改目标", p => p.Fields.Target is not null),
        ("整改时限", p => p.Fields.DeadlineRaw is not null),
        ("牵头单位", p => p.Fields.LeadUnits.Count > 0),
        ("配合单位", p => p.Fields.SupportUnits.Count > 0),
        ("责任单位", p => p.Fields.ResponsibleUnits.Count > 0),
        ("责任领导", p => p.Fields.Leaders.Count > 0),
        ("责任人", p => p.Fields.ResponsiblePersons.Count > 0),
        ("整改措施", p => p.Measures.Count > 0),
    ];

    /// <summary>Missing fields of every problem of <paramref name="plan"/>, in document order.</summary>
    public static IReadOnlyList<MissingField> Find(PlanDocument plan)
    {
        // Problems that do not apply or were cut off are reported for that, not for each absent field.
        var judged = plan.Problems.Where(p => !p.Fields.NotApplicable && !p.Fields.Truncated).ToList();
        if (judged.Count == 0)
            return [];
        var expected = Fields.Where(f => judged.Count(f.Has) * 2 >= judged.Count).ToList();
        return judged
            .SelectMany(p => expected.Where(f => !f.Has(p)).Select(f => new MissingField(p.Label, p.Line, f.Field)))
            .ToList();
    }
}
