namespace Rectify.Search.Core.Parsing;

/// <summary>A parsed unit list: the units, and any rule or person the list states along the way.</summary>
/// <param name="FirstLeads">The list says its first unit leads (排序第一的单位为牵头责任单位).</param>
/// <param name="Person">责任人 given inside the list.</param>
internal sealed record UnitList(IReadOnlyList<UnitMention> Units, bool FirstLeads, string? Person)
{
    /// <summary>A deadline written among the units (〔责任单位：…；完成时限：2022年9月底〕), as printed.</summary>
    public string? Deadline { get; init; }
}
