using System.CommandLine;
using Rectify.Search.Core.Model;
using Rectify.Search.Service.Drafting;
using Rectify.Search.Writing;

namespace Rectify.Search.Cli.Commands;

/// <summary><c>rectify draft FEEDBACK --region NAME [--auto] -o draft.docx|xlsx</c>: a draft plan from an inspection's feedback.</summary>
internal static class DraftCommand
{
    public static Command Create(CliContext context)
    {
        var feedback = new Argument<string>("feedback") { Description = "The inspection's feedback: a file in any format the project reads (.txt, .docx, .xlsx, .pdf, .html …)." };
        var region = new Option<string?>("--region") { Description = "The drafter's county, city or province (保靖县, 湖南省保靖县, or its code): precedents come from other provinces and units are named for it." };
        var auto = new Option<bool>("--auto") { Description = "Compose every problem from its top precedent (otherwise: the problems and their precedents only)." };
        var year = new Option<int?>("--year") { Description = "The year the plan is drafted in (default: this year): deadlines are proposed from it." };
        var title = new Option<string?>("--title") { Description = "The plan's title (default: the region's name and 整改方案)." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the draft as .docx or .xlsx (by the name's extension); without it the draft is printed." };
        var dataDir = CommonOptions.DataDirectory();
        var seeds = CommonOptions.SeedsDirectory();
        var command = new Command("draft", "Draft a rectification plan from an inspection's feedback: its problems, precedents from other provinces, and with --auto a first draft composed from them, every item cited.")
        {
            feedback, region, auto, year, title, output, dataDir, seeds,
        };
        command.SetAction(r => Run(context, r.GetValue(feedback)!, r.GetValue(region), r.GetValue(auto), r.GetValue(year), r.GetValue(title), r.GetValue(output), r.GetValue(dataDir)!, r.GetValue(seeds)!));
        return command;
    }

    private static int Run(CliContext context, string feedbackPath, string? regionName, bool auto, int? yearOption, string? titleOption, string? outPath, string dataDir, string seeds)
    {
        var format = outPath is null ? null : Path.GetExtension(outPath).ToLowerInvariant();
        if (format is not (null or ".docx" or ".xlsx"))
        {
            context.Error.WriteLine($"rectify draft: --out {outPath}: write a .docx or an .xlsx");
            return CliApp.BadArguments;
        }
        if (!File.Exists(feedbackPath))
        {
            context.Error.WriteLine($"rectify draft: {feedbackPath} does not exist");
            return CliApp.BadArguments;
        }
        Region? region = null;
        if (regionName is not null)
        {
            var (found, error) = Drafts.FindRegion(regionName);
            if (found is null)
            {
                context.Error.WriteLine($"rectify draft: --region: {error}");
                return CliApp.BadArguments;
            }
            region = found;
        }
        var year = yearOption ?? DateTime.UtcNow.Year;
        if (year is < 2000 or > 2100)
        {
            context.Error.WriteLine($"rectify draft: --year must be between 2000 and 2100, not {year}");
            return CliApp.BadArguments;
        }
        IReadOnlyList<Core.Drafting.FeedbackProblem> problems;
        try
        {
            problems = Drafts.ReadFeedback(Path.GetFileName(feedbackPath), File.ReadAllBytes(feedbackPath));
        }
        catch (Core.Ingestion.PlanReadException e)
        {
            context.Error.WriteLine($"rectify draft: {e.Message}");
            return CliApp.SomeFailed;
        }
        if (problems.Count == 0)
        {
            context.Error.WriteLine($"rectify draft: {feedbackPath}: no problem found (number them 一、二、 or 1. 2., write 一是…二是…, or put one per paragraph)");
            return CliApp.SomeFailed;
        }
        using var kb = CommonOptions.OpenKnowledgeBase(context, dataDir, seeds);
        var draftTitle = titleOption ?? Drafts.DefaultTitle(region);
        var draft = kb.Create(draftTitle, problems, region, year, auto);
        if (format is not null)
        {
            File.WriteAllBytes(outPath!, format == ".docx" ? DraftDocx.Write(draft) : DraftXlsx.Write(draft));
            context.Error.WriteLine($"{draft.Problems.Count} problems, {draft.Problems.Sum(p => p.Measures.Count)} measures ({draft.Problems.Count(p => p.Measures.Count > 0)} problems composed) written to {outPath}");
            return CliApp.Ok;
        }
        Print(context.Output, kb, draft);
        return CliApp.Ok;
    }

    private static void Print(TextWriter o, Service.Knowledge.KnowledgeBase kb, Draft draft)
    {
        o.WriteLine($"{draft.Title} · {draft.Problems.Count} problems · {draft.Region?.Province}{draft.Region?.City}{draft.Region?.County} {draft.Year}");
        foreach (var (p, i) in draft.Problems.Select((p, i) => (p, i + 1)))
        {
            o.WriteLine();
            o.WriteLine($"{PlanLayout.Numeral(i)}、{Output.TerminalText.Cut(p.Text, 120)}  [{string.Join(", ", p.Themes)}]");
            if (p.Measures.Count == 0)
            {
                foreach (var precedent in kb.Precedents(p.Text, draft.Region, 3))
                    o.WriteLine($"   precedent {precedent.Score:F2}  {precedent.ProblemId}  {precedent.Cite().Note}  {Output.TerminalText.Cut(precedent.Problem.Text, 60)}");
                continue;
            }
            if (p.Target is { } t)
                o.WriteLine($"   {PlanLayout.Target}：{Output.TerminalText.Cut(t.Text, 110)}");
            if (p.Deadline is { } d)
                o.WriteLine($"   {PlanLayout.Deadline}：{d.Text}{(d.Confirmed ? "" : "（待确认）")}");
            if (p.LeadUnits.Count > 0)
                o.WriteLine($"   {PlanLayout.Lead}：{PlanLayout.Units(p.LeadUnits)}");
            if (p.SupportUnits.Count > 0)
                o.WriteLine($"   {PlanLayout.Support}：{PlanLayout.Units(p.SupportUnits)}");
            foreach (var (m, n) in p.Measures.Select((m, n) => (m, n + 1)))
                o.WriteLine($"   {n}．{Output.TerminalText.Cut(m.Text, 100)}");
            o.WriteLine($"   source: {p.Measures[0].Source?.Note}");
        }
    }
}
