using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rectify.Search.Core.Model;
using Rectify.Search.Indexing.Schema;
using Rectify.Search.Service.Knowledge;

namespace Rectify.Search.Service.Export;

/// <summary>
/// Every problem and measure of the store as an OpenSearch / Elasticsearch bulk file (JSON lines: an action line, then
/// the record), each record with the terms this project's analyzer gives its text (<c>words</c>, space-separated), so
/// the other engine indexes them with a whitespace analyzer and needs no Chinese analysis of its own; and the index
/// mapping those records go into (<see cref="Mapping"/>).
/// </summary>
public static class BulkExport
{
    /// <summary>The index name the action lines name.</summary>
    public const string IndexName = "rectify-records";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the bulk file; returns how many records it holds.</summary>
    public static int Write(KnowledgeBase kb, TextWriter output)
    {
        var count = 0;
        foreach (var plan in kb.AllPlans())
        {
            foreach (var problem in plan.Problems)
            {
                Record(output, plan, problem, null);
                count++;
                foreach (var measure in problem.Measures)
                {
                    Record(output, plan, problem, measure);
                    count++;
                }
            }
        }
        return count;
    }

    private static void Record(TextWriter output, PlanDocument plan, Problem problem, Measure? measure)
    {
        var problemId = RecordIds.Problem(plan.DocumentId, problem.Position);
        var id = measure is null ? problemId : RecordIds.Measure(plan.DocumentId, problem.Position, measure.Position);
        var text = measure?.Text ?? Indexing.Building.DocumentMapper.ProblemText(problem);
        var region = plan.Metadata.Region;
        var deadline = measure?.Deadline ?? problem.Deadline;
        var record = new JsonObject
        {
            ["id"] = id,
            ["kind"] = measure is null ? "problem" : "measure",
            ["documentId"] = plan.DocumentId,
            ["problemId"] = problemId,
            ["title"] = problem.Title,
            ["text"] = text,
            ["words"] = string.Join(' ', IndexAnalyzers.IndexTerms(text)),
            ["province"] = region?.Province,
            ["city"] = region?.City,
            ["county"] = region?.County,
            ["regionCode"] = region?.Code,
            ["level"] = region?.Level.Wire(),
            ["year"] = plan.Metadata.Year,
            ["round"] = plan.Metadata.Inspection.Round,
            ["themes"] = new JsonArray([.. (measure?.Themes ?? problem.Themes).Select(t => (JsonNode?)t.ThemeId)]),
            ["deadline"] = deadline.Date,
            ["deadlineKind"] = deadline.Kind.Wire(),
            ["units"] = new JsonArray([.. (measure?.Units ?? problem.Units).Select(u => (JsonNode?)u.Name)]),
            ["departments"] = new JsonArray([.. (measure?.Units ?? problem.Units).Select(u => u.Department?.Id).OfType<string>().Distinct().Select(d => (JsonNode?)d)]),
            ["targets"] = new JsonArray([.. problem.Targets
                .Where(t => t.Kind == TargetKind.Target && (measure is null || t.MeasurePosition == measure.Position))
                .Select(t => (JsonNode?)new JsonObject
                {
                    ["metricKey"] = t.MetricKey, ["cmp"] = t.Cmp.Symbol(), ["value"] = t.Value, ["unit"] = t.Unit, ["by"] = t.By,
                })]),
        };
        output.Write(JsonSerializer.Serialize(new JsonObject { ["index"] = new JsonObject { ["_index"] = IndexName, ["_id"] = id } }, Json));
        output.Write('\n');
        output.Write(record.ToJsonString(Json));
        output.Write('\n');
    }

    /// <summary>
    /// The index settings and mapping for the bulk file: <c>words</c> split on whitespace (the analysis was done
    /// here), the text kept for display but not analysed again, filters as keywords, the deadline as a date, targets
    /// nested so a metric and its value are matched together.
    /// </summary>
    public static string Mapping()
    {
        var keyword = new JsonObject { ["type"] = "keyword" };
        JsonObject Keyword() => (JsonObject)keyword.DeepClone();
        var mapping = new JsonObject
        {
            ["settings"] = new JsonObject
            {
                ["analysis"] = new JsonObject
                {
                    ["analyzer"] = new JsonObject { ["rectify_words"] = new JsonObject { ["type"] = "custom", ["tokenizer"] = "whitespace" } },
                },
            },
            ["mappings"] = new JsonObject
            {
                ["properties"] = new JsonObject
                {
                    ["id"] = Keyword(), ["kind"] = Keyword(), ["documentId"] = Keyword(), ["problemId"] = Keyword(),
                    ["title"] = new JsonObject { ["type"] = "text", ["index"] = false },
                    ["text"] = new JsonObject { ["type"] = "text", ["index"] = false },
                    ["words"] = new JsonObject { ["type"] = "text", ["analyzer"] = "rectify_words", ["similarity"] = "BM25" },
                    ["province"] = Keyword(), ["city"] = Keyword(), ["county"] = Keyword(), ["regionCode"] = Keyword(), ["level"] = Keyword(),
                    ["year"] = new JsonObject { ["type"] = "integer" },
                    ["round"] = new JsonObject { ["type"] = "integer" },
                    ["themes"] = Keyword(), ["deadlineKind"] = Keyword(), ["units"] = Keyword(), ["departments"] = Keyword(),
                    ["deadline"] = new JsonObject { ["type"] = "date", ["format"] = "yyyy-MM-dd" },
                    ["targets"] = new JsonObject
                    {
                        ["type"] = "nested",
                        ["properties"] = new JsonObject
                        {
                            ["metricKey"] = Keyword(), ["cmp"] = Keyword(), ["value"] = new JsonObject { ["type"] = "double" },
                            ["unit"] = Keyword(), ["by"] = Keyword(),
                        },
                    },
                },
            },
        };
        return mapping.ToJsonString(new JsonSerializerOptions(Json) { WriteIndented = true });
    }
}
