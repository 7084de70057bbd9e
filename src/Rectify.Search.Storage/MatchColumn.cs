using System.Text;
using System.Text.Json;
using Rectify.Search.Core.Enrichment.Themes;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Storage;

/// <summary>
/// A theme's matches in one column, compactly: a JSON array of arrays <c>[phrase, field, measure position or null,
/// weight, contribution, context]</c>. The context (the clause a phrase was found in) is written once: as the index of
/// an earlier match of the list that holds it (a measure's clause is the context of each phrase found in it), else as
/// <c>[start, length]</c> in the text of the field it was found in, folded as the tagger reads it (<see cref="FieldText"/>:
/// the store holds that text already; <see cref="ThemeText.Fold"/> is the same on reading), else as the clause itself.
/// Schema 10 and before wrote every context in full (arrays; objects before schema 10): still read.
/// </summary>
internal static class MatchColumn
{
    private static readonly JsonSerializerOptions Legacy = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The text of a match's field (title, text, target, measures or measure with its position) folded as the theme
    /// tagger reads it; null when the owner has none.
    /// </summary>
    public delegate string? FieldText(string field, int? measurePosition);

    /// <summary>The folded fields of <paramref name="problem"/> and its measures, as the theme tagger names them, each folded once.</summary>
    public static FieldText Of(Problem problem)
    {
        var folded = new Dictionary<(string, int?), string?>();
        return (field, measure) =>
        {
            var key = field == "measure" ? ("measures", measure) : (field, measure);
            if (!folded.TryGetValue(key, out var text))
            {
                var raw = key.Item1 switch
                {
                    "title" => problem.Title,
                    "text" => problem.Text,
                    "target" => problem.Fields.Target,
                    "measures" => problem.Measures.FirstOrDefault(m => m.Position == measure)?.Text,
                    _ => null,
                };
                folded[key] = text = raw is null ? null : ThemeText.Fold(raw);
            }
            return text;
        };
    }

    public static string Write(IReadOnlyList<ThemeMatch> matches, FieldText text)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Compact))
        {
            w.WriteStartArray();
            for (var i = 0; i < matches.Count; i++)
            {
                var m = matches[i];
                w.WriteStartArray();
                w.WriteStringValue(m.Phrase);
                w.WriteStringValue(m.Field);
                if (m.MeasurePosition is { } at)
                    w.WriteNumberValue(at);
                else
                    w.WriteNullValue();
                w.WriteNumberValue(m.Weight);
                w.WriteNumberValue(m.Contribution);
                var earlier = -1;
                for (var j = 0; j < i && earlier < 0; j++)
                {
                    if (string.Equals(matches[j].Context, m.Context, StringComparison.Ordinal))
                        earlier = j;
                }
                var start = earlier < 0 && m.Context.Length > 0 ? text(m.Field, m.MeasurePosition)?.IndexOf(m.Context, StringComparison.Ordinal) ?? -1 : -1;
                if (earlier >= 0)
                {
                    w.WriteNumberValue(earlier);
                }
                else if (start >= 0)
                {
                    w.WriteStartArray();
                    w.WriteNumberValue(start);
                    w.WriteNumberValue(m.Context.Length);
                    w.WriteEndArray();
                }
                else
                {
                    w.WriteStringValue(m.Context);
                }
                w.WriteEndArray();
            }
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// The matches of a column; a context written as a place in its field's text is read from <paramref name="text"/>
    /// (a place outside it throws <see cref="FormatException"/>: the column does not belong to these texts).
    /// </summary>
    public static IReadOnlyList<ThemeMatch> Read(string column, FieldText text)
    {
        if (column.StartsWith("[{", StringComparison.Ordinal))
            return JsonSerializer.Deserialize<List<ThemeMatch>>(column, Legacy) ?? [];
        using var doc = JsonDocument.Parse(column);
        var matches = new List<ThemeMatch>();
        foreach (var m in doc.RootElement.EnumerateArray())
        {
            var field = m[1].GetString()!;
            int? measure = m[2].ValueKind == JsonValueKind.Null ? null : m[2].GetInt32();
            var context = m[5].ValueKind switch
            {
                JsonValueKind.Number => matches[m[5].GetInt32()].Context,
                JsonValueKind.Array => Slice(text(field, measure), m[5][0].GetInt32(), m[5][1].GetInt32(), field),
                _ => m[5].GetString()!,
            };
            matches.Add(new ThemeMatch(m[0].GetString()!, field, measure, m[3].GetDouble(), m[4].GetDouble(), context));
        }
        return matches;
    }

    private static string Slice(string? text, int start, int length, string field) =>
        text is not null && start >= 0 && length >= 0 && start + length <= text.Length
            ? text.Substring(start, length)
            : throw new FormatException($"a theme's context at {start}+{length} lies outside its {field} text");
}
