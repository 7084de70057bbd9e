namespace Rectify.Search.Core.Model;

/// <summary>The role a unit is named in; written in kebab case (<c>lead</c>, <c>acceptance-lead</c> …, <see cref="WireNames"/>).</summary>
public enum UnitRole
{
    /// <summary>牵头单位.</summary>
    Lead,
    /// <summary>配合单位.</summary>
    Support,
    /// <summary>责任单位.</summary>
    Responsible,
    /// <summary>督导单位.</summary>
    Supervise,
    /// <summary>追责单位.</summary>
    Accountability,
    /// <summary>验收单位.</summary>
    Acceptance,
    /// <summary>验收牵头单位.</summary>
    AcceptanceLead,
    /// <summary>验收配合单位.</summary>
    AcceptanceSupport,
}
