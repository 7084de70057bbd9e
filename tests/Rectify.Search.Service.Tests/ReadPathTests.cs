using Rectify.Search.Core.Diagnostics;
using Rectify.Search.Service.Comparing;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Queries;
using Rectify.Search.Service.Requests;
using static Rectify.Search.Tests.Shared.SeedIds;

namespace Rectify.Search.Service.Tests;

/// <summary>
/// Everything a record shows was read once, at ingestion, and stored: answering reads the store and the index and
/// parses nothing. The probe counts every call into the decoder, the plan parser and the deadline, target,
/// department and theme readers made while answering.
/// </summary>
public sealed class ReadPathTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly KnowledgeBase _kb;

    public ReadPathTests()
    {
        _kb = new KnowledgeBase(new KnowledgeBaseOptions { DataDirectory = _dir.File("data"), SeedsDirectory = Path.Combine(RepoFiles.Root, "seeds") });
        using (ParserProbe.Open(out var ingesting))
        {
            _kb.Prepare();
            ingesting.Should().ContainKeys("decoder", "plan", "deadline", "targets", "departments", "themes");
        }
    }

    public void Dispose()
    {
        _kb.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void AComparisonParsesNothing()
    {
        using var probe = ParserProbe.Open(out var calls);
        var response = _kb.Compare(new CompareQuery { Theme = "sewage-network" }.Check().Value!)!;
        response.Rows.Should().NotBeEmpty();
        response.Rows.SelectMany(r => r.Targets).Should().NotBeEmpty();
        response.Rows.SelectMany(r => r.Deadlines).Should().Contain(d => d.Date != null);
        response.Rows.SelectMany(r => r.LeadDepartments).Should().NotBeEmpty();
        calls.Should().BeEmpty();
    }

    [Fact]
    public void ASearchPageParsesNothing()
    {
        using var probe = ParserProbe.Open(out var calls);
        foreach (var unit in new[] { "problem", "measure" })
        {
            var page = _kb.Search(new SearchQuery { Q = "污水管网", Unit = unit, PageSize = 20 }.Check().Value!)!;
            page.Hits.Should().HaveCountGreaterThan(5);
            page.Hits.Should().Contain(h => h.Problem.Deadline.Kind != "none" && h.Problem.Units.Any(u => u.Department != null));
        }
        calls.Should().BeEmpty();
    }

    [Fact]
    public void RecordReadsParseNothing()
    {
        using var probe = ParserProbe.Open(out var calls);
        var plan = _kb.DocumentDetail(Baojing)!;
        plan.Problems.SelectMany(p => p.Problem.Targets).Should().NotBeEmpty();
        _kb.ProblemDetail(Baojing + ".p2")!.Problem.Deadline.Raw.Should().NotBeEmpty();
        _kb.MeasureDetail(Xingguo + ".p1.m1").Should().NotBeNull();
        _kb.Documents(new DocumentListRequest(1, 100)).Documents.Should().HaveCount(5);
        _kb.Regions().Should().NotBeEmpty();
        _kb.Themes().Should().NotBeEmpty();
        calls.Should().BeEmpty();
    }
}
