using System.CommandLine;
using Rectify.Search.Cli.Output;
using Rectify.Search.Service.Ingestion;
using Rectify.Search.Service.Knowledge;

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
            var dataDirectory = result.GetValue(dataDir)!;
            using var kb = new KnowledgeBase(new KnowledgeBaseOptions { DataDirectory = dataDirectory, SeedsDirectory = null });
            var progress = new ConsoleProgress(context.Output, context.Error, context.Interactive);
            PrepareReport report;
            try
            {
                report = kb.Update(inputs, progress);
            }
            catch (InvalidOperationException e)
            {
                context.Error.WriteLine($"rectify index: {e.Message}; there is no index yet");
                return CliApp.SomeFailed;
            }
            IngestReportPrinter.PrintSummary(context.Output, report.Ingested!);
            if (report.BuildError is { } error)
                context.Error.WriteLine($"rectify index: the search index could not be built ({error}); the previous index is kept");
            else
                context.Output.WriteLine(report.Built switch
                {
                    null => "search index: up to date",
                    { Incremental: true } u => $"search index: updated in place, {u.Plans} plan(s) written ({u.Documents:N0} documents), {u.Removed} removed, in {u.Elapsed.TotalSeconds:F2} s",
                    var built => $"search index: built {built.Documents:N0} documents from {built.Plans} plan(s) in {built.Elapsed.TotalSeconds:F2} s",
                });
            return report.Ingested!.Count(FileOutcome.Failed) > 0 || report.BuildError is not null ? CliApp.SomeFailed : CliApp.Ok;
        });
        return command;
    }
}
