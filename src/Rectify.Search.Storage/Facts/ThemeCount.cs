namespace Rectify.Search.Storage.Facts;

/// <summary>How many stored problems a theme tags (any, and as their primary theme) and how many measures carry it in their own text.</summary>
public sealed record ThemeCount(string ThemeId, int Problems, int Primary, int Measures);
