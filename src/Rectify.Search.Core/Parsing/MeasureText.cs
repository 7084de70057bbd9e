using System.Text.RegularExpressions;

namespace Rectify.Search.Core.Parsing;

/// <summary>Reads the parts of a measure paragraph: the trailing 〔责任单位：…〕 clause and 一是…二是… enumerations.</summary>
internal static partial class MeasureText
{
    // The closing bracket may be missing or of another kind (〔责任单位：县发改委]): page breaks and hand edits.
    [GeneratedRegex(@"[〔\[【(]\s*责\s*任\s*单\s*位\s*:(?<units>.*?)[〕\]】)]?\s*$")]
    private static partial Regex TrailingUnits();

    [GeneratedRegex(@"(?<=^|[。；;，,：:\s])(?<n>[一二三四五六七八九十]{1,3})是")]
    private static partial Regex EnumerationMarker();

    // The next ordinal of a run of measures on one line: after a full stop or semicolon, (二) / 2. / 2、 / (2) / ② / ⑵.
    [GeneratedRegex(@"(?<=[。;!?])\s*(?:\((?<pc>[一二三四五六七八九十]{1,3})\)|\((?<pa>\d{1,2})\)|(?<a>\d{1,2})(?:\.(?!\d)|\.(?=(?:19|20)\d{2}\s*年)|、)|(?<c>[\u2460-\u2473])|(?<k>[\u3220-\u3229\u2474-\u249b]))")]
    private static partial Regex RunOrdinal();

    /// <summary>
    /// Splits measures run together on one line — (一)…。(二)…。(三)… or 1.…。2.…。3.… — after the first, whose
    /// number is <paramref name="number"/>: each next ordinal of the same style and the next number, after a full stop
    /// or semicolon, starts a measure. Returns the first measure's text and the further ones with their ordinals.
    /// </summary>
    public static (DualText First, IReadOnlyList<(string Ordinal, int Number, DualText Text)> More) SplitRun(DualText rest, HeadingStyle style, int number)
    {
        var more = new List<(string Ordinal, int Number, DualText Text)>();
        var cuts = new List<(int At, int Length, string Ordinal, int Number)>();
        var expected = number + 1;
        foreach (Match m in RunOrdinal().Matches(rest.Folded))
        {
            var (ordinal, n) = style switch
            {
                _ when m.Groups["k"].Success => Headings.OneCharacter(m.Groups["k"].Value[0]) is var k && k.Style == style ? (m.Groups["k"].Value, k.Number) : ("", 0),
                HeadingStyle.ParenCn when m.Groups["pc"].Success => ($"（{m.Groups["pc"].Value}）", Text.ChineseNumerals.Parse(m.Groups["pc"].Value) ?? 0),
                HeadingStyle.ParenArabic when m.Groups["pa"].Success => ($"（{m.Groups["pa"].Value}）", int.Parse(m.Groups["pa"].Value, System.Globalization.CultureInfo.InvariantCulture)),
                HeadingStyle.Arabic when m.Groups["a"].Success => (m.Groups["a"].Value, int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture)),
                HeadingStyle.Circled when m.Groups["c"].Success => (m.Groups["c"].Value, m.Groups["c"].Value[0] - '\u2460' + 1),
                _ => ("", 0),
            };
            if (n != expected)
                continue;
            cuts.Add((m.Index, m.Length, ordinal, n));
            expected++;
        }
        if (cuts.Count == 0)
            return (rest, more);
        for (var k = 0; k < cuts.Count; k++)
        {
            var from = cuts[k].At + cuts[k].Length;
            var to = k + 1 < cuts.Count ? cuts[k + 1].At : rest.Length;
            more.Add((cuts[k].Ordinal, cuts[k].Number, rest.Slice(from, to - from).Trim()));
        }
        return (rest.Slice(0, cuts[0].At).Trim(), more);
    }

    public static MeasureParts Split(DualText text)
    {
        var m = TrailingUnits().Match(text.Folded);
        if (!m.Success)
            return new(text.Trim(), null);
        var group = m.Groups["units"];
        var units = UnitListParser.Parse(text.Slice(group.Index, group.Length));
        return new(text.Slice(0, m.Index).Trim(), units);
    }

    /// <summary>
    /// A paragraph that opens with its count in words (二是在重点河段安装视频监控…), as one item of a run printed a line each:
    /// the ordinal (二是) and the text after it; null for any other paragraph, and for 一是否 (whether).
    /// </summary>
    public static (string Ordinal, DualText Text)? LeadingCount(DualText text) =>
        EnumerationMarker().Match(text.Folded) is { Success: true, Index: 0 } m && !text.Folded.AsSpan(m.Length).StartsWith("否")
            ? (m.Value, text.Slice(m.Length).Trim())
            : null;

    /// <summary>
    /// Splits 一是…；二是…；三是… into its items when the markers run in order from 一; otherwise returns no items.
    /// The text before 一是 comes back as the lead-in.
    /// </summary>
    public static (DualText LeadIn, IReadOnlyList<(string Ordinal, DualText Text)> Items) SplitEnumeration(DualText text)
    {
        var matches = EnumerationMarker().Matches(text.Folded).ToList();
        var expected = 1;
        var starts = new List<Match>();
        foreach (var m in matches)
        {
            if (Text.ChineseNumerals.Parse(m.Groups["n"].Value) == expected)
            {
                starts.Add(m);
                expected++;
            }
        }
        if (starts.Count < 2)
            return (DualText.Empty, []);
        var items = new List<(string, DualText)>();
        for (var i = 0; i < starts.Count; i++)
        {
            var from = starts[i].Index;
            var to = i + 1 < starts.Count ? starts[i + 1].Index : text.Length;
            var ordinal = starts[i].Groups["n"].Value + "是";
            var body = text.Slice(from + starts[i].Length, to - from - starts[i].Length).TrimEnd("；;，,");
            items.Add((ordinal, body));
        }
        return (text.Slice(0, starts[0].Index).TrimEnd(":,，：;；"), items);
    }
}
