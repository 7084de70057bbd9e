namespace Rectify.Search.Core.Reporting;

/// <summary>One returned result as the scorer sees it: a problem key (<c>000:二</c>) or a measure's text.</summary>
public sealed record RankedResult(string Key, string Text);
