using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>A deadline as printed and as read.</summary>
public sealed record DeadlineRecord(
    string Raw,
    [property: Description("The last day allowed, yyyy-MM-dd")] string? Date,
    [property: Description("date, immediate, ongoing, immediate-and-ongoing or none")] string Kind,
    [property: Description("completed when the plan reports the problem rectified")] string? Status,
    [property: Description("A dated deadline that also says the work goes on")] bool Ongoing,
    [property: Description("Text was printed but could not be read: kept raw, never guessed")] bool Unread)
{
    /// <summary>A dated deadline that also asks for immediate rectification.</summary>
    [Description("A dated deadline that also asks for immediate rectification (立即整改，长期坚持。2024年12月底前销号)")]
    public bool Immediate { get; init; }

    [Description("The kind in Chinese: 限期整改, 立行立改, 长期坚持, 立行立改，长期坚持, 未定时限")]
    public string KindLabel { get; init; } = "";

    [Description("The status in Chinese (已完成)")]
    public string? StatusLabel { get; init; }
}
