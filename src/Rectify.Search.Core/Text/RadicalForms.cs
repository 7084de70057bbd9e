namespace Rectify.Search.Core.Text;

/// <summary>
/// The CJK radicals a PDF's text layer gives for characters whose glyph its font shares with a radical (⽣态环境 for
/// 生态环境, ⻓江 for 长江, 整改⽬标 for 整改目标), mapped to the characters a reader sees: the Kangxi Radicals block by
/// compatibility decomposition, the whole-character forms of the CJK Radicals Supplement (data file
/// <c>Data/radicals/radicals.txt</c>). One character for one, so offsets stay.
/// </summary>
public static class RadicalForms
{
    private static readonly Lazy<Dictionary<char, char>> Map = new(() => Parse(EmbeddedText.Lines("radicals/radicals.txt")));

    /// <summary>Every radical with the character it stands for.</summary>
    public static IEnumerable<KeyValuePair<char, char>> Pairs => Map.Value;

    /// <summary>True when <paramref name="c"/> is in the two radical blocks (U+2E80–U+2FDF).</summary>
    public static bool IsRadical(char c) => c is >= '\u2E80' and <= '\u2FDF';

    /// <summary><paramref name="text"/> with every radical that stands for a character replaced by it; how many were.</summary>
    public static string Restore(string text, out int replaced)
    {
        replaced = 0;
        if (!text.AsSpan().ContainsAnyInRange('\u2E80', '\u2FDF'))
            return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (IsRadical(chars[i]) && Map.Value.TryGetValue(chars[i], out var to))
            {
                chars[i] = to;
                replaced++;
            }
        }
        return new string(chars);
    }

    /// <summary>The map of a radicals file: radical, tab, character (then a tab and its name); throws naming the line of a malformed one.</summary>
    internal static Dictionary<char, char> Parse(IEnumerable<string> lines)
    {
        var map = new Dictionary<char, char>();
        foreach (var (number, text) in DataLines.Content(lines))
        {
            var fields = text.Split('\t');
            if (fields.Length < 2 || fields[0].Length != 1 || fields[1].Length != 1 || !IsRadical(fields[0][0]))
                throw new FormatException($"radicals.txt line {number}: expected a radical (U+2E80–U+2FDF), a tab and the one character it stands for, got '{text}'");
            map[fields[0][0]] = fields[1][0];
        }
        return map;
    }
}
