namespace Rectify.Search.Core.Enrichment.Departments;

/// <summary>A canonical department (or other body) of the vocabulary.</summary>
/// <param name="Kind">department, party, government, town, park, protected-area, company or other.</param>
public sealed record Department(string Id, string Name, string NameEn, string Kind);

/// <summary>A unit as printed and what it is.</summary>
/// <param name="Unit">As printed: 州生态环境局保靖分局.</param>
/// <param name="Department">What it is; null when the vocabulary does not know it.</param>
/// <param name="Level">province, city or county, from the unit's own prefix (省, 市/州, 县/区) or 分局; null when it does not say.</param>
public sealed record UnitDepartment(string Unit, Department? Department, string? Level);
