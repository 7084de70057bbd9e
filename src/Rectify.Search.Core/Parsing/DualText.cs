using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// Original text paired with its folded copy of the same length (half-width forms, simplified characters: see
/// <see cref="TextNormalizer"/>): patterns run on <see cref="Folded"/>,
/// and the matched ranges are cut from <see cref="Original"/> so that what is stored is what was printed.
/// </summary>
internal readonly record struct DualText(string Original, string Folded)
{
    public static DualText Empty { get; } = new("", "");

    public static DualText Of(string original) => new(original, TextNormalizer.Default.Normalize(original));

    public int Length => Original.Length;

    public bool IsEmpty => Original.Length == 0;

    public DualText Slice(int start) => new(Original[start..], Folded[start..]);

    public DualText Slice(int start, int length) =>
        new(Original.Substring(start, length), Folded.Substring(start, length));

    /// <summary>Trims white space (including the ideographic space) from both ends.</summary>
    public DualText Trim()
    {
        int start = 0, end = Folded.Length;
        while (start < end && IsSpace(Folded[start]))
            start++;
        while (end > start && IsSpace(Folded[end - 1]))
            end--;
        return start == 0 && end == Folded.Length ? this : Slice(start, end - start);
    }

    /// <summary>Trims white space and then any of <paramref name="chars"/> (compared on the folded text) from the end.</summary>
    public DualText TrimEnd(string chars)
    {
        var t = Trim();
        var end = t.Folded.Length;
        while (end > 0 && (chars.Contains(t.Folded[end - 1]) || IsSpace(t.Folded[end - 1])))
            end--;
        return end == t.Folded.Length ? t : t.Slice(0, end);
    }

    public static DualText operator +(DualText a, DualText b) => new(a.Original + b.Original, a.Folded + b.Folded);

    public static DualText Join(string separator, IEnumerable<DualText> parts)
    {
        var list = parts.ToList();
        return new(string.Join(separator, list.Select(p => p.Original)), string.Join(separator, list.Select(p => p.Folded)));
    }

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u00A0' || c == '\uFEFF';

    public override string ToString() => Original;
}
