using System.CommandLine;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Operations;

namespace Rectify.Search.Cli.Commands;

/// <summary>
/// <c>rectify backup --out FILE</c> (beside a server using the folder and taking writes) and <c>rectify restore FILE
/// --data-dir DIR</c> (into an empty folder; the index is built on the first start).
/// </summary>
internal static class BackupCommand
{
    public static Command Backup(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "The backup file to write (a zip: the store, the uploaded originals, a manifest).", Required = true };
        var dataDir = CommonOptions.DataDirectory();
        var command = new Command("backup", "Back up a data folder, even while a server uses it and takes uploads: the store at one consistent point, the uploaded originals, a manifest with counts and checksums.") { output, dataDir };
        command.SetAction(result =>
        {
            var options = new KnowledgeBaseOptions { DataDirectory = result.GetValue(dataDir)! };
            if (!File.Exists(options.DatabasePath))
            {
                context.Error.WriteLine($"rectify backup: no store at {options.DatabasePath}: give the data folder a server uses (--data-dir)");
                return CliApp.BadArguments;
            }
            var file = result.GetValue(output)!;
            var manifest = Backups.Create(options, file);
            context.Output.WriteLine($"backup {file}: {manifest.Plans} plans, {manifest.Problems} problems, {manifest.Measures} measures, {manifest.Drafts} drafts, {manifest.Originals} uploaded originals (store schema {manifest.StoreSchema}, {new FileInfo(file).Length:N0} bytes)");
            return CliApp.Ok;
        });
        return command;
    }

    public static Command Restore(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A backup written by 'rectify backup' or POST /api/admin/backup." };
        var dataDir = CommonOptions.DataDirectory();
        var command = new Command("restore", "Restore a backup into an empty data folder, every file checked against its manifest; a damaged or mismatched backup is refused with the reason, and nothing is written.") { file, dataDir };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var directory = result.GetValue(dataDir)!;
            try
            {
                var manifest = Backups.Restore(path, directory);
                context.Output.WriteLine($"restored {path} into {directory}: {manifest.Plans} plans, {manifest.Problems} problems, {manifest.Measures} measures, {manifest.Drafts} drafts, {manifest.Originals} uploaded originals (backed up {manifest.Created}); the search index is built when a server or 'rectify index' first opens the folder");
                return CliApp.Ok;
            }
            catch (Backups.BackupException e)
            {
                context.Error.WriteLine($"rectify restore: refused: {e.Message}");
                return CliApp.SomeFailed;
            }
        });
        return command;
    }
}
