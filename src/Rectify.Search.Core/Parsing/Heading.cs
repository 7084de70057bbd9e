namespace Rectify.Search.Core.Parsing;

/// <summary>
/// A numbered line: its style, its number, the ordinal as it is displayed and the text after it; for a second level
/// (2.1, 任务1-1) the number of the first it stands under.
/// </summary>
internal sealed record Heading(HeadingStyle Style, int Number, string Ordinal, DualText Rest, int? Parent = null)
{
    /// <summary>A heading phrase is short: longer, it is a sentence run into its number (a problem or a measure).</summary>
    private const int MaxTitleLength = 60;

    /// <summary>A heading phrase without a sentence in it (一、指导思想; （一）县发改局).</summary>
    public bool IsTitleOnly => !Rest.Folded.Contains('。') && Rest.Length <= MaxTitleLength;

    /// <summary>A title, or one short sentence closed by its full stop (第二项：焦化企业无组织排放管控不到位。).</summary>
    public bool IsTitleOrOneSentence => Rest.Length <= MaxTitleLength && !Rest.Folded.TrimEnd('。').Contains('。');
}
