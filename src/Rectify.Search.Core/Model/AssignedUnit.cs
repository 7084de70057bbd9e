namespace Rectify.Search.Core.Model;

/// <summary>A unit named for a problem or measure, in one role, with the department it is; set by enrichment.</summary>
/// <param name="Name">As printed: 州生态环境局保靖分局.</param>
/// <param name="Department">The canonical department; null when the vocabulary does not know the unit.</param>
/// <param name="Level">province, city or county, from the unit's own prefix (省, 市/州, 县/区) or 分局; null when it does not say.</param>
public sealed record AssignedUnit(string Name, UnitRole Role, Department? Department, RegionLevel? Level);
