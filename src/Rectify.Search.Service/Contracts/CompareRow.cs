using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>One plan's answer on a theme: its problems, targets, deadlines, lead units and how many measures.</summary>
public sealed record CompareRow(
    DocumentRecord Document,
    IReadOnlyList<ProblemBrief> Problems,
    [property: Description("The targets of those problems (整改目标 and measures); with metric, only that metric's")] IReadOnlyList<TargetRecord> Targets,
    [property: Description("The deadlines of those problems, in problem order")] IReadOnlyList<DeadlineRecord> Deadlines,
    [property: Description("Their lead units (牵头单位), or their responsible units where a plan names no lead")] IReadOnlyList<string> LeadUnits,
    int MeasureCount,
    [property: Description("The departments those lead units are, one vocabulary across plans (县发改局 and 省发改委 are both development-reform)")] IReadOnlyList<DepartmentRef> LeadDepartments);
