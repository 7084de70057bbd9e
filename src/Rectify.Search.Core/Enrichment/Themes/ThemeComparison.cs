namespace Rectify.Search.Core.Enrichment.Themes;

/// <summary>One labelled problem as the tagger saw it.</summary>
public sealed record ThemeComparison(GoldProblem Gold, IReadOnlyList<string> Predicted)
{
    public IEnumerable<string> Missed => Gold.Themes.Where(t => !Predicted.Contains(t));

    public IEnumerable<string> Extra => Predicted.Where(t => !Gold.Themes.Contains(t));
}
