using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Search.Api.Features.Documents;
using Rectify.Search.Api.Http;
using Rectify.Search.Core.Model;
using Rectify.Search.Service.Contracts;
using Rectify.Search.Service.Drafting;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Uploads;
using Rectify.Search.Writing;

namespace Rectify.Search.Api.Features.Drafts;

/// <summary>Drafting a plan from an inspection's feedback: drafts made, read, edited, deleted, exported and published.</summary>
public static class DraftsApi
{
    public static RouteGroupBuilder MapDraftsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/drafts", Create)
            .WithName("CreateDraft").WithTags("Drafts")
            .WithSummary("Draft a plan from an inspection's feedback")
            .WithDescription("""
                Finds the feedback's problems (numbered 一、 or 1., a 问题 table, prose with 一是…二是…, or one per paragraph)
                in JSON {"text": …, "region": …, "year": …, "title": …, "auto": true} or in one file of a multipart body
                (any format plans are read from, with the same fields as form fields), stores a draft of them, and with
                auto (the default) composes each problem from its top precedent of another province: target, deadline
                (its kind, a date moved to the draft's year, unconfirmed), lead and support units named for the region,
                measures, each item citing its precedent and listing what to check (place names of the precedent's region
                are marked 【待核：…】). Answers 201 with the draft and each problem's precedents. Needs the X-API-Key header.
                """)
            .Accepts<DraftCreateRequest>("application/json", "multipart/form-data")
            .Produces<DraftResponse>(StatusCodes.Status201Created)
            .WriteProblems();
        api.MapGet("/drafts", List)
            .WithName("ListDrafts").WithTags("Drafts")
            .WithSummary("The stored drafts, last saved first")
            .WithDescription("Each draft's id, title, region, year, problem count and times; a draft is read whole by GET /api/drafts/{id}.");
        api.MapGet("/drafts/{id}", Get)
            .WithName("GetDraft").WithTags("Drafts")
            .WithSummary("A draft, with each problem's precedents")
            .WithDescription("The draft as saved; precedents=N (0–20, default 5) lists each problem's best precedents of other provinces, narrowed by level, province, theme, yearFrom and yearTo.");
        api.MapPut("/drafts/{id}", Update)
            .WithName("UpdateDraft").WithTags("Drafts")
            .WithSummary("Save a draft as edited")
            .WithDescription("Replaces what the body gives (title, region, year, problems — added, split, merged, edited; each item with its citation or none); what it leaves out stays. Errors name each field by its path (problems[2].deadline.date). Needs the X-API-Key header.")
            .Produces<DraftResponse>()
            .WriteProblems();
        api.MapDelete("/drafts/{id}", Delete)
            .WithName("DeleteDraft").WithTags("Drafts")
            .WithSummary("Delete a draft")
            .WithDescription("Needs the X-API-Key header.")
            .Produces(StatusCodes.Status204NoContent)
            .WriteProblems();
        api.MapPost("/drafts/{id}/problems/{position:int}/compose", Compose)
            .WithName("ComposeDraftProblem").WithTags("Drafts")
            .WithSummary("Take a problem's items from a chosen precedent")
            .WithDescription("Replaces the target, deadline, units and measures of the problem at position (1-based) with those of the precedent problem {\"precedent\": \"plan.pN\"}, adapted to the draft's region and cited. Needs the X-API-Key header.")
            .Produces<DraftResponse>()
            .WriteProblems();
        api.MapGet("/drafts/{id}/export", Export)
            .WithName("ExportDraft").WithTags("Drafts")
            .WithSummary("A draft as .docx or .xlsx")
            .WithDescription("format=docx (default): the plan layout (title, problems numbered 一、, 整改目标/整改时限/牵头单位/配合单位/整改措施, citations as footnotes); format=xlsx: the 整改清单, one row per measure, each problem's cells merged down. Both read back into the same plan.")
            .Produces(StatusCodes.Status200OK, contentType: DocxType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/drafts/{id}/publish", Publish)
            .WithName("PublishDraft").WithTags("Drafts")
            .WithSummary("Publish a draft as a plan")
            .WithDescription("Ingests the draft's .docx as an upload (the plan's id is the draft's id): until then a draft is never searched. Needs the X-API-Key header.")
            .Produces<UploadResponse>(StatusCodes.Status201Created)
            .WriteProblems();
        return api;
    }

    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static async Task<IResult> Create(HttpRequest request, KnowledgeBase kb, WriteAccessOptions options, CancellationToken cancellationToken)
    {
        DraftCreateRequest body;
        IReadOnlyList<Core.Drafting.FeedbackProblem> problems;
        if (request.HasFormContentType)
        {
            var (files, problem) = await UploadForm.Read(request, options.MaxUploadBytes, cancellationToken);
            if (problem is not null)
                return problem;
            var form = await request.ReadFormAsync(cancellationToken);
            body = new DraftCreateRequest(form["text"].FirstOrDefault(), form["region"].FirstOrDefault(),
                int.TryParse(form["year"].FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : form["year"].Count > 0 ? -1 : null,
                form["title"].FirstOrDefault(), form["auto"].FirstOrDefault() is { } a ? !a.Equals("false", StringComparison.OrdinalIgnoreCase) : null);
            if (files.Count > 1)
                return Invalid("file", $"one feedback file per draft; the request holds {files.Count}");
            if (files.Count == 1)
            {
                try
                {
                    problems = Service.Drafting.Drafts.ReadFeedback(files[0].FileName, files[0].Bytes);
                }
                catch (Core.Ingestion.PlanReadException e)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The feedback could not be read", detail: e.Message);
                }
                return Made(kb, body, problems, files[0].FileName);
            }
        }
        else
        {
            try
            {
                body = await request.ReadFromJsonAsync<DraftCreateRequest>(cancellationToken) ?? new DraftCreateRequest(null, null, null, null, null);
            }
            catch (System.Text.Json.JsonException e)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not the JSON of a draft", detail: e.Message);
            }
            catch (InvalidOperationException)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "JSON or multipart/form-data expected",
                    detail: "Send {\"text\": FEEDBACK, \"region\": NAME} as application/json, or the feedback file in a multipart/form-data body.");
            }
        }
        if (string.IsNullOrWhiteSpace(body.Text))
            return Invalid("text", "give the feedback's text (or upload its file)");
        return Made(kb, body, Service.Drafting.Drafts.ReadFeedback(body.Text), "text");
    }

    private static IResult Made(KnowledgeBase kb, DraftCreateRequest body, IReadOnlyList<Core.Drafting.FeedbackProblem> problems, string source)
    {
        Region? region = null;
        if (!string.IsNullOrWhiteSpace(body.Region))
        {
            var (found, error) = Service.Drafting.Drafts.FindRegion(body.Region);
            if (found is null)
                return Invalid("region", error!);
            region = found;
        }
        var year = body.Year ?? DateTime.UtcNow.Year;
        if (year is < 2000 or > 2100)
            return Invalid("year", $"must be a year between 2000 and 2100, not {(body.Year == -1 ? "that" : year)}");
        if (problems.Count == 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "No problem found in the feedback",
                detail: $"{source}: no problem found; number them 一、二、 or 1. 2., write 一是…二是…, or put one problem per paragraph.");
        if (problems.Count > DraftMapping.MaxProblems)
            return Invalid("text", $"a draft has at most {DraftMapping.MaxProblems} problems; the feedback holds {problems.Count}");
        var title = string.IsNullOrWhiteSpace(body.Title)
            ? Service.Drafting.Drafts.DefaultTitle(region)
            : body.Title.Trim();
        var draft = kb.Create(title, problems, region, year, body.Auto ?? true);
        kb.SaveDraft(draft);
        return TypedResults.Created($"/api/drafts/{draft.Id}", Respond(kb, draft, Service.Drafting.Drafts.DefaultPrecedents, PrecedentFilter.None));
    }

    private static Ok<IReadOnlyList<DraftSummaryRecord>> List(KnowledgeBase kb) =>
        TypedResults.Ok<IReadOnlyList<DraftSummaryRecord>>(kb.Drafts().Select(d => d.ToRecord()).ToList());

    private static IResult Get(string id, KnowledgeBase kb,
        [System.ComponentModel.Description("How many precedents per problem, 0–20 (default 5)")] int? precedents = null,
        [System.ComponentModel.Description("Precedents of plans at this level only: province, city or county")] string? level = null,
        [System.ComponentModel.Description("Precedents of this province only (its full name)")] string? province = null,
        [System.ComponentModel.Description("Precedents on this theme only (a theme id)")] string? theme = null,
        int? yearFrom = null, int? yearTo = null)
    {
        if (kb.Draft(id) is not { } draft)
            return UnknownRecord.Draft(id);
        var k = precedents ?? Service.Drafting.Drafts.DefaultPrecedents;
        if (k is < 0 or > 20)
            return Invalid("precedents", $"must be 0–20, not {k}");
        RegionLevel? lvl = null;
        if (level is not null && (lvl = WireNames.Parse<RegionLevel>(level)) is null)
            return Invalid("level", $"must be province, city or county, not '{level}'");
        return TypedResults.Ok(Respond(kb, draft, k, new PrecedentFilter(lvl, province, theme, yearFrom, yearTo)));
    }

    private static async Task<IResult> Update(string id, HttpRequest request, KnowledgeBase kb, CancellationToken cancellationToken)
    {
        if (kb.Draft(id) is not { } draft)
            return UnknownRecord.Draft(id);
        DraftUpdateRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<DraftUpdateRequest>(cancellationToken);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not the JSON of a draft", detail: e.Message);
        }
        if (body is null)
            return Invalid("body", "send the draft's edited fields as JSON");
        var (edited, errors) = DraftMapping.Apply(draft, body);
        if (edited is null)
            return TypedResults.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()), type: ProblemTypes.InvalidParameter);
        edited = edited with { Updated = Now() };
        kb.SaveDraft(edited);
        return TypedResults.Ok(Respond(kb, edited, 0, PrecedentFilter.None));
    }

    private static IResult Delete(string id, KnowledgeBase kb) =>
        kb.DeleteDraft(id) ? TypedResults.NoContent() : UnknownRecord.Draft(id);

    private static IResult Compose(string id, int position, DraftComposeRequest body, KnowledgeBase kb)
    {
        if (kb.Draft(id) is not { } draft)
            return UnknownRecord.Draft(id);
        if (position < 1 || position > draft.Problems.Count)
            return Invalid("position", $"the draft has problems 1–{draft.Problems.Count}, not {position}");
        if (string.IsNullOrWhiteSpace(body.Precedent))
            return Invalid("precedent", "name the precedent problem (plan.pN)");
        if (kb.Problem(body.Precedent) is not var (plan, problem))
            return UnknownRecord.Problem(body.Precedent);
        var precedent = new DraftPrecedent(0, plan, problem, []);
        var problems = draft.Problems.ToList();
        problems[position - 1] = Service.Drafting.Drafts.Compose(problems[position - 1], precedent, draft.Region, draft.Year);
        var composed = draft with { Problems = problems, Updated = Now() };
        kb.SaveDraft(composed);
        return TypedResults.Ok(Respond(kb, composed, 0, PrecedentFilter.None));
    }

    private static IResult Export(string id, KnowledgeBase kb, [System.ComponentModel.Description("docx (default) or xlsx")] string? format = null)
    {
        if (kb.Draft(id) is not { } draft)
            return UnknownRecord.Draft(id);
        var name = string.Concat(PlanLayout.Title(draft).Split(Path.GetInvalidFileNameChars()));
        return (format ?? "docx") switch
        {
            "docx" => TypedResults.File(DraftDocx.Write(draft), DocxType, name + ".docx"),
            "xlsx" => TypedResults.File(DraftXlsx.Write(draft), XlsxType, name + ".xlsx"),
            _ => Invalid("format", $"must be docx or xlsx, not '{format}'"),
        };
    }

    private static IResult Publish(string id, KnowledgeBase kb, DocumentUploads uploads)
    {
        if (kb.Draft(id) is not { } draft)
            return UnknownRecord.Draft(id);
        var report = uploads.Add([new UploadedFile($"{id}.docx", DraftDocx.Write(draft))]);
        if (!report.Stored)
            return DocumentsApi.Refused(report);
        return TypedResults.Created($"/api/documents/{Uri.EscapeDataString(report.Files[0].DocumentId!)}", DocumentsApi.Response(report));
    }

    private static DraftResponse Respond(KnowledgeBase kb, Draft draft, int k, PrecedentFilter filter) =>
        draft.ToResponse(k == 0 ? null : p => kb.Precedents(p.Text, draft.Region, k, filter));

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, type: ProblemTypes.InvalidParameter);

    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
