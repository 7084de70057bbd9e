using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Model;

/// <summary>
/// The Chinese and English labels of the values records carry — deadline kinds, unit roles, region levels, inspection
/// kinds — read from <c>Data/labels/labels.tsv</c>, the one place that names them.
/// </summary>
public sealed class Labels
{
    private readonly Dictionary<(string Group, string Id), (string Zh, string En)> _labels;

    private Labels(Dictionary<(string, string), (string, string)> labels) => _labels = labels;

    private static readonly Lazy<Labels> Shared = new(() => Parse(EmbeddedText.Lines("labels/labels.tsv"), "labels.tsv"));

    public static Labels Default => Shared.Value;

    /// <summary>The Chinese label of <paramref name="id"/> in <paramref name="group"/>; null for a value the file does not name.</summary>
    public string? Zh(string group, string? id) => id is not null && _labels.TryGetValue((group, id), out var l) ? l.Zh : null;

    /// <summary>The English label; null for a value the file does not name.</summary>
    public string? En(string group, string? id) => id is not null && _labels.TryGetValue((group, id), out var l) ? l.En : null;

    /// <summary>Every label of a group, in file order: (id, Chinese, English).</summary>
    public IEnumerable<(string Id, string Zh, string En)> Group(string group) =>
        _labels.Where(p => p.Key.Group == group).Select(p => (p.Key.Id, p.Value.Zh, p.Value.En));

    /// <summary>Reads a labels file; throws <see cref="FormatException"/> naming the file and line of a line without four columns.</summary>
    public static Labels Parse(IEnumerable<string> lines, string fileName)
    {
        var labels = new Dictionary<(string, string), (string, string)>();
        foreach (var (number, text) in DataLines.Content(lines))
        {
            var columns = text.Split('\t');
            if (columns.Length != 4 || columns.Any(c => c.Trim().Length == 0))
                throw new FormatException($"{fileName}:{number}: expected group, id, Chinese and English separated by tabs");
            labels[(columns[0].Trim(), columns[1].Trim())] = (columns[2].Trim(), columns[3].Trim());
        }
        return new Labels(labels);
    }
}
