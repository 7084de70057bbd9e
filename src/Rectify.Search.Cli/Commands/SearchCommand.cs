using System.CommandLine;
using Rectify.Search.Cli.Output;
using Rectify.Search.Service.Contracts;
using Rectify.Search.Service.Queries;
using Rectify.Search.Service.Requests;

namespace Rectify.Search.Cli.Commands;

/// <summary><c>rectify search "…"</c>: the API's search, printed as a table with each hit's best passage.</summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string?>("query") { Description = "Words, \"exact phrases\" and -exclusions; may be left out when a filter is given.", Arity = ArgumentArity.ZeroOrOne };
        var theme = new Option<string[]>("--theme") { Description = "Theme id; repeat for any of several.", AllowMultipleArgumentsPerToken = false };
        var province = new Option<string?>("--province") { Description = "Province, e.g. 江西省." };
        var city = new Option<string?>("--city") { Description = "City, e.g. 赣州市." };
        var county = new Option<string?>("--county") { Description = "County or district, e.g. 兴国县." };
        var level = new Option<string?>("--level") { Description = "province, city or county." };
        var place = new Option<string[]>("--place") { Description = "A place the problem names, by code (410927) or name (台前县); repeat for any of several.", AllowMultipleArgumentsPerToken = false };
        var document = new Option<string?>("--document") { Description = "Only this plan (its id)." };
        var yearFrom = new Option<int?>("--year-from") { Description = "Plans of this year or later." };
        var yearTo = new Option<int?>("--year-to") { Description = "Plans of this year or earlier." };
        var deadlineFrom = new Option<string?>("--deadline-from") { Description = "Deadlines on or after: yyyy-MM-dd, yyyy-MM or yyyy." };
        var deadlineTo = new Option<string?>("--deadline-to") { Description = "Deadlines on or before: yyyy-MM-dd, yyyy-MM or yyyy." };
        var unit = new Option<string?>("--unit") { Description = "problem (default) or measure." };
        var page = new Option<int?>("--page") { Description = "1-based page." };
        var pageSize = new Option<int?>("--page-size") { Description = "Results per page, 1–100 (default 10)." };
        var dataDir = CommonOptions.DataDirectory();
        var seeds = CommonOptions.SeedsDirectory();
        var command = new Command("search", "Search problems (with their best measures) or measures; filters as in GET /api/search.")
        {
            query, theme, province, city, county, level, place, document, yearFrom, yearTo, deadlineFrom, deadlineTo, unit, page, pageSize, dataDir, seeds,
        };
        command.SetAction(r =>
        {
            var request = new SearchQuery
            {
                Q = r.GetValue(query), Themes = r.GetValue(theme), Province = r.GetValue(province), City = r.GetValue(city), County = r.GetValue(county),
                Level = r.GetValue(level), Places = r.GetValue(place), DocumentId = r.GetValue(document), YearFrom = r.GetValue(yearFrom), YearTo = r.GetValue(yearTo),
                DeadlineFrom = r.GetValue(deadlineFrom), DeadlineTo = r.GetValue(deadlineTo), Unit = r.GetValue(unit),
                Page = r.GetValue(page), PageSize = r.GetValue(pageSize),
            }.Check();
            if (request.Value is null)
                return CliErrors.Report(context, "search", request.Errors);
            using var kb = CommonOptions.OpenKnowledgeBase(context, r.GetValue(dataDir)!, r.GetValue(seeds)!);
            if (kb.Search(request.Value) is not { } response)
                return CliErrors.Report(context, "search", [RequestMessages.NothingToSearch]);
            Print(context.Output, response, request.Value.Unit == Indexing.Searching.SearchUnit.Measure);
            return CliApp.Ok;
        });
        return command;
    }

    private static void Print(TextWriter o, SearchResponse r, bool measures)
    {
        var pages = Math.Max(1, (r.Total + r.PageSize - 1) / r.PageSize);
        var what = measures ? "measure(s)" : "problem(s)";
        var full = r.FullMatches is { } n ? n == r.Total ? "" : n == 0 ? " · none matches every term" : $" · {n} match every term" : "";
        o.WriteLine(r.Query is null ? $"{r.Total} {what} · page {r.Page} of {pages}" : $"{r.Total} {what} match {r.Query}{full} · page {r.Page} of {pages}");
        if (r.Hits.Count == 0)
            return;
        o.WriteLine();
        o.WriteLine($"{"#",3}  {"score",6}  {TerminalText.Fit("region", 20)}  {TerminalText.Fit("id", 30)}  {(measures ? "problem · measure" : "problem")}");
        var rank = (r.Page - 1) * r.PageSize;
        foreach (var hit in r.Hits)
        {
            var label = measures ? $"{hit.Problem.Label} · {Ordinal(hit.Measure!)}" : $"{hit.Problem.Label} {hit.Problem.Title}";
            var id = measures ? hit.Measure!.Id : hit.Problem.Id;
            o.WriteLine($"{++rank,3}  {hit.Score,6:F2}  {TerminalText.Fit(Place(hit.Document), 20)}  {TerminalText.Fit(id, 30)}  {TerminalText.Cut(label, 60)}");
            foreach (var passage in hit.Highlights)
                o.WriteLine($"{"",13}{TerminalText.Cut(TerminalText.Highlight(passage), 110)}");
            foreach (var m in hit.Measures ?? [])
                o.WriteLine($"{"",13}· {Ordinal(m.Measure)} {TerminalText.Cut(TerminalText.Highlight(m.Highlights.FirstOrDefault() ?? m.Measure.Text), 104)}");
        }
        o.WriteLine();
        o.WriteLine($"province: {Counts(r.Facets.Province)}   level: {Counts(r.Facets.Level)}   theme: {Counts(r.Facets.Theme)}");
    }

    /// <summary>The measure's number as printed, or m1, m2 … for a measure printed as a plain paragraph.</summary>
    internal static string Ordinal(MeasureRecord m) => m.Ordinal.Length > 0 ? m.Ordinal : m.Id[(m.Id.LastIndexOf('.') + 1)..];

    internal static string Place(DocumentRecord d) =>
        d.Region is { } g ? string.Join(" ", new[] { g.Province, g.County ?? g.City }.Where(x => x is not null)) : d.Id;

    private static string Counts(IReadOnlyList<FacetValue> values) =>
        values.Count == 0 ? "—" : string.Join(" · ", values.Select(v => $"{v.Name ?? v.Value} {v.Count}"));
}
