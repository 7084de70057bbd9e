namespace Rectify.Search.Core.Parsing;

/// <summary>The labelled fields a problem can carry; the labels of each are in <c>Data/fields/fields.txt</c>.</summary>
internal enum FieldKind
{
    /// <summary>The problem itself (反馈问题, 整改任务, 督察报告指出 …).</summary>
    Problem,
    Target,
    Deadline,
    /// <summary>When the work was done (整改完成时间): the deadline when no deadline is printed, else a status.</summary>
    CompletedAt,
    LeadUnits,
    SupportUnits,
    ResponsibleUnits,
    SupervisingUnits,
    AccountableUnits,
    AcceptanceUnits,
    AcceptanceLeadUnits,
    AcceptanceSupportUnits,
    Leaders,
    Persons,
    Measures,
    /// <summary>The number of the complaint or case a problem answers (交办编号：X430000202305120031): its feedback number.</summary>
    CaseNumber,
    /// <summary>Where the problem is (所在地, 所在县市, 问题所在地): read for its places, kept as printed.</summary>
    Location,
    /// <summary>What was done and found (整改完成情况, 整改成效, 验收结论): kept with the problem, never read as measures.</summary>
    Status,
    /// <summary>Notice furniture (公示期限, 联系电话, 社会监督): kept with the document, not with the problem.</summary>
    Other,
}
