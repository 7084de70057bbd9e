namespace Rectify.Search.Core.Model;

/// <summary>Where a number was found: a commitment (整改目标 or a measure) or a finding of the inspectors.</summary>
public enum TargetKind
{
    /// <summary>Something the plan commits to.</summary>
    Target,
    /// <summary>A state the inspectors found (仅完成国家要求的20%): a baseline, not a target.</summary>
    Finding,
}
