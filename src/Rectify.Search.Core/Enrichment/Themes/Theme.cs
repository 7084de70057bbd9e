namespace Rectify.Search.Core.Enrichment.Themes;

/// <summary>A theme of the taxonomy with its rules.</summary>
/// <param name="Exclusions">A match in the same clause as one of these does not count.</param>
/// <param name="FieldExclusions">A field (one measure, the title, the text, the target) mentioning one of these does not count at all.</param>
public sealed record Theme(string Id, string Name, string NameEn, string Scope, double Threshold, IReadOnlyList<ThemeRule> Rules,
    IReadOnlyList<string> Exclusions, IReadOnlyList<string> FieldExclusions)
{
    /// <summary>
    /// Given to a problem only by its own finding or target, never because one of its measures is tagged with it on its
    /// own text (accountability: a measure saying 压实责任 does not make a problem about awareness and responsibility).
    /// </summary>
    public bool ProblemOnly { get; init; }

    /// <summary>
    /// An aspect of whatever subject it is found with (data-falsification: false figures of fertilizer tests, of
    /// monitoring, of rectification): a sentence of the finding about it is never a failing listed in passing, and a
    /// measure about it gives it to its problem whatever else the measure is about (spec/THEMES.md: "found or guarded
    /// against in a measure of its own").
    /// </summary>
    public bool Aspect { get; init; }

    /// <summary>
    /// An action taken alongside another subject (enforcement: 开展非法采矿专项整治，…对违法案件依法查处 is mine regulation
    /// first and case handling besides): a measure about two themes, this its second, gives it to its problem as a
    /// measure's first theme does. Only such themes: a measure's second theme in general is more often a word in passing.
    /// </summary>
    public bool Alongside { get; init; }

    /// <summary>
    /// A plan's title naming what every problem it lists is (petitions: a notice of 交办信访件 handled lists complaints,
    /// each a complaint whatever its words): a title this pattern matches gives the theme to each of its problems.
    /// </summary>
    public System.Text.RegularExpressions.Regex? OfPlan { get; init; }
}
