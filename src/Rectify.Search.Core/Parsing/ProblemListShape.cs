namespace Rectify.Search.Core.Parsing;

/// <summary>Where a plan's problem list is and how its problems are numbered.</summary>
/// <param name="Start">Index of the first line of the list (its 附件 marker, title or first category).</param>
/// <param name="FirstProblem">Index of the first problem heading.</param>
/// <param name="Notice">The document is a notice of one problem: its fields start at <paramref name="FirstProblem"/> without a problem heading.</param>
/// <param name="Progress">The list is a progress report's: its problems are findings followed by what was done (整改措施,
/// 整改情况, 整改进展) or by nothing but that account (<see cref="ProblemListLocator.LocateProgress"/>).</param>
/// <param name="Listed">The findings are listed alone, one sentence each (<see cref="ProblemListLocator.LocateAnnounced"/>): a
/// problem without fields is whole, not cut off.</param>
internal sealed record ProblemListShape(int Start, int FirstProblem, HeadingStyle ProblemStyle, bool Notice = false, bool Progress = false, bool Listed = false);
