using System.Text;

namespace Rectify.Search.Core.Model;

/// <summary>
/// How the domain's enums are written outside the process — in the store, the index, the API and the CLI: kebab case
/// of the member's name (<see cref="DeadlineKind.ImmediateAndOngoing"/> → <c>immediate-and-ongoing</c>).
/// </summary>
public static class WireNames
{
    public static string Wire<T>(this T value) where T : struct, Enum => Of<T>.Names[value];

    /// <summary>The member <paramref name="name"/> writes; null for anything else.</summary>
    public static T? Parse<T>(string? name) where T : struct, Enum =>
        name is not null && Of<T>.Members.TryGetValue(name, out var value) ? value : null;

    /// <summary>Each enum's names both ways, built once (reading a store reads hundreds of thousands of them).</summary>
    private static class Of<T> where T : struct, Enum
    {
        public static readonly Dictionary<T, string> Names = Enum.GetValues<T>().ToDictionary(v => v, v => Kebab(v.ToString()));
        public static readonly Dictionary<string, T> Members = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }

    private static string Kebab(string name)
    {
        var s = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
                s.Append('-');
            s.Append(char.ToLowerInvariant(name[i]));
        }
        return s.ToString();
    }
}
