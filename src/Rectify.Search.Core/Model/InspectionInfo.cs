namespace Rectify.Search.Core.Model;

/// <summary>The inspection a plan answers.</summary>
/// <param name="Kind"><c>central</c> (中央) or <c>provincial</c> (省级); null when the plan does not say.</param>
/// <param name="Round">1, 2 or 3 for central rounds; null when not known.</param>
/// <param name="FollowUp">True for a 回头看 (follow-up) inspection.</param>
/// <param name="Group">The inspection group as printed, e.g. 中央第四生态环境保护督察组.</param>
/// <param name="Evidence">Why the round was assigned, for the report.</param>
public sealed record InspectionInfo(string? Kind, int? Round, bool FollowUp, string? Group, string? Evidence)
{
    /// <summary>A special inspection (专项督察) rather than a routine round.</summary>
    public bool Special { get; init; }

    public static InspectionInfo Unknown { get; } = new(null, null, false, null, null);
}
