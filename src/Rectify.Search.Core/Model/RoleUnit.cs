namespace Rectify.Search.Core.Model;

/// <summary>A unit named in one of the roles of <see cref="ProblemFields.OtherUnits"/>.</summary>
public sealed record RoleUnit(UnitRole Role, string Name)
{
    /// <summary>Every role a <see cref="RoleUnit"/> may have, in the order records list them.</summary>
    public static IReadOnlyList<UnitRole> Roles { get; } =
        [UnitRole.Supervise, UnitRole.Accountability, UnitRole.Acceptance, UnitRole.AcceptanceLead, UnitRole.AcceptanceSupport];
}
