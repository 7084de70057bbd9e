using System.Text.RegularExpressions;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Enrichment.Targets;

/// <summary>
/// The units a target's number is read with (<c>Data/targets/units.txt</c>): each unit with its other spellings, the
/// scales that may stand before a unit (万, 亿) and the rates that may follow it (/日, /年), and which units count things
/// (个, 座 …) or measure them (亩, 公里, 立方米 …). A unit is named the same way whatever the plan wrote: 160m³/d is
/// 160 立方米/日.
/// </summary>
public sealed class UnitVocabulary
{
    private readonly Dictionary<string, string> _units;
    private readonly string[] _spellings;
    private readonly Dictionary<string, string> _rates;
    private readonly string[] _scales;
    private readonly HashSet<string> _counters;
    private readonly HashSet<string> _measures;

    private UnitVocabulary(string version, Dictionary<string, string> units, Dictionary<string, string> rates, string[] scales,
        HashSet<string> counters, HashSet<string> measures)
    {
        Version = version;
        _units = units;
        _spellings = units.Keys.OrderByDescending(u => u.Length).ToArray();
        _rates = rates;
        _scales = scales;
        _counters = counters;
        _measures = measures;
        Pattern = $"(?:{Alternation(scales)})?(?:{Alternation(units.Keys)})(?:/(?:{Alternation(rates.Keys)}))?";
        CounterPattern = Alternation(counters);
    }

    private static readonly Lazy<UnitVocabulary> Shared = new(() => Parse(EmbeddedText.Lines("targets/units.txt").ToList(), "units.txt"));

    /// <summary>The shipped vocabulary.</summary>
    public static UnitVocabulary Default => Shared.Value;

    /// <summary>The file's version; part of the pipeline version stored with each plan.</summary>
    public string Version { get; }

    /// <summary>A regular expression (no groups) for a unit as a plan may write it: scale, unit, rate; longest spellings first.</summary>
    public string Pattern { get; }

    /// <summary>A regular expression (no groups) for a counter alone: the unit of a count in Chinese numerals (两座).</summary>
    public string CounterPattern { get; }

    /// <summary>The unit as comparisons name it: mg/L → 毫克/升, m³/d → 立方米/日, 万吨/天 → 万吨/日; a spelling not known stays.</summary>
    public string Canonical(string written)
    {
        var (scale, unit, rate) = Split(written);
        return scale + unit + (rate.Length > 0 ? "/" + rate : "");
    }

    /// <summary>Whether <paramref name="unit"/> counts things (个, or ten thousand of them: 万户).</summary>
    public bool IsCounter(string unit) => Split(unit) is { Rate: "" } u && _counters.Contains(u.Unit);

    /// <summary>Whether <paramref name="unit"/> measures an area, length, volume, weight or capacity (万亩, 吨/日, 公里).</summary>
    public bool IsMeasure(string unit) => _measures.Contains(Split(unit).Unit);

    /// <summary>Scale, unit and rate of a written unit, each by its name.</summary>
    private (string Scale, string Unit, string Rate) Split(string written)
    {
        var scale = _scales.FirstOrDefault(s => written.Length > s.Length && written.StartsWith(s, StringComparison.Ordinal)
            && Spelling(written[s.Length..]) is not null) ?? "";
        var rest = written[scale.Length..];
        var spelling = Spelling(rest);
        if (spelling is null)
            return (scale, rest, "");
        var after = rest[spelling.Length..];
        var rate = after.StartsWith('/') && _rates.TryGetValue(after[1..], out var named) ? named : after.TrimStart('/');
        return (scale, _units[spelling], rate);
    }

    /// <summary>The longest unit spelling <paramref name="text"/> starts with, or null.</summary>
    private string? Spelling(string text) => _spellings.FirstOrDefault(u => text.StartsWith(u, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads a units file; a line it cannot read fails naming the file and the line.</summary>
    public static UnitVocabulary Parse(IReadOnlyList<string> lines, string fileName)
    {
        var version = DataLines.VersionOf(lines, fileName);
        var units = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var rates = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        List<string> scales = [];
        HashSet<string> counters = [], measures = [];
        foreach (var (number, kind, words) in DataLines.Kinds(lines, fileName))
        {
            switch (kind)
            {
                case "unit": foreach (var w in words) units[w] = words[0]; break;
                case "rate": foreach (var w in words) rates[w] = words[0]; break;
                case "scale": scales.AddRange(words); break;
                case "counter": counters.UnionWith(words); break;
                case "measure": measures.UnionWith(words); break;
                default:
                    throw new FormatException($"{fileName} line {number}: unknown kind '{kind}' (unit, scale, rate, counter, measure)");
            }
        }
        foreach (var c in counters)
            units.TryAdd(c, c);
        if (measures.FirstOrDefault(m => !units.ContainsKey(m)) is { } unknown)
            throw new FormatException($"{fileName}: measure '{unknown}' is not a unit");
        return new UnitVocabulary(version, units, rates, scales.OrderByDescending(s => s.Length).ToArray(), counters, measures);
    }

    private static string Alternation(IEnumerable<string> words) =>
        string.Join("|", words.Distinct().OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Select(Regex.Escape));
}
