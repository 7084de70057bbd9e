namespace Rectify.Search.Core.Reporting;

/// <summary>One judged item: a problem key (<c>000:二</c>) or a measure snippet, with its grade (2 highly relevant, 1 partly).</summary>
public sealed record Judgment(string Key, int Grade);
