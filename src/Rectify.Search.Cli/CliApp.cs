using System.CommandLine;
using Rectify.Search.Cli.Commands;

namespace Rectify.Search.Cli;

/// <summary>The <c>rectify</c> command line: exit code 0 on success, 1 when some input failed, 2 for bad arguments.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int BadArguments = 2;

    /// <summary>Runs <c>rectify</c> with <paramref name="args"/>, writing to the given writers.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool interactive = false)
    {
        var context = new CliContext(output, error, interactive);
        var root = new RootCommand("Rectify.Search: a knowledge base of environmental-inspection rectification plans.")
        {
            IndexCommand.Create(context),
            ShowCommand.Create(context),
            SearchCommand.Create(context),
            SimilarCommand.Create(context),
            CompareCommand.Create(context),
            ExportCommand.Create(context),
            EvalCommand.Create(context),
            MineCommand.Create(context),
            DraftCommand.Create(context),
            BenchCommand.Create(context),
            BackupCommand.Backup(context),
            BackupCommand.Restore(context),
        };
        // --record DIR on any evaluation or benchmark: its figures written as run records (docs/records), with the
        // command, commit, machine and date; rectify report renders docs/figures.md and the README's table from them.
        var record = new Option<string?>("--record") { Description = "Write the figures this run measures as run records (JSON) into this folder, e.g. docs/records.", Recursive = true };
        root.Options.Add(record);
        root.Subcommands.Add(ReportCommand.Create(context));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors)
                error.WriteLine($"rectify: {e.Message}");
            error.WriteLine("Run 'rectify --help' for usage.");
            return BadArguments;
        }
        try
        {
            var exit = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            if (parsed.GetValue(record) is { } folder && exit == Ok)
            {
                if (!context.Figures.Any)
                    error.WriteLine("rectify: --record: this command reports no figures to record");
                foreach (var run in context.Figures.Records(args))
                {
                    run.Write(folder);
                    error.WriteLine($"recorded {Path.Combine(folder, run.Set + ".json")}");
                }
            }
            return exit;
        }
        catch (Storage.StoreOpenException e)
        {
            // A data directory holding someone else's file: said plainly, the file left as it is.
            error.WriteLine($"rectify: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            // A folder or file an option names that is not there (run outside the clone's root, where the defaults
            // seeds/ and tests/…/layouts are relative paths): its path said, no stack trace.
            error.WriteLine($"rectify: {e.Message} (run from the clone's root, or give the path)");
            return 1;
        }
    }
}
