using System.CommandLine;
using Rectify.Search.Cli.Output;
using Rectify.Search.Service.Contracts;
using Rectify.Search.Service.Queries;
using Rectify.Search.Service.Requests;

namespace Rectify.Search.Cli.Commands;

/// <summary>
/// <c>rectify similar &lt;measureId|problemId&gt;</c> or <c>--text "…"</c>: precedent measures, problems (--unit problem) or
/// targets on the same metric (--unit target), with the terms they share.
/// </summary>
internal static class SimilarCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string?>("id") { Description = "A stored measure (<documentId>.p2.m1) or problem (<documentId>.p2), as search prints it.", Arity = ArgumentArity.ZeroOrOne };
        var text = new Option<string?>("--text") { Description = "Drafted text to find precedents for, instead of a measure." };
        var k = new Option<int>("--k") { Description = $"How many precedents, 1–{PrecedentQuery.MaxK}.", DefaultValueFactory = _ => PrecedentQuery.DefaultK };
        var scope = new Option<string>("--scope") { Description = "other-provinces, other-documents or all.", DefaultValueFactory = _ => "other-provinces" };
        var province = new Option<string?>("--province") { Description = "With --text: the drafter's province, left out by other-provinces." };
        var unit = new Option<string?>("--unit") { Description = "measure (default for a measure or text), problem (default for a problem) or target." };
        var dataDir = CommonOptions.DataDirectory();
        var seeds = CommonOptions.SeedsDirectory();
        var command = new Command("similar", "Precedents: measures of other provinces (or plans) most like a measure or a drafted text.")
        {
            id, text, k, scope, province, unit, dataDir, seeds,
        };
        command.SetAction(r =>
        {
            var (recordId, draft) = (r.GetValue(id), r.GetValue(text));
            var request = new PrecedentQuery
            {
                Id = recordId, Text = draft, K = r.GetValue(k), Scope = r.GetValue(scope), Unit = r.GetValue(unit), Province = r.GetValue(province),
            }.Check();
            if (request.Value is null)
                return CliErrors.Report(context, "similar", request.Errors);

            using var kb = CommonOptions.OpenKnowledgeBase(context, r.GetValue(dataDir)!, r.GetValue(seeds)!);
            var response = kb.Precedents(request.Value);
            if (response is null)
            {
                context.Error.WriteLine($"rectify similar: nothing has the id '{recordId}'; ids look like <documentId>.p2 (a problem) or <documentId>.p2.m1 (a measure); rectify show <documentId> lists them");
                return CliApp.BadArguments;
            }
            Print(context.Output, response, recordId ?? "the text");
            return CliApp.Ok;
        });
        return command;
    }

    private static void Print(TextWriter o, SimilarResponse r, string asking)
    {
        o.WriteLine($"precedents for {asking} ({r.Scope}): {TerminalText.Cut(r.Source?.Text ?? r.SourceProblem?.Title ?? "", 90)}".TrimEnd(' ', ':'));
        if (r.Unit == "target")
        {
            PrintTargets(o, r);
            return;
        }
        o.WriteLine($"terms: {string.Join(" · ", r.Terms.Take(12).Select(t => $"{t.Term} {t.Weight:F1}"))}");
        if (r.Unit == "problem")
        {
            o.WriteLine();
            o.WriteLine($"{"#",3}  {"score",6}  {TerminalText.Fit("region", 20)}  {TerminalText.Fit("problem", 30)}  shared terms");
            var n = 0;
            foreach (var p in r.Problems ?? [])
            {
                o.WriteLine($"{++n,3}  {p.Score,6:F2}  {TerminalText.Fit(SearchCommand.Place(p.Document), 20)}  {TerminalText.Fit(p.Problem.Id, 30)}  {string.Join(", ", p.SharedTerms)}");
                o.WriteLine($"{"",13}{p.Problem.Label} {TerminalText.Cut(p.Problem.Title, 90)}");
            }
            return;
        }
        if (r.SourceCopies.Count > 0)
            o.WriteLine($"same text in its own plan: {string.Join(", ", r.SourceCopies)}");
        o.WriteLine();
        o.WriteLine($"{"#",3}  {"score",6}  {TerminalText.Fit("region", 20)}  {TerminalText.Fit("measure", 30)}  shared terms");
        var rank = 0;
        foreach (var hit in r.Hits)
        {
            o.WriteLine($"{++rank,3}  {hit.Score,6:F2}  {TerminalText.Fit(SearchCommand.Place(hit.Document), 20)}  {TerminalText.Fit(hit.Measure.Id, 30)}  {string.Join(", ", hit.SharedTerms)}");
            o.WriteLine($"{"",13}{hit.Problem.Label} {TerminalText.Cut(hit.Problem.Title, 50)} · {SearchCommand.Ordinal(hit.Measure)} {TerminalText.Cut(hit.Measure.Text, 60)}");
            if (hit.SameTextIds.Count > 0)
                o.WriteLine($"{"",13}same text: {string.Join(", ", hit.SameTextIds)}");
        }
    }

    private static void PrintTargets(TextWriter o, SimilarResponse r)
    {
        var asking = r.AskingTargets ?? [];
        o.WriteLine(asking.Count == 0
            ? "no target read from the text: name a metric and a number (城市生活污水集中收集率达到70%)"
            : $"targets read: {string.Join(" · ", asking.Select(t => $"{t.MetricKey} {t.Cmp} {t.Value}{t.Unit}"))}");
        o.WriteLine();
        o.WriteLine($"{"#",3}  {"score",6}  {TerminalText.Fit("region", 20)}  {TerminalText.Fit("problem", 30)}  target");
        var n = 0;
        foreach (var t in r.Targets ?? [])
        {
            o.WriteLine($"{++n,3}  {t.Score,6:F2}  {TerminalText.Fit(SearchCommand.Place(t.Document), 20)}  {TerminalText.Fit(t.Problem.Id, 30)}  {t.Target.Cmp} {t.Target.Value}{t.Target.Unit}{(t.Target.By is { } by ? $" by {by}" : "")}");
            o.WriteLine($"{"",13}{TerminalText.Cut(t.Target.Text, 100)}");
        }
    }
}
