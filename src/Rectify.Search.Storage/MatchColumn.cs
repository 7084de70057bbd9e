using System.Text;
using System.Text.Json;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Storage;

/// <summary>
/// A theme's matches in one column, compactly: a JSON array of arrays <c>[phrase, field, measure position or null,
/// weight, contribution, context]</c>, a context the list already holds written as the index of the match that holds it
/// (a measure's clause is the context of each phrase found in it). A third of the size of the objects schema 9 and
/// before wrote, which are still read.
/// </summary>
internal static class MatchColumn
{
    private static readonly JsonSerializerOptions Legacy = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<ThemeMatch> matches)
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
                if (earlier >= 0)
                    w.WriteNumberValue(earlier);
                else
                    w.WriteStringValue(m.Context);
                w.WriteEndArray();
            }
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static IReadOnlyList<ThemeMatch> Read(string column)
    {
        if (column.StartsWith("[{", StringComparison.Ordinal))
            return JsonSerializer.Deserialize<List<ThemeMatch>>(column, Legacy) ?? [];
        using var doc = JsonDocument.Parse(column);
        var matches = new List<ThemeMatch>();
        foreach (var m in doc.RootElement.EnumerateArray())
        {
            var context = m[5].ValueKind == JsonValueKind.Number ? matches[m[5].GetInt32()].Context : m[5].GetString()!;
            matches.Add(new ThemeMatch(m[0].GetString()!, m[1].GetString()!, m[2].ValueKind == JsonValueKind.Null ? null : m[2].GetInt32(),
                m[3].GetDouble(), m[4].GetDouble(), context));
        }
        return matches;
    }
}
