using System.CommandLine;
using System.Text;
using Rectify.Search.Service.Export;
using Rectify.Search.Service.Knowledge;

namespace Rectify.Search.Cli.Commands;

/// <summary><c>rectify export --format jsonl</c>: every record as an OpenSearch / Elasticsearch bulk file, and the mapping it goes into.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format") { Description = "jsonl: bulk-load lines (action, record).", DefaultValueFactory = _ => "jsonl" };
        format.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is not "jsonl")
                r.AddError($"--format must be jsonl, not '{r.GetValueOrDefault<string>()}'");
        });
        var output = new Option<string>("--out") { Description = "The bulk file to write.", DefaultValueFactory = _ => "rectify-records.jsonl" };
        var mapping = new Option<string>("--mapping") { Description = "The index settings and mapping to write beside it.", DefaultValueFactory = _ => "rectify-mapping.json" };
        var dataDir = CommonOptions.DataDirectory();
        var command = new Command("export", "Write every problem and measure, with the terms this analyzer gives them, as a bulk file another search engine loads, and its mapping.")
        {
            format, output, mapping, dataDir,
        };
        command.SetAction(r =>
        {
            var options = new KnowledgeBaseOptions { DataDirectory = r.GetValue(dataDir)!, SeedsDirectory = null };
            if (!File.Exists(options.DatabasePath))
            {
                context.Error.WriteLine($"rectify export: no store at {options.DatabasePath}; run 'rectify index' first");
                return CliApp.SomeFailed;
            }
            using var kb = new KnowledgeBase(options);
            var outPath = r.GetValue(output)!;
            var temp = outPath + ".tmp";
            int records;
            using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
                records = BulkExport.Write(kb, writer);
            File.Move(temp, outPath, overwrite: true);
            File.WriteAllText(r.GetValue(mapping)!, BulkExport.Mapping(), new UTF8Encoding(false));
            context.Output.WriteLine($"{records:N0} records written to {outPath} (index {BulkExport.IndexName}); mapping in {r.GetValue(mapping)}");
            context.Output.WriteLine($"load: curl -XPUT localhost:9200/{BulkExport.IndexName} -H 'Content-Type: application/json' --data-binary @{r.GetValue(mapping)}; "
                + $"curl -XPOST localhost:9200/_bulk -H 'Content-Type: application/x-ndjson' --data-binary @{outPath}");
            return CliApp.Ok;
        });
        return command;
    }
}
