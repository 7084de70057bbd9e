using Rectify.Search.Core.Model;

namespace Rectify.Search.Storage;

/// <summary>
/// How a unit row writes its role and level (schema 13): as small numbers, not their names — a national store's million
/// unit rows spelled <c>responsible</c> and <c>county</c> in every one. The numbers are stored, so they are listed here by
/// name, once, and never renumbered: a new role or level takes the next number (and the column's check in <see cref="Schema"/> with it).
/// </summary>
internal static class UnitCodes
{
    /// <summary>The roles by number, from 1.</summary>
    private static readonly string[] Roles = ["lead", "support", "responsible", "supervise", "accountability", "acceptance", "acceptance-lead", "acceptance-support"];

    /// <summary>The levels by number, from 1.</summary>
    private static readonly string[] Levels = ["province", "city", "county"];

    public static int Of(UnitRole role) => Code(Roles, role.Wire());

    public static int Of(RegionLevel level) => Code(Levels, level.Wire());

    public static UnitRole Role(long code) => WireNames.Parse<UnitRole>(Name(Roles, code)) ?? throw new FormatException($"unit role {code}");

    public static RegionLevel Level(long code) => WireNames.Parse<RegionLevel>(Name(Levels, code)) ?? throw new FormatException($"unit level {code}");

    /// <summary>SQL: the role column's number for the name a store of an older schema wrote there (a number stays as it is).</summary>
    public static string RoleFromName(string column) => FromName(column, Roles);

    /// <summary>SQL: the level column's number for the name a store of an older schema wrote there.</summary>
    public static string LevelFromName(string column) => FromName(column, Levels);

    private static int Code(string[] names, string name) =>
        Array.IndexOf(names, name) is var i and >= 0 ? i + 1 : throw new ArgumentOutOfRangeException(nameof(name), name, "no number for it: add it to UnitCodes");

    private static string? Name(string[] names, long code) => code >= 1 && code <= names.Length ? names[code - 1] : null;

    private static string FromName(string column, string[] names) =>
        $"CASE {column} {string.Concat(names.Select((n, i) => $"WHEN '{n}' THEN {i + 1} "))}ELSE {column} END";
}
