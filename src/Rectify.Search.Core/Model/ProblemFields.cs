namespace Rectify.Search.Core.Model;

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

    /// <summary>Where the problem is, as a 所在地 field or a table's 所在县市 column prints it (衡东县、衡山县); read for its places.</summary>
    public string? Location { get; init; }
}
