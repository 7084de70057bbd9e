using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Regions;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Enrichment.Departments;

/// <summary>
/// Maps the units plans name to canonical departments (Data/departments/departments.txt): 县发改委, 县发改局, 省发改委 and
/// 区发改（能源）局 are all development &amp; reform. The original string is kept beside what it maps to.
/// </summary>
public sealed class DepartmentVocabulary
{
    private readonly IReadOnlyList<(Department Department, IReadOnlyList<string> Phrases, IReadOnlyList<Regex> Patterns)> _entries;
    private readonly Gazetteer _gazetteer;

    private DepartmentVocabulary(string version, IReadOnlyList<(Department, IReadOnlyList<string>, IReadOnlyList<Regex>)> entries, Gazetteer gazetteer)
    {
        Version = version;
        _entries = entries;
        _gazetteer = gazetteer;
        Departments = entries.Select(e => e.Item1).ToList();
        _byId = Departments.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    private readonly Dictionary<string, Department> _byId;

    /// <summary>The department of the vocabulary with this id; null when it has none.</summary>
    public Department? Find(string id) => _byId.GetValueOrDefault(id);

    public string Version { get; }

    public IReadOnlyList<Department> Departments { get; }

    private static readonly Lazy<DepartmentVocabulary> Shared = new(() => Parse(EmbeddedText.Lines("departments/departments.txt"), "departments.txt", Gazetteer.Default));

    public static DepartmentVocabulary Default => Shared.Value;

    /// <summary>Reads the file; throws <see cref="FormatException"/> naming the line of anything it cannot read.</summary>
    public static DepartmentVocabulary Parse(IEnumerable<string> lines, string fileName, Gazetteer gazetteer)
    {
        var all = lines.ToList();
        var entries = new List<(Department, IReadOnlyList<string>, IReadOnlyList<Regex>)>();
        Department? current = null;
        List<string> phrases = [];
        List<Regex> patterns = [];
        foreach (var (number, line) in DataLines.Content(all))
        {
            if (line[0] == '[')
            {
                var m = Regex.Match(line, @"^\[(?<id>[a-z-]+)\]\s*(?<zh>[^|]+?)\s*\|\s*(?<en>[^|]+?)\s*\|\s*(?<kind>department|party|government|town|park|protected-area|company|other)$");
                if (!m.Success)
                    throw new FormatException($"{fileName} line {number}: expected [id] 中文名 | English name | kind, got \"{line}\"");
                if (current is not null)
                    entries.Add((current, phrases, patterns));
                current = new Department(m.Groups["id"].Value, m.Groups["zh"].Value, m.Groups["en"].Value, m.Groups["kind"].Value);
                phrases = [];
                patterns = [];
                continue;
            }
            if (current is null)
                throw new FormatException($"{fileName} line {number}: phrases before the first [department]");
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length > 2 && word[0] == '/' && word[^1] == '/')
                    patterns.Add(new Regex(word[1..^1], RegexOptions.CultureInvariant));
                else
                    phrases.Add(word);
            }
        }
        if (current is not null)
            entries.Add((current, phrases, patterns));
        return new DepartmentVocabulary(DataLines.VersionOf(all, fileName), entries, gazetteer);
    }

    /// <summary>What <paramref name="unit"/> is, and at which level.</summary>
    public UnitDepartment Map(string unit)
    {
        Diagnostics.ParserProbe.Note("departments");
        var text = WidthFolding.Fold(unit).Trim();
        var department = _entries.FirstOrDefault(e => e.Phrases.Any(p => text.Contains(p, StringComparison.Ordinal)) || e.Patterns.Any(p => p.IsMatch(text))).Department;
        if (department is null && IsPlaceName(text))
            department = Departments.FirstOrDefault(d => d.Kind == "government");
        return new UnitDepartment(unit, department, Level(text));
    }

    private bool IsPlaceName(string text) =>
        _gazetteer.ByName(text).Any() || _gazetteer.ByName(text + "市").Any() || _gazetteer.ByName(text + "县").Any();

    /// <summary>The level the unit's name gives: its first 省, 市/州 or 县/区 within a place-name's length (随县…局 is a county's), or 分局.</summary>
    private static RegionLevel? Level(string text)
    {
        if (text.Contains("分局", StringComparison.Ordinal))
            return RegionLevel.County;
        var at = text.AsSpan(0, Math.Min(text.Length, 4)).IndexOfAny("省市州县区");
        if (at > 0 && text[at] == '市' && text[at - 1] == '城')
            return null; // 城市社区: a kind of place, not a city's unit
        return at < 0 ? null : text[at] switch
        {
            '省' => RegionLevel.Province,
            '市' or '州' => RegionLevel.City,
            _ => RegionLevel.County,
        };
    }
}
