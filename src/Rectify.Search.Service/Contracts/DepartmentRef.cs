using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>A department of the vocabulary.</summary>
public sealed record DepartmentRef(string Id, string Name, [property: Description("department, party, government, town, park, protected-area, company or other")] string Kind);
