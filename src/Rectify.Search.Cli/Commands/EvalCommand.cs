using System.CommandLine;
using System.Globalization;
using Rectify.Search.Core.Enrichment;
using Rectify.Search.Core.Enrichment.Targets;
using Rectify.Search.Core.Enrichment.Themes;
using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Reporting;
using Rectify.Search.Service.Ingestion;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Queries;
using Rectify.Search.Service.Requests;

namespace Rectify.Search.Cli.Commands;

/// <summary>
/// <c>rectify eval themes --gold &lt;file&gt;</c>: the tagger's precision, recall and F1 against hand-labelled problems;
/// <c>rectify eval documents --expect &lt;file&gt;</c>: stored, region, year, problem count, date of issue and copies against an expectation file.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "Labelled problems: lines documentId#label<TAB>theme theme … (themes_examples.tsv) or doc:label<TAB>… (themes_dev.tsv); "
                + "give it again for more files. With labels of two or more plans, leave-one-plan-out figures follow.",
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

        var expect = new Option<string>("--expect")
        {
            Description = "Expectations: lines file<TAB>region code<TAB>year<TAB>problems[<TAB>date of issue<TAB>copy of] (the columns of layouts/expect.tsv, ? for a region or year the text does not give, then yyyy-MM-dd|yyyy-MM|? and a file or -).",
            Required = true,
        };
        var folder = new Option<string?>("--dir")
        {
            Description = "Folder of the documents (file.txt or file with any ending); default: the expectation file's folder.",
        };
        var variant = new Option<string?>("--variant")
        {
            Description = "Read each text document (not a copy of another) rewritten as the web gives such documents, against the same expectations: spaced (a portal's page whose body lost its line breaks to spaces), run-together (…with nothing in their place) or ascii (full-width punctuation typed as ASCII). Not recorded.",
        };
        var documents = new Command("documents", "Reads each document an expectation file names and prints whether it was stored and whether its region, year, problem count and (where the file gives them) date of issue and the document it copies agree.")
        {
            expect, folder, variant,
        };
        documents.SetAction(r => Documents(context, r.GetValue(expect)!, r.GetValue(folder), r.GetValue(variant)));

        var qrels = new Option<string>("--qrels")
        {
            Description = "Relevance judgments: query<TAB>doc:label=grade … (problems) or query<TAB>snippet=grade | … (measures).",
            Required = true,
        };
        var unit = new Option<string>("--unit") { Description = "problem (default) or measure.", DefaultValueFactory = _ => "problem" };
        var worst = new Option<int>("--worst") { Description = "How many of the worst queries to list (default 5).", DefaultValueFactory = _ => 5 };
        var dataDir = CommonOptions.DataDirectory();
        var searchSeeds = CommonOptions.SeedsDirectory();
        var search = new Command("search", "nDCG@10, R@10 and MRR of search for a judgments file, beside a plain peer (Lucene's CJKAnalyzer bigrams, BM25, OR) over the same records; the worst queries listed.")
        {
            qrels, unit, worst, dataDir, searchSeeds,
        };
        search.SetAction(r => Search(context, r.GetValue(qrels)!, r.GetValue(unit)!, r.GetValue(worst), r.GetValue(dataDir)!, r.GetValue(searchSeeds)!));
        var precedentQrels = new Option<string>("--qrels")
        {
            Description = "Judged precedents: drafted text<TAB>snippet=grade | … (measures) or drafted text<TAB>doc:label=grade … (problems); grade 2 the same action, reusable, 1 related.",
            Required = true,
        };
        var precedentUnit = new Option<string>("--unit") { Description = "measure (default) or problem.", DefaultValueFactory = _ => "measure" };
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "Folders of the plans to find precedents in (give it again for more); default: seeds and the real layouts of the tests.",
            DefaultValueFactory = _ => [CommonOptions.DefaultSeedsDirectory, DefaultLayouts],
        };
        var precedentWorst = new Option<int>("--worst") { Description = "How many of the worst queries to list (default 5).", DefaultValueFactory = _ => 5 };
        var pool = new Option<bool>("--pool")
        {
            Description = "Instead of scores, print for each drafted text the records rectify and every peer rank in their first ten, pooled, to be read and judged (how a judged set is written).",
        };
        var precedents = new Command("precedents", "nDCG@10, R@10 and MRR of precedent lookup (POST /api/similar, scope all) for drafted texts, beside plain peers over the same records in the same run; the worst queries listed.")
        {
            precedentQrels, precedentUnit, corpus, precedentWorst, pool,
        };
        precedents.SetAction(r => Precedents(context, r.GetValue(precedentQrels)!, r.GetValue(precedentUnit)!, r.GetValue(corpus)!, r.GetValue(precedentWorst), r.GetValue(pool)));
        var targetGold = new Option<string>("--gold")
        {
            Description = "Targets a careful reader lists: lines file<TAB>problem<TAB>target|measureN<TAB>metric word<TAB>cmp<TAB>value<TAB>unit<TAB>due.",
            Required = true,
        };
        var root = new Option<string>("--root")
        {
            Description = "The folder the gold file's paths are relative to (default: the current folder).",
            DefaultValueFactory = _ => ".",
        };
        var targets = new Command("targets", "Recall and precision of target extraction against the targets a careful reader lists, with metric and due-date agreement; lists every miss and extra.")
        {
            targetGold, root,
        };
        targets.SetAction(r => Targets(context, r.GetValue(targetGold)!, r.GetValue(root)!));
        var draftSeeds = new Option<string>("--seeds") { Description = "The plans each taken in turn as a feedback (default: seeds).", DefaultValueFactory = _ => CommonOptions.DefaultSeedsDirectory };
        var draftCorpus = new Option<string[]>("--corpus")
        {
            Description = "Further folders of plans to draft from (default: the real layouts of the tests).",
            DefaultValueFactory = _ => [DefaultLayouts],
        };
        var draft = new Command("draft", $"Leave one plan out: its problems as the feedback, the automatic draft composed from the other plans (other provinces), and the share of its real measures a drafted measure covers (content words, Dice ≥ {Service.Drafting.DraftEvaluation.CoverDice}), beside the same draft from a plain peer's top precedent.")
        {
            draftSeeds, draftCorpus,
        };
        draft.SetAction(r => Draft(context, r.GetValue(draftSeeds)!, r.GetValue(draftCorpus)!));
        return new Command("eval", "Evaluations that print their figures.") { themes, targets, documents, search, precedents, draft };
    }

    private static int Search(CliContext context, string qrelsPath, string unitName, int worst, string dataDir, string seeds)
    {
        if (Judgments(context, "search", qrelsPath, unitName) is not (var queries, var unit))
            return CliApp.BadArguments;
        using var kb = CommonOptions.OpenKnowledgeBase(context, dataDir, seeds);
        var ours = new List<QueryScore>();
        var empty = 0;
        var partial = 0;
        foreach (var q in queries)
        {
            var (results, matched) = SearchResults(kb, q.Query, unit);
            if (results.Count == 0)
                empty++;
            if (matched == "partial")
                partial++;
            ours.Add(RankingMetrics.Score(q, results, unit));
        }
        var peers = PeerScores(kb.Plans(), queries, unit);
        var o = context.Output;
        o.WriteLine($"{queries.Count} {unitName} queries from {Path.GetFileName(qrelsPath)}; {kb.Plans().Count} plans");
        o.WriteLine();
        PrintScores(o, ours, empty, peers, worst);
        o.WriteLine($"rectify matched every query term for {queries.Count - partial - empty} of {queries.Count - empty} answered queries (the rest: partial)");
        RecordScores(context, "search", qrelsPath, unitName, ours, peers);
        return CliApp.Ok;
    }

    /// <summary>
    /// The figures of a ranking evaluation as a run record's set ({evaluation}-{folder}-{file}): nDCG@10, R@10 and MRR
    /// beside the best plain peer by nDCG@10, and how many queries.
    /// </summary>
    private static void RecordScores(CliContext context, string evaluation, string qrelsPath, string unitName, IReadOnlyList<QueryScore> ours,
        IReadOnlyList<(string Name, List<QueryScore> Scores)> peers)
    {
        var best = peers.MaxBy(p => p.Scores.Average(s => s.Ndcg));
        best.Name = best.Name.StartsWith("peer: ", StringComparison.Ordinal) ? best.Name[6..] : best.Name;
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(qrelsPath)));
        var file = Path.GetFileNameWithoutExtension(qrelsPath);
        context.Figures.Add($"{evaluation}-{folder}-{file}", $"{evaluation} ({unitName}s), {folder}/{Path.GetFileName(qrelsPath)}",
            new Records.Figure("nDCG@10", ours.Average(s => s.Ndcg), Peer: best.Scores.Average(s => s.Ndcg), PeerName: best.Name, Headline: true),
            new Records.Figure("R@10", ours.Average(s => s.Recall), Peer: best.Scores.Average(s => s.Recall), PeerName: best.Name),
            new Records.Figure("MRR", ours.Average(s => s.ReciprocalRank), Peer: best.Scores.Average(s => s.ReciprocalRank), PeerName: best.Name),
            new Records.Figure("queries", ours.Count, "queries"));
    }

    /// <summary>Every plain peer's scores on <paramref name="queries"/>, over the same records, in the same run.</summary>
    private static List<(string Name, List<QueryScore> Scores)> PeerScores(IReadOnlyList<PlanDocument> plans, IReadOnlyList<JudgedQuery> queries, JudgedUnit unit) =>
        Indexing.Evaluation.LexicalPeer.All.Select(kind =>
        {
            using var peer = new Indexing.Evaluation.LexicalPeer(plans, unit, kind);
            return (peer.Name, queries.Select(q => RankingMetrics.Score(q, peer.Search(q.Query, RankingMetrics.Depth), unit)).ToList());
        }).ToList();

    /// <summary>The table of rectify and its peers, the best peer named, and rectify's worst queries beside the best peer's scores.</summary>
    private static void PrintScores(TextWriter o, IReadOnlyList<QueryScore> ours, int empty, IReadOnlyList<(string Name, List<QueryScore> Scores)> peers, int worst)
    {
        o.WriteLine($"{"system",-36} {"nDCG@10",8} {"R@10",6} {"MRR",6} {"empty",6}");
        Row(o, "rectify", ours, empty);
        foreach (var (name, scores) in peers)
            Row(o, name, scores, scores.Count(s => s.Returned == 0));
        var best = peers.MaxBy(p => p.Scores.Average(s => s.Ndcg));
        var margin = ours.Average(s => s.Ndcg) - best.Scores.Average(s => s.Ndcg);
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rectify − best peer ({best.Name[6..]}): {margin:+0.000;-0.000}"));
        if (worst <= 0)
            return;
        o.WriteLine();
        o.WriteLine($"worst {Math.Min(worst, ours.Count)} for rectify (nDCG@10 rectify / best peer):");
        foreach (var (s, i) in ours.Select((s, i) => (s, i)).OrderBy(x => x.s.Ndcg).ThenBy(x => x.i).Take(worst))
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {s.Ndcg,5:F3} / {best.Scores[i].Ndcg,5:F3}  line {s.Query.Line}: {s.Query.Query}"));
    }

    /// <summary>The judged queries of <paramref name="qrelsPath"/> for a unit named problem or measure; null (said on stderr) for another unit or a file that cannot be read.</summary>
    private static (IReadOnlyList<JudgedQuery> Queries, JudgedUnit Unit)? Judgments(CliContext context, string evaluation, string qrelsPath, string unitName)
    {
        if (unitName is not ("problem" or "measure"))
        {
            context.Error.WriteLine($"rectify eval {evaluation}: --unit must be problem or measure, not \"{unitName}\"");
            return null;
        }
        var unit = unitName == "measure" ? JudgedUnit.Measure : JudgedUnit.Problem;
        return ReadData(context, evaluation, () => RelevanceJudgments.Read(File.ReadLines(qrelsPath), qrelsPath, unit)) is { } queries ? (queries, unit) : null;
    }

    /// <summary>The real layouts the tests hold: with the seeds, the corpus the judged precedents were pooled from.</summary>
    internal const string DefaultLayouts = "tests/Rectify.Search.Core.Tests/Fixtures/layouts";

    private static int Precedents(CliContext context, string qrelsPath, string unitName, string[] corpus, int worst, bool pool)
    {
        if (Judgments(context, "precedents", qrelsPath, unitName) is not (var queries, var unit))
            return CliApp.BadArguments;
        if (CorpusWorkspace.Open(context, "eval precedents", corpus) is not { } workspace)
            return CliApp.BadArguments;
        using (workspace)
        {
            var kb = workspace.KnowledgeBase;
            var precedentUnit = unit == JudgedUnit.Measure ? PrecedentUnit.Measure : PrecedentUnit.Problem;
            var ours = new List<QueryScore>();
            var answers = new List<IReadOnlyList<RankedResult>>();
            var empty = 0;
            foreach (var q in queries)
            {
                var answer = kb.SimilarToText(q.Query, RankingMetrics.Depth, Indexing.Similarity.SimilarScope.All, null, precedentUnit);
                var results = unit == JudgedUnit.Measure
                    ? answer.Hits.Select(h => new RankedResult(h.Measure.Id, h.Measure.Text)).ToList()
                    : (answer.Problems ?? []).Select(h => new RankedResult(Indexing.Evaluation.LexicalPeer.ProblemKey(h.Document.Id, h.Problem.Label), h.Problem.Text)).ToList();
                if (results.Count == 0)
                    empty++;
                answers.Add(results);
                ours.Add(RankingMetrics.Score(q, results, unit));
            }
            if (pool)
            {
                PrintPool(context.Output, kb.Plans(), queries, answers, unit);
                return CliApp.Ok;
            }
            var peers = PeerScores(kb.Plans(), queries, unit);
            var o = context.Output;
            o.WriteLine($"{queries.Count} drafted {unitName}s from {Path.GetFileName(qrelsPath)}; {kb.Plans().Count} plans ({string.Join(", ", corpus)})");
            o.WriteLine();
            PrintScores(o, ours, empty, peers, worst);
            RecordScores(context, "precedents", qrelsPath, unitName, ours, peers);
            return CliApp.Ok;
        }
    }

    private static int Draft(CliContext context, string seeds, string[] corpus)
    {
        if (!Directory.Exists(seeds))
        {
            context.Error.WriteLine($"rectify eval draft: --seeds {seeds} is not a folder");
            return CliApp.BadArguments;
        }
        var files = Directory.EnumerateFiles(seeds).Where(f => PlanIngestion.PlanExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
        var o = context.Output;
        var all = new List<Service.Drafting.DraftEvaluation.ProblemScore>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        o.WriteLine($"{"held out",-24} {"problems",8} {"measures",8} {"rectify",8} {"peer",8} {"precedent",9}");
        foreach (var file in files)
        {
            if (CorpusWorkspace.Open(context, "eval draft", [seeds, .. corpus], f => Path.GetFullPath(f) == Path.GetFullPath(file)) is not { } workspace)
                return CliApp.BadArguments;
            using (workspace)
            {
                var heldOut = PlanFileReader.Read(file);
                var scores = Service.Drafting.DraftEvaluation.Score(workspace.KnowledgeBase, heldOut);
                all.AddRange(scores);
                if (scores.Count > 0)
                    o.WriteLine($"{heldOut.DocumentId,-24} {scores.Count,8} {scores.Sum(s => s.Measures),8} {scores.Average(s => s.Coverage),8:F3} {scores.Average(s => s.PeerCoverage),8:F3} {scores.Count(s => s.Precedent) / (double)scores.Count,9:P0}");
            }
        }
        if (all.Count == 0)
        {
            context.Error.WriteLine($"rectify eval draft: no plan of {seeds} has a problem with measures");
            return CliApp.SomeFailed;
        }
        o.WriteLine($"{"all (macro over problems)",-24} {all.Count,8} {all.Sum(s => s.Measures),8} {all.Average(s => s.Coverage),8:F3} {all.Average(s => s.PeerCoverage),8:F3} {all.Count(s => s.Precedent) / (double)all.Count,9:P0}");
        o.WriteLine();
        o.WriteLine($"measures covered: rectify {all.Sum(s => s.Covered)} of {all.Sum(s => s.Measures)} ({all.Sum(s => s.Covered) / (double)all.Sum(s => s.Measures):P1}), peer {all.Sum(s => s.PeerCovered)} ({all.Sum(s => s.PeerCovered) / (double)all.Sum(s => s.Measures):P1}); problems with at least one covered: rectify {all.Count(s => s.Covered > 0) / (double)all.Count:P0}, peer {all.Count(s => s.PeerCovered > 0) / (double)all.Count:P0}");
        o.WriteLine($"problems with a precedent of another province: {all.Count(s => s.Precedent)} of {all.Count}; {files.Count} plans held out in {watch.Elapsed.TotalSeconds:F1} s");
        o.WriteLine($"rule: a real measure is covered when a drafted one shares its content words with Dice ≥ {Service.Drafting.DraftEvaluation.CoverDice}; peer: the top problem of another province by BM25 over characters");
        return CliApp.Ok;
    }

    /// <summary>Each query's pooled first ten of rectify and every peer, each record once, with what ranked it.</summary>
    private static void PrintPool(TextWriter o, IReadOnlyList<PlanDocument> plans, IReadOnlyList<JudgedQuery> queries, List<IReadOnlyList<RankedResult>> ours, JudgedUnit unit)
    {
        var peers = Indexing.Evaluation.LexicalPeer.All.Select(kind => new Indexing.Evaluation.LexicalPeer(plans, unit, kind)).ToList();
        try
        {
            for (var i = 0; i < queries.Count; i++)
            {
                o.WriteLine($"## line {queries[i].Line}: {queries[i].Query}");
                var pooled = new Dictionary<string, (string Text, List<string> By)>(StringComparer.Ordinal);
                void Add(IEnumerable<RankedResult> results, string by)
                {
                    foreach (var (r, rank) in results.Select((r, rank) => (r, rank + 1)))
                    {
                        if (!pooled.TryGetValue(r.Key, out var entry))
                            pooled[r.Key] = entry = (r.Text, []);
                        entry.By.Add($"{by}{rank}");
                    }
                }
                Add(ours[i], "r");
                foreach (var peer in peers)
                    Add(peer.Search(queries[i].Query, RankingMetrics.Depth), peer.Kind.ToString()[..1].ToLowerInvariant());
                foreach (var (key, (text, by)) in pooled)
                    o.WriteLine($"{key}\t{string.Join(",", by)}\t{Output.TerminalText.Cut(text.ReplaceLineEndings(" "), 180)}");
            }
        }
        finally
        {
            peers.ForEach(p => p.Dispose());
        }
    }

    private static (IReadOnlyList<RankedResult> Results, string? Matched) SearchResults(KnowledgeBase kb, string query, JudgedUnit unit)
    {
        var request = new SearchQuery { Q = query, Unit = unit == JudgedUnit.Measure ? "measure" : "problem", PageSize = RankingMetrics.Depth }.Check().Value;
        if (request is null || kb.Search(request) is not { } response)
            return ([], null);
        var results = response.Hits.Select(h => unit == JudgedUnit.Measure
            ? new RankedResult(h.Measure!.Id, h.Measure.Text)
            : new RankedResult(Indexing.Evaluation.LexicalPeer.ProblemKey(h.Document.Id, h.Problem.Label), h.Problem.Text)).ToList();
        return (results, response.Matched);
    }

    private static void Row(TextWriter o, string name, IReadOnlyList<QueryScore> scores, int empty) =>
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-36} {scores.Average(s => s.Ndcg),8:F3} {scores.Average(s => s.Recall),6:F3} {scores.Average(s => s.ReciprocalRank),6:F3} {empty,6}"));

    private static int Documents(CliContext context, string expectPath, string? folder, string? variantName)
    {
        DocumentVariant? variant = null;
        if (variantName is not null)
        {
            if (!DocumentVariants.Names.TryGetValue(variantName, out var named))
            {
                context.Error.WriteLine($"rectify eval documents: --variant must be one of {string.Join(", ", DocumentVariants.Names.Keys)}, not \"{variantName}\"");
                return CliApp.BadArguments;
            }
            variant = named;
        }
        if (ReadData(context, "documents", () => DocumentEvaluation.ReadExpectations(File.ReadLines(expectPath), expectPath)) is not { } expectations)
            return CliApp.BadArguments;
        var dir = folder ?? Path.GetDirectoryName(Path.GetFullPath(expectPath))!;
        var read = new List<(DocumentOutcome, Core.Model.PlanDocument?)>();
        foreach (var e in expectations)
        {
            var path = FindDocument(dir, e.File);
            // A variant rewrites text documents that copy no other (a copy's original may be another format's).
            if (variant is not null && (path is null || !path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || !string.IsNullOrEmpty(e.CopyOf)))
                continue;
            if (path is null)
            {
                read.Add((DocumentEvaluation.Failed(e, $"no file {e.File}.* in {dir}"), null));
                continue;
            }
            try
            {
                var plan = variant is { } v ? v.Read(path, PlanFileReader.ReadBytes(path)) : PlanFileReader.Read(path);
                if (plan is null)
                    continue;
                read.Add((DocumentEvaluation.Of(e, plan), plan));
            }
            catch (PlanReadException x)
            {
                read.Add((DocumentEvaluation.Failed(e, x.Reason), null));
            }
        }
        var outcomes = DocumentEvaluation.WithCopies(read);
        PrintDocuments(context.Output, outcomes);
        if (variant is not null)
            return CliApp.Ok;
        var n = outcomes.Count;
        var folderName = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(expectPath)));
        context.Figures.Add($"documents-{folderName}", $"documents read as a careful reader does, {folderName}/{Path.GetFileName(expectPath)}",
            new Records.Figure("agreeing on stored, region, year and problem count", outcomes.Count(x => x.Stored && x.RegionAgrees && x.YearAgrees && x.ProblemsAgree), $"of {n}", Headline: true),
            new Records.Figure("stored", outcomes.Count(x => x.Stored), $"of {n}"),
            new Records.Figure("region", outcomes.Count(x => x.RegionAgrees), $"of {n}"),
            new Records.Figure("year", outcomes.Count(x => x.YearAgrees), $"of {n}"),
            new Records.Figure("problem count", outcomes.Count(x => x.ProblemsAgree), $"of {n}"));
        return CliApp.Ok;
    }

    private static string? FindDocument(string dir, string name)
    {
        var exact = Path.Combine(dir, name);
        if (File.Exists(exact))
            return exact;
        if (File.Exists(exact + ".txt"))
            return exact + ".txt";
        return Directory.Exists(dir) ? Directory.EnumerateFiles(dir, name + ".*").Order(StringComparer.Ordinal).FirstOrDefault() : null;
    }

    private static void PrintDocuments(TextWriter o, IReadOnlyList<DocumentOutcome> outcomes)
    {
        static string Mark(bool ok, object? got, object expected) => ok ? $"{expected} ✓" : $"{got?.ToString() ?? "—"} ✗ (expected {expected})";
        var dates = outcomes.Any(x => x.Expected.Date is not null);
        var copies = outcomes.Any(x => x.Expected.CopyOf is not null);
        var width = Math.Max(8, outcomes.Max(x => x.Expected.File.Length));
        o.WriteLine($"{"document".PadRight(width)}  stored  {"region",-26}  {"year",-24}  {"problems",-18}" + (dates ? $"  {"issued",-30}" : "") + (copies ? "  copy of" : ""));
        foreach (var x in outcomes)
        {
            if (!x.Stored)
            {
                o.WriteLine($"{x.Expected.File.PadRight(width)}  no      {x.Failure}");
                continue;
            }
            var line = $"{x.Expected.File.PadRight(width)}  yes     {Mark(x.RegionAgrees, x.RegionCode, x.Expected.RegionCode ?? "?"),-26}  {Mark(x.YearAgrees, x.Year, (object?)x.Expected.Year ?? "?"),-24}  {Mark(x.ProblemsAgree, x.Problems, x.Expected.Problems),-18}";
            if (dates)
                line += "  " + (x.Expected.Date is { } d ? Mark(x.DateAgrees, x.Date ?? "?", d) : x.Date ?? "?").PadRight(30);
            if (copies)
            {
                var found = x.CopyOf is { } c ? string.Create(CultureInfo.InvariantCulture, $"{c} ({x.CopySimilarity:0.00})") : "-";
                line += "  " + (x.Expected.CopyOf is { } e ? (x.CopyAgrees ? found + " ✓" : $"{found} ✗ (expected {(e.Length == 0 ? "-" : e)})") : found);
            }
            o.WriteLine(line.TrimEnd());
        }
        var n = outcomes.Count;
        o.WriteLine();
        var summary = $"{n} document(s): stored {outcomes.Count(x => x.Stored)}/{n}, region {outcomes.Count(x => x.RegionAgrees)}/{n}, year {outcomes.Count(x => x.YearAgrees)}/{n}, problem count {outcomes.Count(x => x.ProblemsAgree)}/{n}";
        if (dates)
            summary += $", date of issue {outcomes.Count(x => x.Expected.Date is not null && x.DateAgrees)}/{outcomes.Count(x => x.Expected.Date is not null)}";
        if (copies)
            summary += $", copies {outcomes.Count(x => x.Expected.CopyOf is not null && x.CopyAgrees)}/{outcomes.Count(x => x.Expected.CopyOf is not null)} ({outcomes.Count(x => x.CopyOf is not null)} found)";
        o.WriteLine(summary);
    }

    private static int Themes(CliContext context, string[] goldPaths, string seedsDirectory)
    {
        var taxonomy = ThemeTagger.Default.Taxonomy;
        var goldPath = string.Join(" + ", goldPaths);
        if (ReadData(context, "themes", () => goldPaths.SelectMany(path => ThemeEvaluation.ReadGold(File.ReadLines(path), path, taxonomy)).ToList()) is not { } gold)
            return CliApp.BadArguments;
        var plans = new List<Core.Model.PlanDocument>();
        // A gold file may name a plan by the prefix of its file name before the first '_' (the development set does).
        var byPrefix = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in gold.Select(g => g.DocumentId).Distinct())
        {
            if (!File.Exists(Path.Combine(seedsDirectory, id + ".txt"))
                && Directory.Exists(seedsDirectory) && Directory.GetFiles(seedsDirectory, id + "_*.txt") is [var only])
                byPrefix[id] = Path.GetFileNameWithoutExtension(only);
        }
        gold = gold.Select(g => byPrefix.TryGetValue(g.DocumentId, out var full) ? g with { DocumentId = full } : g).ToList();
        // A plan's file by its name with any ending (a .csv export, a web page, a Word file), as documents are found.
        if (ReadPlans(context, "themes", goldPath, gold.Select(g => g.DocumentId).Distinct().Select(id => ("plan " + id, FindDocument(seedsDirectory, id) ?? Path.Combine(seedsDirectory, id + ".txt")))) is not { } read)
            return CliApp.SomeFailed;
        plans.AddRange(read.Select(x => x.Plan));
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
        var figures = new List<Records.Figure>
        {
            new("micro F1", result.Micro.F1), new("precision", result.Micro.Precision), new("recall", result.Micro.Recall),
        };
        if (gold.Select(g => g.DocumentId).Distinct().Count() > 1)
        {
            var cv = ThemeEvaluation.CrossValidate(gold, plans, taxonomy);
            PrintCrossValidation(context.Output, cv);
            figures.Insert(0, new("leave-one-plan-out micro F1", cv.Pooled.F1, Headline: true));
        }
        else
        {
            figures[0] = figures[0] with { Headline = true };
        }
        // A folder's own labels (blind-layouts/themes.tsv) are recorded under its name, beside the development set's.
        var named = goldPaths is [var single] && Path.GetFileName(single) == "themes.tsv" ? Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(single))) : null;
        context.Figures.Add(named is null ? "themes" : $"themes-{named}",
            $"themes against {(named is null ? string.Join(" + ", goldPaths.Select(Path.GetFileName)) : $"{named}/themes.tsv")}", [.. figures]);
        return CliApp.Ok;
    }

    private static int Targets(CliContext context, string goldPath, string root)
    {
        if (ReadData(context, "targets", () => TargetEvaluation.ReadGold(File.ReadLines(goldPath), goldPath)) is not { } gold)
            return CliApp.BadArguments;
        if (ReadPlans(context, "targets", goldPath, gold.Select(g => g.File).Distinct(StringComparer.Ordinal).Select(file => (file, Path.Combine(root, file)))) is not { } read)
            return CliApp.SomeFailed;
        var plans = read.ToDictionary(x => x.Name, x => x.Plan, StringComparer.Ordinal);
        TargetEvaluationResult r;
        try
        {
            r = TargetEvaluation.Evaluate(gold, plans);
        }
        catch (InvalidOperationException e)
        {
            context.Error.WriteLine($"rectify eval targets: {goldPath}: {e.Message}");
            return CliApp.SomeFailed;
        }
        var o = context.Output;
        o.WriteLine($"{gold.Count} targets listed in {plans.Count} documents; extractor version {TargetExtractor.Version}, grammar version {Grammar.Default.Version}");
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recall {r.Recall:F3} ({r.Found}/{gold.Count})  precision {r.Precision:F3} ({r.Found}/{r.Found + r.Extras.Count})  metric holds the reader's word {r.MetricAgreements}/{r.Found}  due agrees {r.DueAgreements}/{r.DueJudged}"));
        foreach (var folder in r.Matches.GroupBy(m => Path.GetDirectoryName(m.Gold.File) ?? "", StringComparer.Ordinal))
        {
            var found = folder.Count(m => m.Found is not null);
            var extras = r.Extras.Count(x => (Path.GetDirectoryName(x.File) ?? "") == folder.Key);
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {folder.Key + "/",-58} recall {(double)found / folder.Count(),5:F3} ({found}/{folder.Count()})  extras {extras}"));
        }
        foreach (var m in r.Matches.Where(m => m.Found is null))
            o.WriteLine($"  missed  {m.Gold.File}#{m.Gold.Problem} {m.Gold.Source}: {m.Gold.Metric} {m.Gold.Cmp.Symbol()} {m.Gold.Value.ToString(CultureInfo.InvariantCulture)} {m.Gold.Unit}");
        foreach (var m in r.Matches.Where(m => m.Found is not null && (!m.MetricAgrees || m.DueAgrees == false)))
            o.WriteLine($"  differs {m.Gold.File}#{m.Gold.Problem} {m.Gold.Source}: metric \"{m.Found!.Metric}\" (reader: {m.Gold.Metric}), due {m.Found.By ?? "—"} (reader: {m.Gold.Due ?? "not judged"})");
        foreach (var x in r.Extras)
            o.WriteLine($"  extra   {x.File}#{x.Problem} {TargetEvaluation.SourceOf(x.Target)}: {x.Target.Metric} {x.Target.Cmp.Symbol()} {x.Target.Value.ToString(CultureInfo.InvariantCulture)} {x.Target.Unit} «{x.Target.Text}»");
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

    private static void PrintCrossValidation(TextWriter o, ThemeCrossValidation cv)
    {
        o.WriteLine();
        o.WriteLine("leave one plan out: the measure share a secondary theme needs (ThemeTagger.MinMeasureShare) fitted on the other plans,");
        o.WriteLine("the held-out plan scored with it (a plan the rules were not written against is held out for them too)");
        o.WriteLine();
        o.WriteLine($"{"held out",-22} {"share",5} {"gold",4} {"tagged",6} {"P",6} {"R",6} {"F1",6}");
        foreach (var f in cv.Folds)
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{f.DocumentId,-22} {f.MinMeasureShare,5:0.##} {Figures(f.Score)}"));
        o.WriteLine(new string('-', 60));
        o.WriteLine($"{"cross-validated micro",-22} {"",5} {Figures(cv.Pooled)}");
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"training (fit on all)",-22} {cv.FittedOnAll,5:0.##} {Figures(cv.Training)}"));
    }

    private static void Row(TextWriter o, ThemeScore s) => o.WriteLine($"{s.Theme,-22} {Figures(s)}");

    /// <summary>A score's columns: gold labels, tags, precision, recall, F1.</summary>
    private static string Figures(ThemeScore s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.TruePositives + s.FalseNegatives,4} {s.TruePositives + s.FalsePositives,6} {s.Precision,6:F3} {s.Recall,6:F3} {s.F1,6:F3}");

    /// <summary>
    /// Reads the plans a gold file names, in order, by the name the gold file gives each; null (the failure written,
    /// naming the gold file and the plan) when one cannot be read: an evaluation over a part of its gold is no figure.
    /// </summary>
    private static List<(string Name, Core.Model.PlanDocument Plan)>? ReadPlans(CliContext context, string evaluation, string goldPath,
        IEnumerable<(string Name, string Path)> files)
    {
        var plans = new List<(string Name, Core.Model.PlanDocument Plan)>();
        foreach (var (name, path) in files)
        {
            try
            {
                plans.Add((name, PlanFileReader.Read(path)));
            }
            catch (PlanReadException e)
            {
                context.Error.WriteLine($"rectify eval {evaluation}: {goldPath} names {name}, but {e.Message}");
                return null;
            }
        }
        return plans;
    }

    /// <summary>Reads an evaluation's data file; a file that cannot be read or has a bad line is reported (naming it) and gives null.</summary>
    private static T? ReadData<T>(CliContext context, string evaluation, Func<T> read) where T : class
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            context.Error.WriteLine($"rectify eval {evaluation}: {e.Message}");
            return null;
        }
    }
}
