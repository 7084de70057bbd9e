namespace Rectify.Search.Core.Model;

/// <summary>A canonical department (or other body) of the vocabulary.</summary>
/// <param name="Kind">department, party, government, town, park, protected-area, company or other.</param>
public sealed record Department(string Id, string Name, string NameEn, string Kind);
