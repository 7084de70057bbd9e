using System.CommandLine;
using Rectify.Search.Cli.Output;
using Rectify.Search.Service.Knowledge;

namespace Rectify.Search.Cli.Commands;

/// <summary><c>rectify show &lt;documentId&gt;</c>: prints a stored plan's tree.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("documentId") { Description = "The plan's id: its file name without extension." };
        var dataDir = CommonOptions.DataDirectory();
        var command = new Command("show", "Print a stored plan: metadata, sections, problems, fields and measures.") { id, dataDir };
        command.SetAction(result =>
        {
            var documentId = result.GetValue(id)!;
            var options = new KnowledgeBaseOptions { DataDirectory = result.GetValue(dataDir)!, SeedsDirectory = null };
            if (!File.Exists(options.DatabasePath))
            {
                context.Error.WriteLine($"rectify show: no store at {options.DatabasePath}; run 'rectify index' first");
                return CliApp.SomeFailed;
            }
            using var kb = new KnowledgeBase(options);
            var plan = kb.Plan(documentId);
            if (plan is null)
            {
                var known = kb.Summaries().Select(d => d.DocumentId).ToList();
                context.Error.WriteLine($"rectify show: no plan with id '{documentId}'. Known ids: {(known.Count == 0 ? "(none)" : string.Join(", ", known))}");
                return CliApp.BadArguments;
            }
            PlanPrinter.Print(context.Output, plan);
            return CliApp.Ok;
        });
        return command;
    }
}
