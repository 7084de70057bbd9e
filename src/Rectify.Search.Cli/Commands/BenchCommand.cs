using System.CommandLine;
using System.Globalization;
using Rectify.Search.Analysis.Dictionaries;
using Rectify.Search.Analysis.Evaluation;
using Rectify.Search.Cli.Benchmarks;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Cli.Commands;

/// <summary><c>rectify bench segment</c>: segmentation accuracy and speed on SIGHAN 2005 PKU and MSR, beside Lucene's SmartCn and jieba when installed.</summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var sighan = new Option<string>("--sighan")
        {
            Description = "Folder of the SIGHAN 2005 test and gold files (pku_test.utf8, pku_test_gold.utf8, msr_…).",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "sighan2005"),
        };
        var iterations = new Option<int>("--iterations")
        {
            Description = "Timed passes over each test set after one warm-up pass.",
            DefaultValueFactory = _ => 5,
        };
        var noJieba = new Option<bool>("--no-jieba") { Description = "Do not run python3-jieba for comparison." };
        iterations.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1000)
                r.AddError("--iterations must be from 1 to 1000");
        });
        var segment = new Command("segment", "Segment the SIGHAN 2005 PKU and MSR test sets; print precision, recall, F1 and characters per second.")
        {
            sighan, iterations, noJieba,
        };
        segment.SetAction(result => Segment(context, result.GetValue(sighan)!, result.GetValue(iterations), result.GetValue(noJieba)));

        var queries = new Option<int>("--queries") { Description = "Timed requests per measurement (at least 1000).", DefaultValueFactory = _ => 1000 };
        queries.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1000 or > 1_000_000)
                r.AddError("--queries must be from 1000 to 1000000");
        });
        var seeds = CommonOptions.SeedsDirectory();
        var api = new Option<string?>("--api")
        {
            Description = "The API to time over HTTP, started as a process: its built Rectify.Search.Api.dll (dotnet build -c Release src/Rectify.Search.Api). Without it, HTTP figures are left out.",
        };
        api.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } path && !File.Exists(path))
                r.AddError($"--api: no file {path}; build the API first (dotnet build -c Release src/Rectify.Search.Api)");
        });
        var search = new Command("search", "Index build time for the seeds; search and precedent latency (median, p90, p99) in process and, with --api, over HTTP; start-up to first answer.")
        {
            queries, seeds, api,
        };
        search.SetAction(result => SearchBenchmark.Run(context.Output, result.GetValue(seeds)!, result.GetValue(queries), result.GetValue(api)));
        var plans = new Option<int>("--plans") { Description = "Generated plans to compare (default 2000).", DefaultValueFactory = _ => 2000 };
        plans.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 10 or > 100_000)
                r.AddError("--plans must be from 10 to 100000");
        });
        var repeats = new Option<int>("--repeats") { Description = "Timed repeats of each comparison (default 20).", DefaultValueFactory = _ => 20 };
        var compareSeeds = CommonOptions.SeedsDirectory();
        var compare = new Command("compare", "The comparison over a generated corpus of N plans (seeds moved to other counties, problems recombined, numbers varied): first and median time per comparison.")
        {
            plans, repeats, compareSeeds,
        };
        compare.SetAction(result => CompareBenchmark.Run(context.Output, result.GetValue(compareSeeds)!, result.GetValue(plans), Math.Max(1, result.GetValue(repeats))));
        var scalePlans = new Option<int>("--plans") { Description = "Plans to generate (default 2000).", DefaultValueFactory = _ => 2000 };
        scalePlans.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 10 or > 100_000)
                r.AddError("--plans must be from 10 to 100000");
        });
        var layouts = new Option<string?>("--layouts")
        {
            Description = "Folder of other plan layouts mixed into the corpus (default: the layout fixtures in tests/).",
            DefaultValueFactory = _ => Path.Combine("tests", "Rectify.Search.Core.Tests", "Fixtures", "layouts"),
        };
        var scaleQueries = new Option<int>("--queries") { Description = "Timed requests per measurement (default 1000).", DefaultValueFactory = _ => 1000 };
        var scaleSeeds = CommonOptions.SeedsDirectory();
        var scaleApi = new Option<string?>("--api") { Description = "The built Rectify.Search.Api.dll, for start-up, HTTP and serving-memory figures." };
        var scaleNotices = new Option<int>("--notices")
        {
            Description = "Single-problem progress and 销号 notices to generate beside the plans (a second generator, three notice layouts; default 0).",
            DefaultValueFactory = _ => 0,
        };
        var layoutShare = new Option<double>("--layout-share")
        {
            Description = "The share of generated plans made from --layouts rather than the seeds (default 0.2).",
            DefaultValueFactory = _ => 0.2,
        };
        var keep = new Option<bool>("--keep") { Description = "Keep the generated corpus and the store and index built from it (the path is printed)." };
        var reuse = new Option<string?>("--reuse") { Description = "Measure again the store and index a --keep run left in this folder (nothing generated)." };
        var corpus = new Option<string?>("--corpus") { Description = "Measure this folder of plan files (generated another way, or real) instead of a generated corpus; it is only read. With --reuse, the corpus that run read." };
        var scale = new Command("scale", "The knowledge base at N generated plans: ingest and index, search, precedents, comparison, one plan added and replaced, and with --api start-up, HTTP and memory.")
        {
            scalePlans, layouts, scaleQueries, scaleSeeds, scaleApi, keep, reuse, corpus, scaleNotices, layoutShare,
        };
        scale.SetAction(result => ScaleBenchmark.Run(context.Output, result.GetValue(scalePlans), result.GetValue(scaleSeeds)!, result.GetValue(layouts),
            Math.Max(100, result.GetValue(scaleQueries)), result.GetValue(scaleApi), result.GetValue(keep), result.GetValue(reuse), result.GetValue(corpus),
            result.GetValue(scaleNotices), Math.Clamp(result.GetValue(layoutShare), 0, 1), context.Figures));
        var load = LoadCommand(context);
        var draftData = CommonOptions.DataDirectory();
        var draftSeeds = CommonOptions.SeedsDirectory();
        var feedback = new Option<string?>("--feedback") { Description = "The feedback to draft from (default: the problems of the first seed plan, 17)." };
        var draftRegion = new Option<string>("--region") { Description = "The drafter's region (default 保靖县).", DefaultValueFactory = _ => "保靖县" };
        var draftRepeats = new Option<int>("--repeats") { Description = "Timed drafts after the first (default 5).", DefaultValueFactory = _ => 5 };
        var draft = new Command("draft", "Time a complete automatic draft (every problem composed from its top precedent of another province): the first after opening, then the median, over the store in --data-dir (a 'bench scale --keep' folder's data/ for a national one).")
        {
            draftData, draftSeeds, feedback, draftRegion, draftRepeats,
        };
        draft.SetAction(result =>
        {
            var seedsFolder = result.GetValue(draftSeeds)!;
            var feedbackFile = result.GetValue(feedback) ?? (Directory.Exists(seedsFolder) ? DraftBenchmark.DefaultFeedback(seedsFolder) : null);
            if (feedbackFile is null || !File.Exists(feedbackFile))
            {
                context.Error.WriteLine($"rectify bench draft: --feedback {feedbackFile ?? "(none: no seeds folder)"} does not exist");
                return CliApp.BadArguments;
            }
            return DraftBenchmark.Run(context.Output, context.Error, result.GetValue(draftData)!, seedsFolder.Length == 0 ? null : seedsFolder, feedbackFile, result.GetValue(draftRegion)!, Math.Max(1, result.GetValue(draftRepeats)));
        });
        return new Command("bench", "Benchmarks that print their figures.") { segment, search, compare, scale, load, draft };
    }

    /// <summary><c>rectify bench load</c>: the API process under many connections for a fixed time.</summary>
    private static Command LoadCommand(CliContext context)
    {
        var plans = new Option<int>("--plans") { Description = "Plans to generate (default 2000).", DefaultValueFactory = _ => 2000 };
        plans.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 10 or > 100_000)
                r.AddError("--plans must be from 10 to 100000");
        });
        var connections = new Option<int>("--connections") { Description = "Clients, each on a connection of its own (default 64).", DefaultValueFactory = _ => 64 };
        connections.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1024)
                r.AddError("--connections must be from 1 to 1024");
        });
        var seconds = new Option<int>("--seconds") { Description = "How long the load lasts, after the warm-up (default 60).", DefaultValueFactory = _ => 60 };
        var warmUp = new Option<int>("--warm-up") { Description = "Seconds of the same load first, not counted (default 15).", DefaultValueFactory = _ => 15 };
        foreach (var option in new[] { seconds, warmUp })
        {
            option.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<int>() is < 0 or > 3600)
                    r.AddError($"{option.Name} must be from 0 to 3600");
            });
        }
        var api = new Option<string>("--api") { Description = "The built Rectify.Search.Api.dll (dotnet build -c Release src/Rectify.Search.Api).", Required = true };
        api.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } path && !File.Exists(path))
                r.AddError($"--api: no file {path}; build the API first (dotnet build -c Release src/Rectify.Search.Api)");
        });
        var reuse = new Option<string?>("--reuse") { Description = "Serve the store and index a --keep run (of this or 'bench scale') left in this folder (nothing generated)." };
        var keep = new Option<bool>("--keep") { Description = "Keep the generated corpus, store and index (the path is printed) for --reuse." };
        var seeds = CommonOptions.SeedsDirectory();
        var layouts = new Option<string?>("--layouts")
        {
            Description = "Folder of other plan layouts mixed into the corpus (default: the layout fixtures in tests/).",
            DefaultValueFactory = _ => Path.Combine("tests", "Rectify.Search.Core.Tests", "Fixtures", "layouts"),
        };
        var noCache = new Option<bool>("--no-read-cache") { Description = "Serve with the read cache off (Rectify:ReadCacheMegabytes=0): every answer computed, as for requests never asked before." };
        var load = new Command("load", "The API as a process under N connections sending a mixed workload (search, facets, precedents, compare, record reads) for a fixed time: throughput, errors, latency by kind, compression, answers from the read cache.")
        {
            plans, connections, seconds, warmUp, api, reuse, keep, seeds, layouts, noCache,
        };
        load.SetAction(result => LoadBenchmark.Run(context.Output, result.GetValue(plans), result.GetValue(seeds)!, result.GetValue(layouts), result.GetValue(api)!,
            result.GetValue(connections), TimeSpan.FromSeconds(result.GetValue(seconds)), TimeSpan.FromSeconds(result.GetValue(warmUp)), result.GetValue(reuse), result.GetValue(keep), context.Figures,
            readCache: !result.GetValue(noCache)));
        return load;
    }

    private static int Segment(CliContext context, string folder, int iterations, bool noJieba)
    {
        var o = context.Output;
        var sets = new[] { "pku", "msr" };
        var missing = sets.SelectMany(s => new[] { $"{s}_test.utf8", $"{s}_test_gold.utf8" }).Where(f => !File.Exists(Path.Combine(folder, f))).ToList();
        if (missing.Count > 0)
        {
            context.Error.WriteLine($"rectify bench segment: {folder} lacks {string.Join(", ", missing)}; pass --sighan <folder>");
            return CliApp.SomeFailed;
        }

        var data = AnalysisData.General;
        var normalizer = TextNormalizer.Default;
        o.WriteLine($"dictionary: {data.Segmenter.Dictionary.Count:N0} words (general dictionary only), loaded in {data.LoadTime.TotalMilliseconds:F0} ms, "
            + $"{data.ManagedBytes / 1048576.0:F1} MB managed; trie {data.Segmenter.Dictionary.Bytes / 1048576.0:F1} MB");
        var python = noJieba ? null : JiebaReference.FindPython();
        o.WriteLine(python is null ? "jieba: not run (python3-jieba not installed or --no-jieba)" : $"jieba: {python} with python3-jieba, HMM on");
        o.WriteLine();
        o.WriteLine($"{"set",-5} {"segmenter",-16} {"P",7} {"R",7} {"F1",7} {"chars/s",12}");
        foreach (var set in sets)
        {
            var testFile = Path.Combine(folder, $"{set}_test.utf8");
            var test = File.ReadAllLines(testFile);
            var gold = File.ReadAllLines(Path.Combine(folder, $"{set}_test_gold.utf8"));
            var ours = SegmentationBenchmark.Run(set, test, gold, data.Segmenter, normalizer, iterations);
            Row(o, set, "rectify", ours.Score, ours.CharactersPerSecond);
            if (python is not null)
            {
                var (lines, seconds) = JiebaReference.Run(python, testFile);
                var jiebaScore = SegmentationBenchmark.ScoreOutput(lines, gold);
                var jiebaSpeed = ours.Characters / seconds;
                Row(o, set, "jieba 0.42", jiebaScore, jiebaSpeed);
                o.WriteLine($"{set,-5} {"ratio",-16} {"",7} {"",7} {ours.Score.F1 - jiebaScore.F1,7:+0.0000;-0.0000} {ours.CharactersPerSecond / jiebaSpeed,11:F1}x");
            }
            // Lucene's SmartCn (the analyzer the project card names), on the same text in the same run.
            var (smartCn, smartCnTime) = Indexing.Evaluation.SmartCnSegmentation.Run(test);
            var smartCnScore = smartCn.Zip(gold, (lengths, g) => SegmentationScore.Score(
                g.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).ToList(), lengths))
                .Aggregate(SegmentationScore.Zero, (a, b) => a + b);
            Row(o, set, "SmartCn 4.8b17", smartCnScore, ours.Characters / smartCnTime.TotalSeconds);
            context.Figures.Add($"segment-{set}", $"segmentation, SIGHAN 2005 {set.ToUpperInvariant()} test set",
                new Records.Figure("word F1", ours.Score.F1, Peer: smartCnScore.F1, PeerName: "SmartCn 4.8b17", Headline: true),
                new Records.Figure("characters per second", ours.CharactersPerSecond, "chars/s", Peer: ours.Characters / smartCnTime.TotalSeconds, PeerName: "SmartCn 4.8b17"));
        }
        return CliApp.Ok;
    }

    private static void Row(TextWriter o, string set, string name, SegmentationScore s, double speed) =>
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set,-5} {name,-16} {s.Precision,7:F4} {s.Recall,7:F4} {s.F1,7:F4} {speed,12:N0}"));
}
