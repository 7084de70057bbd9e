using System.CommandLine;
using Rectify.Search.Storage.Ingestion;
using Rectify.Search.Cli.Output;
using Rectify.Search.Api.Services;
using Rectify.Search.Indexing.Building;
using Rectify.Search.Storage;

namespace Rectify.Search.Cli.Commands;

/// <summary><c>rectify index [paths…]</c>: reads plan files (default <c>seeds/</c>) into the store and reports each file.</summary>
internal static class IndexCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Plan files or directories of .txt plans (default: seeds).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(result =>
        {
            // An argument list takes any token; a dash-led one is a mistyped option, not a file name.
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
                result.AddError($"unknown option '{token.Value}'");
        });
        var dataDir = CommonOptions.DataDirectory();
        var command = new Command("index", "Parse plan files into the store; unchanged files are left alone, removed files are removed.")
        {
            paths,
            dataDir,
        };
        command.SetAction(result =>
        {
            var inputs = result.GetValue(paths) is { Length: > 0 } given ? given : [CommonOptions.DefaultSeedsDirectory];
            using var store = PlanStore.Open(CommonOptions.DatabasePath(result.GetValue(dataDir)!));
            var progress = new ConsoleProgress(context.Output, context.Error, context.Interactive);
            var report = IndexRunner.Run(inputs, store, progress);
            IndexReportPrinter.PrintSummary(context.Output, report);
            var indexed = BuildIndex(context, store, result.GetValue(dataDir)!);
            return report.Count(FileOutcome.Failed) > 0 || !indexed ? CliApp.SomeFailed : CliApp.Ok;
        });
        return command;
    }

    /// <summary>Rebuilds the search index when the store (or the analyzer) changed; a failed build keeps the previous index.</summary>
    private static bool BuildIndex(CliContext context, PlanStore store, string dataDirectory)
    {
        var location = new IndexLocation(new RectifyOptions { DataDirectory = dataDirectory }.IndexPath);
        try
        {
            var built = IndexBuilder.BuildIfStale(location, store.Fingerprint(), store.LoadAll);
            context.Output.WriteLine(built is null
                ? "search index: up to date"
                : $"search index: built {built.Documents:N0} documents from {built.Plans} plan(s) in {built.Elapsed.TotalSeconds:F2} s");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or Lucene.Net.Index.CorruptIndexException)
        {
            context.Error.WriteLine($"rectify index: the search index in {location.Root} could not be built ({e.Message}); "
                + (location.CurrentPath is null ? "there is no index yet" : "the previous index is kept"));
            return false;
        }
    }
}
