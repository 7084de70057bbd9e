namespace Rectify.Search.Core.Model;

/// <summary>The kinds of deadline a plan sets; written <c>date</c>, <c>immediate</c>, <c>ongoing</c>, <c>immediate-and-ongoing</c>, <c>none</c> (<see cref="WireNames"/>).</summary>
public enum DeadlineKind
{
    /// <summary>No deadline printed, or none that could be read.</summary>
    None,
    /// <summary>A calendar date (2021年12月底 → 2021-12-31).</summary>
    Date,
    /// <summary>立行立改, 立即整改: rectify at once.</summary>
    Immediate,
    /// <summary>长期坚持, 持续推进, 持续改善: no end.</summary>
    Ongoing,
    /// <summary>立行立改，长期坚持.</summary>
    ImmediateAndOngoing,
}
