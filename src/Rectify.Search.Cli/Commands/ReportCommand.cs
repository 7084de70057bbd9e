using System.CommandLine;
using Rectify.Search.Cli.Records;

namespace Rectify.Search.Cli.Commands;

/// <summary><c>rectify report</c>: docs/figures.md and the README's figures table, rendered from the run records.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var records = new Option<string>("--records") { Description = "The run records' folder.", DefaultValueFactory = _ => "docs/records" };
        var output = new Option<string>("--out") { Description = "The figures document to write.", DefaultValueFactory = _ => "docs/figures.md" };
        var readme = new Option<string>("--readme") { Description = "The README whose figures table is rendered between its markers.", DefaultValueFactory = _ => "README.md" };
        var check = new Option<bool>("--check") { Description = "Write nothing; fail when the figures document or the README's table differ from the records." };
        var command = new Command("report", "Render docs/figures.md and the README's figures table from the run records (written by evaluations and benchmarks with --record).") { records, output, readme, check };
        command.SetAction(result =>
        {
            var folder = result.GetValue(records)!;
            if (!Directory.Exists(folder))
            {
                context.Error.WriteLine($"rectify report: no records folder {folder}");
                return CliApp.BadArguments;
            }
            var runs = FiguresReport.Load(folder);
            var document = FiguresReport.Document(runs);
            var readmePath = result.GetValue(readme)!;
            var readmeText = File.Exists(readmePath) ? File.ReadAllText(readmePath) : null;
            var spliced = readmeText is null ? null : FiguresReport.Splice(readmeText, FiguresReport.Headlines(runs));
            if (readmeText is not null && spliced is null)
            {
                context.Error.WriteLine($"rectify report: {readmePath} has no figures markers ({FiguresReport.Begin} … {FiguresReport.End})");
                return CliApp.BadArguments;
            }
            var outPath = result.GetValue(output)!;
            if (result.GetValue(check))
            {
                var stale = new List<string>();
                if (!File.Exists(outPath) || File.ReadAllText(outPath) != document)
                    stale.Add(outPath);
                if (spliced is not null && spliced != readmeText)
                    stale.Add(readmePath);
                foreach (var s in stale)
                    context.Error.WriteLine($"rectify report: {s} differs from the records in {folder}; run 'rectify report'");
                return stale.Count == 0 ? CliApp.Ok : CliApp.SomeFailed;
            }
            File.WriteAllText(outPath, document);
            if (spliced is not null)
                File.WriteAllText(readmePath, spliced);
            context.Output.WriteLine($"{runs.Count} record(s) → {outPath}{(spliced is null ? "" : $", {readmePath}")}");
            return CliApp.Ok;
        });
        return command;
    }
}
