using System.CommandLine;
using Rectify.Search.Cli.Output;
using Rectify.Search.Service.Comparing;
using Rectify.Search.Service.Contracts;
using Rectify.Search.Service.Requests;

namespace Rectify.Search.Cli.Commands;

/// <summary><c>rectify compare --theme …</c>: plans side by side on a theme, as GET /api/compare.</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var theme = new Option<string?>("--theme") { Description = "Theme id (fertilizer-reduction, sewage-network …; GET /api/themes lists them)." };
        var q = new Option<string?>("--q") { Description = "Or a search: compare the problems it finds." };
        var metric = new Option<string?>("--metric") { Description = "Only targets of this metric, however each plan names it." };
        var province = new Option<string?>("--province") { Description = "Only plans of this province." };
        var level = new Option<string?>("--level") { Description = "province, city or county." };
        var csv = new Option<bool>("--csv") { Description = "Print CSV instead of the table (every row unless --page or --page-size is given)." };
        var page = new Option<int?>("--page") { Description = "Page of rows, from 1." };
        var pageSize = new Option<int?>("--page-size") { Description = $"Rows per page, 1–{CompareQuery.MaxPageSize} ({CompareQuery.DefaultPageSize} when not given)." };
        var dataDir = CommonOptions.DataDirectory();
        var seeds = CommonOptions.SeedsDirectory();
        var command = new Command("compare", "Compare plans on a theme: problems, targets, deadlines, lead units and measures, one plan per row by region code.")
        {
            theme, q, metric, province, level, csv, page, pageSize, dataDir, seeds,
        };
        command.SetAction(r =>
        {
            var request = new CompareQuery
            {
                Theme = r.GetValue(theme), Q = r.GetValue(q), Metric = r.GetValue(metric), Province = r.GetValue(province), Level = r.GetValue(level),
                Format = r.GetValue(csv) ? "csv" : null, Page = r.GetValue(page), PageSize = r.GetValue(pageSize),
            }.Check();
            if (request.Value is null)
                return CliErrors.Report(context, "compare", request.Errors, QueryOption);
            using var kb = CommonOptions.OpenKnowledgeBase(context, r.GetValue(dataDir)!, r.GetValue(seeds)!);
            if (kb.Compare(request.Value) is not { } response)
                return CliErrors.Report(context, "compare", [RequestMessages.NothingToSearch], QueryOption);
            if (request.Value.Csv)
                context.Output.Write(System.Text.Encoding.UTF8.GetString(CompareCsv.Of(response)).TrimStart('\uFEFF'));
            else
                Print(context.Output, response);
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>The search is given with --q here, not as an argument.</summary>
    private static string? QueryOption(RequestField field) => field == RequestField.Query ? "--q" : null;

    private static void Print(TextWriter o, CompareResponse r)
    {
        var subject = r.Theme ?? $"\"{r.Q}\"";
        var first = (r.Page - 1) * (r.PageSize ?? 0);
        var shown = r.Rows.Count == r.Total ? "" : r.Rows.Count == 0 ? $", none on page {r.Page}" : $", {first + 1}–{first + r.Rows.Count} shown";
        o.WriteLine($"{r.Total} plan(s) on {subject}{(r.Metric is null ? "" : $", metric {r.Metric}")}{shown}");
        foreach (var row in r.Rows)
        {
            o.WriteLine();
            var g = row.Document.Region;
            o.WriteLine($"{g?.Code ?? "—"}  {SearchCommand.Place(row.Document)}  {row.Document.Id}  {row.MeasureCount} measure(s)");
            o.WriteLine($"    problems:  {TerminalText.Cut(string.Join(" · ", row.Problems.Select(p => $"{p.Label} {TerminalText.Cut(p.Title, 24)}")), 110)}");
            if (row.Targets.Count == 0)
                o.WriteLine("    targets:   —");
            for (var i = 0; i < row.Targets.Count; i++)
                o.WriteLine($"    {(i == 0 ? "targets:" : ""),-10} {CompareCsv.Describe(row.Targets[i])}");
            o.WriteLine($"    deadlines: {string.Join(" · ", row.Deadlines.Select(d => d.Date ?? d.Kind).Distinct())}");
            o.WriteLine($"    lead:      {TerminalText.Cut(string.Join("、", row.LeadUnits), 80)}  ({string.Join(", ", row.LeadDepartments.Select(d => d.Id))})");
        }
    }
}
