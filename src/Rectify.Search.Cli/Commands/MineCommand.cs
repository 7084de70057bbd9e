using System.CommandLine;
using Rectify.Search.Analysis.Dictionaries;
using Rectify.Search.Indexing.Similarity;

namespace Rectify.Search.Cli.Commands;

/// <summary><c>rectify mine related</c>: related-term candidates from a corpus, for review into domain/related.tsv.</summary>
internal static class MineCommand
{
    public const string ShippedFile = "src/Rectify.Search.Analysis/Data/domain/related.tsv";

    public static Command Create(CliContext context)
    {
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "Folders of the plans to mine (give it again for more); default: seeds and the real layouts of the tests.",
            DefaultValueFactory = _ => [CommonOptions.DefaultSeedsDirectory, EvalCommand.DefaultLayouts],
        };
        var minTogether = new Option<int>("--min-together") { Description = "Fewest problems a pair must meet in (default 3).", DefaultValueFactory = _ => 3 };
        var minNpmi = new Option<double>("--min-npmi") { Description = "Lowest NPMI kept, 0–1 (default 0.5).", DefaultValueFactory = _ => 0.5 };
        var reviewed = new Option<string?>("--reviewed")
        {
            Description = $"An earlier file whose reviews (keep, drop) carry over to pairs mined again (default: {ShippedFile} when present).",
        };
        var output = new Option<string?>("--out") { Description = "Where to write the file (default: standard output)." };
        var related = new Command("related", "Pairs of a finding's word and its answer's (target, measures) word that meet in more problems than chance (NPMI), with provenance, to be reviewed (keep/drop) into domain/related.tsv.")
        {
            corpus, minTogether, minNpmi, reviewed, output,
        };
        related.SetAction(r => Related(context, r.GetValue(corpus)!, r.GetValue(minTogether), r.GetValue(minNpmi), r.GetValue(reviewed), r.GetValue(output)));
        return new Command("mine", "Mine the corpus for data people then review.") { related };
    }

    private static int Related(CliContext context, string[] corpus, int minTogether, double minNpmi, string? reviewedPath, string? outPath)
    {
        if (minTogether < 1)
        {
            context.Error.WriteLine($"rectify mine related: --min-together must be at least 1, not {minTogether}");
            return CliApp.BadArguments;
        }
        if (minNpmi is < 0 or > 1)
        {
            context.Error.WriteLine($"rectify mine related: --min-npmi must be between 0 and 1, not {minNpmi}");
            return CliApp.BadArguments;
        }
        reviewedPath ??= File.Exists(ShippedFile) ? ShippedFile : null;
        RelatedTerms? previous = null;
        if (reviewedPath is not null)
        {
            if (!File.Exists(reviewedPath))
            {
                context.Error.WriteLine($"rectify mine related: --reviewed {reviewedPath} does not exist");
                return CliApp.BadArguments;
            }
            try
            {
                previous = RelatedTerms.Parse(File.ReadLines(reviewedPath), reviewedPath, Core.Text.TextNormalizer.Default);
            }
            catch (FormatException e)
            {
                context.Error.WriteLine($"rectify mine related: {e.Message}");
                return CliApp.BadArguments;
            }
        }
        if (CorpusWorkspace.Open(context, "mine related", corpus) is not { } workspace)
            return CliApp.BadArguments;
        using (workspace)
        {
            var plans = workspace.KnowledgeBase.Plans();
            var units = plans
                .SelectMany(plan => plan.Problems.Select(p => new RelatedTermMiner.Unit(
                    $"{plan.DocumentId}:{p.Label}",
                    SimilarMeasures.ContentWords(p.Text).ToHashSet(StringComparer.Ordinal),
                    SimilarMeasures.ContentWords(string.Join("\n", p.Measures.Select(m => m.Text).Prepend(p.Fields.Target ?? ""))).ToHashSet(StringComparer.Ordinal))))
                .Where(u => u.Finding.Count > 0 && u.Answer.Count > 0)
                .ToList();
            var candidates = RelatedTermMiner.Mine(units, minTogether, minNpmi);
            var header = new[]
            {
                "Rectify.Search related terms: mined from the corpus, reviewed by a person (query expansion only, never at index time).",
                "version: 1",
                $"mined by: rectify mine related --corpus {string.Join(" --corpus ", corpus)} --min-together {minTogether} --min-npmi {minNpmi.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                $"from: {plans.Count} plans, {units.Count} problems with a finding and an answer; {DateTime.UtcNow:yyyy-MM-dd}",
                "A pair: a word of a problem's finding and a word of its target and measures met in `together` problems (NPMI over problems).",
                "review: keep (the two name the same thing, or one is what answers the other: the query is also ranked by it, weighed by npmi × 0.5),",
                "drop (a topical or accidental pair), ? (not reviewed: not used). examples: the first problems (plan:label) where the pair meets.",
            };
            var lines = RelatedTerms.Format(candidates, previous, header).ToList();
            if (outPath is null)
            {
                foreach (var line in lines)
                    context.Output.WriteLine(line);
            }
            else
            {
                File.WriteAllLines(outPath, lines);
            }
            var kept = lines.Count(l => l.Contains("\tkeep\t", StringComparison.Ordinal));
            context.Error.WriteLine($"{candidates.Count} pairs from {units.Count} problems of {plans.Count} plans; {kept} carry a keep from {reviewedPath ?? "no earlier file"}");
            return CliApp.Ok;
        }
    }
}
