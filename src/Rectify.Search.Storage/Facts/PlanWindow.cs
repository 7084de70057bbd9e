namespace Rectify.Search.Storage.Facts;

/// <summary>Which of the selected plans to read, in comparison order (region code, then id): skip some, take at most some.</summary>
public sealed record PlanWindow(int Skip, int Take);
