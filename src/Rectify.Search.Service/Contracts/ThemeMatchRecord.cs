namespace Rectify.Search.Service.Contracts;

/// <summary>A phrase of a theme found in a record.</summary>
public sealed record ThemeMatchRecord(string Phrase, string Field, int? MeasurePosition, double Weight, double Contribution, string Context);
