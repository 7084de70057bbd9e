using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rectify.Search.Reading.Docx;

/// <summary>
/// Word's automatic numbering, counted as Word counts it: a paragraph numbered by a list (w:numPr, its own or its
/// style's) gets its level's text (w:lvlText, "%1、", "（%2）", "%1.%2") with each %n the current count of level n in
/// that level's format. A level's count restarts when a lower-numbered (outer) level advances. The text in the
/// document has no "一、" of its own: without this the plan's problems would have no labels.
/// </summary>
internal sealed class WordNumbering
{
    private readonly Dictionary<int, (int AbstractId, Dictionary<int, int> StartOverrides)> _instances = [];
    private readonly Dictionary<int, Dictionary<int, Level>> _abstracts = [];
    private readonly Dictionary<string, (int NumId, int Level)> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int[]> _counts = [];

    /// <param name="Suffix">What follows the number: Word's default tab, or a space, printed as a space; nothing.</param>
    private sealed record Level(int Start, string? Format, string Text, string Suffix);

    public WordNumbering(MainDocumentPart main)
    {
        if (main.NumberingDefinitionsPart?.Numbering is { } numbering)
        {
            foreach (var abs in numbering.Elements<AbstractNum>())
            {
                var levels = new Dictionary<int, Level>();
                foreach (var level in abs.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>())
                {
                    var suffix = level.LevelSuffix?.Val?.Value is { } suff && suff == LevelSuffixValues.Nothing ? "" : " ";
                    levels[level.LevelIndex?.Value ?? 0] = new Level(level.StartNumberingValue?.Val?.Value ?? 1,
                        level.NumberingFormat?.Val?.InnerText, level.LevelText?.Val?.Value ?? "", suffix);
                }
                _abstracts[abs.AbstractNumberId?.Value ?? 0] = levels;
            }
            foreach (var instance in numbering.Elements<NumberingInstance>())
            {
                var overrides = instance.Elements<LevelOverride>()
                    .Where(o => o.StartOverrideNumberingValue?.Val?.Value is not null)
                    .ToDictionary(o => o.LevelIndex?.Value ?? 0, o => o.StartOverrideNumberingValue!.Val!.Value);
                _instances[instance.NumberID?.Value ?? 0] = (instance.AbstractNumId?.Val?.Value ?? 0, overrides);
            }
        }
        if (main.StyleDefinitionsPart?.Styles is { } styles)
        {
            var byId = styles.Elements<Style>().Where(s => s.StyleId?.Value is not null).ToDictionary(s => s.StyleId!.Value!, StringComparer.Ordinal);
            foreach (var (id, style) in byId)
            {
                // A style's numbering, or its base style's.
                for (var s = style; s is not null; s = s.BasedOn?.Val?.Value is { } b && byId.TryGetValue(b, out var based) && based != s ? based : null)
                {
                    if (s.StyleParagraphProperties?.NumberingProperties is { } numPr && numPr.NumberingId?.Val?.Value is { } numId)
                    {
                        _styles[id] = (numId, numPr.NumberingLevelReference?.Val?.Value ?? 0);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>The number Word prints before <paramref name="paragraph"/> ("一、", "（二）"), advancing the count; "" when it has none.</summary>
    public string Next(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        int numId, level;
        if (properties?.NumberingProperties is { NumberingId.Val.Value: var id } own)
            (numId, level) = (id, own.NumberingLevelReference?.Val?.Value ?? StyleLevel(properties));
        else if (properties?.ParagraphStyleId?.Val?.Value is { } style && _styles.TryGetValue(style, out var byStyle))
            (numId, level) = byStyle;
        else
            return "";
        if (numId == 0 || !_instances.TryGetValue(numId, out var instance) || !_abstracts.TryGetValue(instance.AbstractId, out var levels))
            return "";
        if (!_counts.TryGetValue(numId, out var counts))
        {
            counts = new int[9];
            for (var l = 0; l < counts.Length; l++)
                counts[l] = StartOf(instance, levels, l) - 1;
            _counts[numId] = counts;
        }
        level = Math.Clamp(level, 0, 8);
        counts[level]++;
        for (var inner = level + 1; inner < counts.Length; inner++)
            counts[inner] = StartOf(instance, levels, inner) - 1;
        if (!levels.TryGetValue(level, out var current))
            return "";
        var text = current.Text;
        for (var l = 0; l <= level; l++)
        {
            var format = levels.TryGetValue(l, out var other) ? other.Format : null;
            text = text.Replace($"%{l + 1}", NumberFormats.Format(Math.Max(counts[l], StartOf(instance, levels, l)), format), StringComparison.Ordinal);
        }
        return text.Length == 0 ? "" : text + current.Suffix;

        int StyleLevel(ParagraphProperties p) =>
            p.ParagraphStyleId?.Val?.Value is { } s && _styles.TryGetValue(s, out var fromStyle) ? fromStyle.Level : 0;
    }

    private static int StartOf((int AbstractId, Dictionary<int, int> StartOverrides) instance, Dictionary<int, Level> levels, int level) =>
        instance.StartOverrides.TryGetValue(level, out var start) ? start : levels.TryGetValue(level, out var l) ? l.Start : 1;
}
