namespace Rectify.Search.Core.Model;

/// <summary>The kinds of deadline a plan sets.</summary>
public static class DeadlineKinds
{
    /// <summary>A calendar date (2021年12月底 → 2021-12-31).</summary>
    public const string Date = "date";
    /// <summary>立行立改, 立即整改: rectify at once.</summary>
    public const string Immediate = "immediate";
    /// <summary>长期坚持, 持续推进, 持续改善: no end.</summary>
    public const string Ongoing = "ongoing";
    /// <summary>立行立改，长期坚持.</summary>
    public const string ImmediateAndOngoing = "immediate-and-ongoing";
    /// <summary>No deadline printed, or none that could be read.</summary>
    public const string None = "none";
}

/// <summary>A deadline as printed and as read.</summary>
/// <param name="Raw">The text as printed, e.g. 2025年12月底前，分阶段推进.</param>
/// <param name="Date">The last day it allows (ISO yyyy-MM-dd), when it names one.</param>
/// <param name="Kind">One of <see cref="DeadlineKinds"/>.</param>
/// <param name="Status"><c>completed</c> when the plan reports the problem rectified.</param>
/// <param name="Ongoing">A dated deadline that also says the work goes on (2022年7月底前，长期坚持).</param>
/// <param name="Unread">Text was printed but neither a date nor a kind could be read from it: kept raw, never guessed.</param>
public sealed record Deadline(string Raw, string? Date, string Kind, string? Status, bool Ongoing, bool Unread)
{
    /// <summary>A dated deadline that also asks for immediate rectification (立即整改，长期坚持。2024年12月底前销号).</summary>
    public bool Immediate { get; init; }

    /// <summary>No deadline printed.</summary>
    public static Deadline None { get; } = new("", null, DeadlineKinds.None, null, false, false);

    /// <summary>The date as a sortable number (20251231), for range filters; null without a date.</summary>
    public int? DateNumber => Date is null ? null : int.Parse(Date.Replace("-", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
