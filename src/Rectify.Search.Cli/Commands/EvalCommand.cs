using System.CommandLine;
using System.Globalization;
using Rectify.Search.Core.Enrichment.Themes;
using Rectify.Search.Core.Ingestion;

namespace Rectify.Search.Cli.Commands;

/// <summary><c>rectify eval themes --gold &lt;file&gt;</c>: the tagger's precision, recall and F1 against hand-labelled problems.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Labelled problems: lines documentId#label<TAB>theme theme … (the format of ../shared/spec/themes_examples.tsv).",
            Required = true,
        };
        var seeds = new Option<string>("--seeds")
        {
            Description = "Folder of the plans the gold file names (documentId.txt).",
            DefaultValueFactory = _ => CommonOptions.DefaultSeedsDirectory,
        };
        var themes = new Command("themes", "Per-theme and micro-averaged precision, recall and F1 of problem themes against a gold file; lists every disagreement.")
        {
            gold, seeds,
        };
        themes.SetAction(r => Themes(context, r.GetValue(gold)!, r.GetValue(seeds)!));
        return new Command("eval", "Evaluations that print their figures.") { themes };
    }

    private static int Themes(CliContext context, string goldPath, string seedsDirectory)
    {
        var taxonomy = ThemeTagger.Default.Taxonomy;
        IReadOnlyList<GoldProblem> gold;
        try
        {
            gold = ThemeEvaluation.ReadGold(File.ReadLines(goldPath), goldPath, taxonomy);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            context.Error.WriteLine($"rectify eval themes: {e.Message}");
            return CliApp.BadArguments;
        }
        var plans = new List<Core.Model.PlanDocument>();
        foreach (var id in gold.Select(g => g.DocumentId).Distinct())
        {
            var path = Path.Combine(seedsDirectory, id + ".txt");
            try
            {
                plans.Add(PlanFileReader.Read(path));
            }
            catch (PlanReadException e)
            {
                context.Error.WriteLine($"rectify eval themes: {goldPath} names plan {id}, but {e.Message}");
                return CliApp.SomeFailed;
            }
        }
        ThemeEvaluationResult result;
        try
        {
            result = ThemeEvaluation.Evaluate(gold, plans, taxonomy);
        }
        catch (InvalidOperationException e)
        {
            context.Error.WriteLine($"rectify eval themes: {goldPath}: {e.Message}");
            return CliApp.SomeFailed;
        }
        Print(context.Output, gold, result, taxonomy.Version);
        return CliApp.Ok;
    }

    private static void Print(TextWriter o, IReadOnlyList<GoldProblem> gold, ThemeEvaluationResult r, string version)
    {
        o.WriteLine($"{gold.Count} problems, {gold.Sum(g => g.Themes.Count)} labels; taxonomy version {version}");
        o.WriteLine();
        o.WriteLine($"{"theme",-22} {"gold",4} {"tagged",6} {"P",6} {"R",6} {"F1",6}");
        foreach (var s in r.PerTheme.Where(s => s.TruePositives + s.FalsePositives + s.FalseNegatives > 0))
            Row(o, s);
        o.WriteLine(new string('-', 54));
        Row(o, r.Micro);
        var macro = r.PerTheme.Where(s => s.TruePositives + s.FalseNegatives > 0).ToList();
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"macro (labelled themes)",-22} {"",4} {"",6} {macro.Average(s => s.Precision),6:F3} {macro.Average(s => s.Recall),6:F3} {macro.Average(s => s.F1),6:F3}"));
        var disagreements = r.Problems.Where(c => c.Missed.Any() || c.Extra.Any()).ToList();
        o.WriteLine();
        o.WriteLine(disagreements.Count == 0 ? "no disagreements" : $"{disagreements.Count} disagreement(s):");
        foreach (var c in disagreements)
            o.WriteLine($"  {c.Gold.DocumentId}#{c.Gold.Label}: missed {string.Join(" ", c.Missed)}; extra {string.Join(" ", c.Extra)}");
    }

    private static void Row(TextWriter o, ThemeScore s) =>
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{s.Theme,-22} {s.TruePositives + s.FalseNegatives,4} {s.TruePositives + s.FalsePositives,6} {s.Precision,6:F3} {s.Recall,6:F3} {s.F1,6:F3}"));
}
