using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Enrichment.Departments;

/// <summary>A unit as printed and what it is.</summary>
/// <param name="Unit">As printed: 州生态环境局保靖分局.</param>
/// <param name="Department">What it is; null when the vocabulary does not know it.</param>
/// <param name="Level">province, city or county, from the unit's own prefix (省, 市/州, 县/区) or 分局; null when it does not say.</param>
public sealed record UnitDepartment(string Unit, Department? Department, RegionLevel? Level);
