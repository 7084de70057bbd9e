namespace Rectify.Search.Core.Model;

/// <summary>A deadline as printed and as read.</summary>
/// <param name="Raw">The text as printed, e.g. 2025年12月底前，分阶段推进.</param>
/// <param name="Date">The last day it allows (ISO yyyy-MM-dd), when it names one.</param>
/// <param name="Status"><c>completed</c> when the plan reports the problem rectified.</param>
/// <param name="Ongoing">A dated deadline that also says the work goes on (2022年7月底前，长期坚持).</param>
/// <param name="Unread">Text was printed but neither a date nor a kind could be read from it: kept raw, never guessed.</param>
public sealed record Deadline(string Raw, string? Date, DeadlineKind Kind, string? Status, bool Ongoing, bool Unread)
{
    /// <summary>A dated deadline that also asks for immediate rectification (立即整改，长期坚持。2024年12月底前销号).</summary>
    public bool Immediate { get; init; }

    /// <summary>No deadline printed.</summary>
    public static Deadline None { get; } = new("", null, DeadlineKind.None, null, false, false);

    /// <summary>The date as a sortable number (20251231), for range filters; null without a date.</summary>
    public int? DateNumber => Date is null ? null : int.Parse(Date.Replace("-", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
