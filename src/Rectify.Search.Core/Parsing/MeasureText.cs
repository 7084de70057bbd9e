using System.Text.RegularExpressions;

namespace Rectify.Search.Core.Parsing;

/// <summary>A measure's text with its trailing unit clause read off.</summary>
internal sealed record MeasureParts(DualText Body, UnitList? Units);

/// <summary>Reads the parts of a measure paragraph: the trailing 〔责任单位：…〕 clause and 一是…二是… enumerations.</summary>
internal static partial class MeasureText
{
    // The closing bracket may be missing or of another kind (〔责任单位：县发改委]): page breaks and hand edits.
    [GeneratedRegex(@"[〔\[【(]\s*责\s*任\s*单\s*位\s*:(?<units>.*?)[〕\]】)]?\s*$")]
    private static partial Regex TrailingUnits();

    [GeneratedRegex(@"(?<=^|[。；;，,：:\s])(?<n>[一二三四五六七八九十]{1,3})是")]
    private static partial Regex EnumerationMarker();

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
