using System.CommandLine;
using Rectify.Search.Api.Contracts;
using Rectify.Search.Api.Endpoints;
using Rectify.Search.Api.Services;
using Rectify.Search.Cli.Output;

namespace Rectify.Search.Cli.Commands;

/// <summary><c>rectify similar &lt;measureId&gt;</c> or <c>--text "…"</c>: precedent measures, with the terms they share.</summary>
internal static class SimilarCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string?>("measureId") { Description = "A stored measure: <documentId>.p<problem>.m<measure>, as search prints it.", Arity = ArgumentArity.ZeroOrOne };
        var text = new Option<string?>("--text") { Description = "Drafted text to find precedents for, instead of a measure." };
        var k = new Option<int>("--k") { Description = $"How many precedents, 1–{SimilarApi.MaxK}.", DefaultValueFactory = _ => SimilarApi.DefaultK };
        var scope = new Option<string>("--scope") { Description = "other-provinces, other-documents or all.", DefaultValueFactory = _ => "other-provinces" };
        var province = new Option<string?>("--province") { Description = "With --text: the drafter's province, left out by other-provinces." };
        var dataDir = CommonOptions.DataDirectory();
        var seeds = CommonOptions.SeedsDirectory();
        var command = new Command("similar", "Precedents: measures of other provinces (or plans) most like a measure or a drafted text.")
        {
            id, text, k, scope, province, dataDir, seeds,
        };
        command.SetAction(r =>
        {
            var errors = new Dictionary<string, string[]>();
            var (measureId, draft) = (r.GetValue(id), r.GetValue(text));
            if ((measureId is null) == string.IsNullOrWhiteSpace(draft))
                errors["measureId"] = ["give a measure id or --text, not both."];
            var (count, chosen) = SimilarApi.CheckOptions(r.GetValue(k), r.GetValue(scope), errors);
            if (errors.Count > 0)
                return CliErrors.Report(context, "similar", errors);

            using var kb = CommonOptions.OpenKnowledgeBase(context, r.GetValue(dataDir)!, r.GetValue(seeds)!);
            var response = measureId is not null
                ? kb.SimilarToMeasure(measureId, count, chosen!.Value)
                : kb.SimilarToText(draft!, count, chosen!.Value, r.GetValue(province));
            if (response is null)
            {
                context.Error.WriteLine($"rectify similar: no measure has the id '{measureId}'; ids look like <documentId>.p2.m1 (rectify show <documentId> lists them)");
                return CliApp.BadArguments;
            }
            Print(context.Output, response, measureId ?? "the text");
            return CliApp.Ok;
        });
        return command;
    }

    private static void Print(TextWriter o, SimilarResponse r, string asking)
    {
        o.WriteLine($"precedents for {asking} ({r.Scope}): {TerminalText.Cut(r.Source?.Text ?? "", 90)}".TrimEnd(' ', ':'));
        o.WriteLine($"terms: {string.Join(" · ", r.Terms.Take(12).Select(t => $"{t.Term} {t.Weight:F1}"))}");
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
}
