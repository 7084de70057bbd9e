using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Enrichment.Targets;

/// <summary>Names metrics for comparison: scope and action words out, synonyms to one key (Data/targets/metrics.txt).</summary>
public sealed class MetricNames
{
    private readonly string[] _scopes;
    private readonly string[] _actions;
    private readonly Dictionary<string, string> _synonyms;

    private MetricNames(string version, IEnumerable<string> scopes, IEnumerable<string> actions, Dictionary<string, string> synonyms)
    {
        Version = version;
        _scopes = scopes.OrderByDescending(s => s.Length).ToArray();
        _actions = actions.OrderByDescending(s => s.Length).ToArray();
        _synonyms = synonyms;
    }

    public string Version { get; }

    private static readonly Lazy<MetricNames> Shared = new(() => Parse(EmbeddedText.Lines("targets/metrics.txt"), "metrics.txt"));

    public static MetricNames Default => Shared.Value;

    /// <summary>Reads the file; throws <see cref="FormatException"/> naming the line of anything it cannot read.</summary>
    public static MetricNames Parse(IEnumerable<string> lines, string fileName)
    {
        var all = lines.ToList();
        var scopes = new List<string>();
        var actions = new List<string>();
        var synonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (number, line) in DataLines.Content(all))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words[0] == "scope")
                scopes.AddRange(words.Skip(1));
            else if (words[0] == "action")
                actions.AddRange(words.Skip(1));
            else if (words.Length >= 3 && words[1] == "=")
            {
                foreach (var name in words.Skip(2).Prepend(words[0]))
                    synonyms[Key(name)] = Key(words[0]);
            }
            else
                throw new FormatException($"{fileName} line {number}: expected 'scope …', 'action …' or 'key = name …', got \"{line}\"");
        }
        return new MetricNames(DataLines.VersionOf(all, fileName), scopes, actions, synonyms);
    }

    /// <summary>
    /// The metric as named, without action words: 督促砂石土矿加快提升生产规模 → 砂石土矿生产规模. One-character action
    /// words (将, 使, 要) come off the start only: inside a word they are part of it (主要, 使用).
    /// </summary>
    public string Named(string metric)
    {
        var named = metric;
        foreach (var action in _actions.Where(a => a.Length > 1))
            named = named.Replace(action, "", StringComparison.Ordinal);
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var action in _actions.Where(a => a.Length == 1))
            {
                if (named.Length > 1 && named.StartsWith(action, StringComparison.Ordinal))
                {
                    named = named[1..];
                    stripped = true;
                }
            }
        }
        return named.Trim('，', ',', '、', '的', ' ');
    }

    /// <summary>The key comparisons use: lower-case, without scope words at the start, synonyms resolved.</summary>
    public string KeyOf(string metric)
    {
        var key = Key(Named(metric));
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var scope in _scopes)
            {
                if (key.Length > scope.Length && key.StartsWith(scope, StringComparison.Ordinal))
                {
                    key = key[scope.Length..];
                    stripped = true;
                }
            }
        }
        return _synonyms.GetValueOrDefault(key, key);
    }

    private static string Key(string text) => TextNormalizer.Default.Normalize(text).ToLowerInvariant().Replace("“", "").Replace("”", "");
}
