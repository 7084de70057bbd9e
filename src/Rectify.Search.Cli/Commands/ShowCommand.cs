using System.CommandLine;
using Rectify.Search.Cli.Output;
using Rectify.Search.Storage;

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
            var path = CommonOptions.DatabasePath(result.GetValue(dataDir)!);
            if (!File.Exists(path))
            {
                context.Error.WriteLine($"rectify show: no store at {path}; run 'rectify index' first");
                return CliApp.SomeFailed;
            }
            using var store = PlanStore.Open(path);
            var plan = store.Load(documentId);
            if (plan is null)
            {
                var known = store.List().Select(d => d.Id).ToList();
                context.Error.WriteLine($"rectify show: no plan with id '{documentId}'. Known ids: {(known.Count == 0 ? "(none)" : string.Join(", ", known))}");
                return CliApp.BadArguments;
            }
            PlanPrinter.Print(context.Output, plan);
            return CliApp.Ok;
        });
        return command;
    }
}
