namespace Rectify.Search.Core.Model;

/// <summary>The symbols comparators are written with (in the grammar file, the store and the API).</summary>
public static class Comparators
{
    private static readonly string[] Symbols = [">=", "<=", "=", ">", "<"];

    public static string Symbol(this Comparator c) => Symbols[(int)c];

    /// <summary>The comparator a symbol writes; null for anything else.</summary>
    public static Comparator? Parse(string symbol) => Array.IndexOf(Symbols, symbol) is var i and >= 0 ? (Comparator)i : null;

    /// <summary>+1 for a floor (≥, &gt;), -1 for a ceiling (≤, &lt;), 0 for an exact value.</summary>
    public static int Direction(this Comparator c) => c switch
    {
        Comparator.AtLeast or Comparator.MoreThan => 1,
        Comparator.AtMost or Comparator.LessThan => -1,
        _ => 0,
    };
}
