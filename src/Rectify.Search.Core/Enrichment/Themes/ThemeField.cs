namespace Rectify.Search.Core.Enrichment.Themes;

/// <summary>The fields of a problem a rule can match in.</summary>
[Flags]
public enum ThemeField
{
    None = 0,
    /// <summary>The problem's first sentence.</summary>
    Title = 1,
    /// <summary>The rest of the problem's finding.</summary>
    Text = 2,
    /// <summary>整改目标.</summary>
    Target = 4,
    /// <summary>The problem's measures, or a measure tagged on its own.</summary>
    Measures = 8,
    All = Title | Text | Target | Measures,
}
