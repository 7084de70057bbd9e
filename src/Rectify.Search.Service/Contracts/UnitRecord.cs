using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>A unit a problem names, in its role, with the department it is.</summary>
public sealed record UnitRecord(
    [property: Description("As printed")] string Name,
    [property: Description("lead, support, responsible, supervise, accountability, acceptance, acceptance-lead or acceptance-support")] string Role,
    [property: Description("The canonical department (development-reform, agriculture …), or a town, park, party body, company; null when unknown")] DepartmentRef? Department,
    [property: Description("province, city or county, as the unit's name says")] string? Level)
{
    [Description("The role in Chinese: 牵头单位, 配合单位, 责任单位 …")]
    public string RoleLabel { get; init; } = "";

    [Description("The level in Chinese: 省级, 市级, 县级")]
    public string? LevelLabel { get; init; }
}
