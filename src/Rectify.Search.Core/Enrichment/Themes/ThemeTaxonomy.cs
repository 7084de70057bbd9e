using System.Globalization;
using System.Text.RegularExpressions;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Enrichment.Themes;

/// <summary>
/// The theme taxonomy and its rules, read from a data file (Data/themes/themes.txt, format described at its top).
/// Phrases are stored as they will be matched: normalized, compacted, lower-cased.
/// </summary>
public sealed class ThemeTaxonomy
{
    private const double DefaultThreshold = 4;

    private ThemeTaxonomy(string version, IReadOnlyList<Theme> themes)
    {
        Version = version;
        Themes = themes;
        ById = themes.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _byName = themes.SelectMany(t => new[] { (Key: NameKey(t.Name), Theme: t), (Key: NameKey(t.NameEn), Theme: t), (Key: NameKey(t.Id), Theme: t) })
            .GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Theme, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, Theme> _byName;

    /// <summary>
    /// The theme <paramref name="idOrName"/> names: its id, its Chinese name or its English name, as people type them —
    /// quotes, spaces and case aside (两高项目 is “两高”项目); null when none.
    /// </summary>
    public Theme? Find(string idOrName) =>
        ById.TryGetValue(idOrName, out var byId) ? byId : _byName.GetValueOrDefault(NameKey(idOrName));

    private static string NameKey(string name) =>
        new(Text.WidthFolding.Fold(name).Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '"' or '\'' or '‘' or '’' or '「' or '」')).Select(char.ToLowerInvariant).ToArray());

    /// <summary>The file's <c># version:</c>; stored plans tagged under another version are tagged again.</summary>
    public string Version { get; }

    public IReadOnlyList<Theme> Themes { get; }

    public IReadOnlyDictionary<string, Theme> ById { get; }

    private static readonly Lazy<ThemeTaxonomy> Shared = new(() => Parse(EmbeddedText.Lines("themes/themes.txt"), "themes.txt"));

    /// <summary>The taxonomy shipped with the project.</summary>
    public static ThemeTaxonomy Default => Shared.Value;

    /// <summary>Reads a taxonomy; throws <see cref="FormatException"/> naming the file and line of anything it cannot read.</summary>
    public static ThemeTaxonomy Parse(IEnumerable<string> lines, string fileName)
    {
        var all = lines.ToList();
        var version = DataLines.VersionOf(all, fileName);
        var themes = new List<Theme>();
        Theme? current = null;
        var rules = new List<ThemeRule>();
        var exclusions = new List<string>();
        var fieldExclusions = new List<string>();
        var number = 0;

        void Close()
        {
            if (current is null)
                return;
            if (rules.Count == 0)
                throw new FormatException($"{fileName}: theme {current.Id} has no rules");
            themes.Add(current with { Rules = rules.ToList(), Exclusions = exclusions.ToList(), FieldExclusions = fieldExclusions.ToList() });
            rules.Clear();
            exclusions.Clear();
            fieldExclusions.Clear();
        }

        FormatException Error(string message) => new($"{fileName} line {number}: {message}");

        foreach (var (lineNumber, line) in DataLines.Content(all))
        {
            number = lineNumber;
            if (line[0] == '[')
            {
                Close();
                var m = Regex.Match(line, @"^\[(?<id>[a-z0-9-]+)\]\s*(?<zh>[^|]+?)\s*\|\s*(?<en>.+)$");
                if (!m.Success)
                    throw Error($"a theme heading is [id] 中文名 | English name, not \"{line}\"");
                var id = m.Groups["id"].Value;
                if (themes.Any(t => t.Id == id))
                    throw Error($"theme {id} appears twice");
                current = new Theme(id, m.Groups["zh"].Value, m.Groups["en"].Value, "", DefaultThreshold, [], [], []);
                continue;
            }
            if (current is null)
                throw Error("a rule before the first [theme] heading");
            var (head, rest) = Split(line);
            switch (head)
            {
                case "scope":
                    current = current with { Scope = rest };
                    break;
                case "threshold":
                    current = current with { Threshold = Number(rest) ?? throw Error($"threshold must be a number, not \"{rest}\"") };
                    break;
                case "problem-only":
                    current = current with { ProblemOnly = true };
                    break;
                case "aspect":
                    current = current with { Aspect = true };
                    break;
                case "alongside":
                    current = current with { Alongside = true };
                    break;
                case "of-plan":
                    if (!(rest.StartsWith('/') && rest.EndsWith('/') && rest.Length > 2))
                        throw Error($"of-plan takes a /pattern/ of plan titles, not \"{rest}\"");
                    try
                    {
                        current = current with { OfPlan = new Regex(ThemeText.Fold(rest[1..^1]), RegexOptions.CultureInvariant) };
                    }
                    catch (ArgumentException e)
                    {
                        throw Error($"of-plan pattern {rest} is not a regular expression: {e.Message}");
                    }
                    break;
                case "not":
                    exclusions.AddRange(rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ThemeText.Fold));
                    break;
                case "not-with":
                    fieldExclusions.AddRange(rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ThemeText.Fold));
                    break;
                default:
                    var weight = Number(head) ?? throw Error($"a rule starts with its weight, scope, threshold, problem-only, aspect, alongside, of-plan, not or not-with, not \"{head}\"");
                    var fields = ThemeField.All;
                    if (rest.StartsWith('@'))
                    {
                        var (list, phrases) = Split(rest);
                        fields = Fields(list[1..]) ?? throw Error($"fields are title, text, target, measures, not \"{list[1..]}\"");
                        rest = phrases;
                    }
                    if (rest.StartsWith('/') && rest.EndsWith('/') && rest.Length > 2)
                    {
                        Regex pattern;
                        try
                        {
                            pattern = new Regex(ThemeText.Fold(rest[1..^1]), RegexOptions.CultureInvariant);
                        }
                        catch (ArgumentException e)
                        {
                            throw Error($"pattern {rest}: {e.Message}");
                        }
                        rules.Add(new ThemeRule(rest, pattern, weight, fields, number));
                        break;
                    }
                    var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (words.Length == 0)
                        throw Error("a rule without a phrase");
                    rules.AddRange(words.Select(w => new ThemeRule(ThemeText.Fold(w), null, weight, fields, number)));
                    break;
            }
        }
        Close();
        return new ThemeTaxonomy(version, themes);
    }

    private static (string Head, string Tail) Split(string line)
    {
        var space = line.IndexOf(' ');
        return space < 0 ? (line, "") : (line[..space], line[(space + 1)..].Trim());
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    private static ThemeField? Fields(string list)
    {
        var fields = ThemeField.None;
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            fields |= name switch
            {
                "title" => ThemeField.Title,
                "text" => ThemeField.Text,
                "target" => ThemeField.Target,
                "measures" => ThemeField.Measures,
                _ => ThemeField.None,
            };
            if (name is not ("title" or "text" or "target" or "measures"))
                return null;
        }
        return fields == ThemeField.None ? null : fields;
    }
}
