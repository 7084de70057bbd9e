using System.Collections.Concurrent;
using System.Text;

namespace Rectify.Search.Core.Model;

/// <summary>
/// How the domain's enums are written outside the process — in the store, the index, the API and the CLI: kebab case
/// of the member's name (<see cref="DeadlineKind.ImmediateAndOngoing"/> → <c>immediate-and-ongoing</c>).
/// </summary>
public static class WireNames
{
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    public static string Wire<T>(this T value) where T : struct, Enum => Names.GetOrAdd(value, v => Kebab(v.ToString()));

    /// <summary>The member <paramref name="name"/> writes; null for anything else.</summary>
    public static T? Parse<T>(string? name) where T : struct, Enum =>
        name is null ? null : Enum.GetValues<T>().Select(v => (T?)v).FirstOrDefault(v => v!.Value.Wire() == name);

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
