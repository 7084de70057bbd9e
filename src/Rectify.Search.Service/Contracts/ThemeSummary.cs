using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>A theme of the taxonomy with the number of problems and measures tagged with it.</summary>
public sealed record ThemeSummary(string Id, string Name, string NameEn, string Scope,
    [property: Description("Problems tagged with the theme")] int Problems,
    [property: Description("Problems whose primary (strongest) theme it is")] int PrimaryProblems,
    [property: Description("Measures whose own text carries the theme")] int Measures);
