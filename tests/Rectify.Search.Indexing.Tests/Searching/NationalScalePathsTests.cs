using Rectify.Search.Analysis.Dictionaries;
using Rectify.Search.Core.Model;
using Rectify.Search.Indexing.Building;
using Rectify.Search.Indexing.Schema;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Indexing.Similarity;

namespace Rectify.Search.Indexing.Tests.Searching;

/// <summary>
/// The paths a national index takes and the seeds' index does not: segments searched side by side, filters kept as
/// bits per segment across an update that deletes documents, and precedents without the commonest words. Each must
/// answer as the plain path does (or, for precedents, keep the rarest words and drop only the commonest).
/// </summary>
[Collection(nameof(NationalScalePathsTests))]
public sealed class NationalScalePathsTests : IDisposable
{
    private const string Baojing = "001_5cb408abd5d47804";
    private readonly TempDirectory _dir = new();
    private readonly SearchIndex _index;
    private readonly Searcher _searcher;
    private readonly SimilarMeasures _similar;
    private readonly PlanDocument _shortened;

    public NationalScalePathsTests()
    {
        var plans = Directory.GetFiles(Path.Combine(RepoFiles.Root, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(p => PlanFiles.Read(p)).ToList();
        var location = new IndexLocation(_dir.File("lucene"));
        var first = new IndexStamp(AnalysisData.Version, "one");
        IndexBuilder.Build(location, plans, first);
        // Baojing again with its last problem left out: its old documents are deleted in the first segment, the new ones
        // written into a second.
        var baojing = plans.Single(p => p.DocumentId == Baojing);
        _shortened = baojing with { Problems = baojing.Problems.Take(baojing.Problems.Count - 1).ToList() };
        IndexBuilder.Update(location, first, new IndexStamp(AnalysisData.Version, "two"), [], [_shortened]).Should().NotBeNull();
        _index = new SearchIndex(location);
        var texts = RecordTexts.Of(plans.Where(p => p.DocumentId != Baojing).Append(_shortened));
        _searcher = new Searcher(_index, Thesaurus.Default, texts);
        _similar = new SimilarMeasures(_index, texts, Thesaurus.Default);
    }

    public void Dispose()
    {
        FacetedCollector.ParallelFrom = 200_000;
        _index.Dispose();
        _dir.Dispose();
    }

    public static TheoryData<string?, SearchUnit, string?, int> Requests => new()
    {
        { "污水管网", SearchUnit.Problem, null, 1 },
        { "测土配方施肥", SearchUnit.Measure, null, 1 },
        { "矿山 生态修复", SearchUnit.Problem, null, 2 },
        { "\"雨污分流\" -管网", SearchUnit.Measure, null, 1 },
        { null, SearchUnit.Problem, "湖南省", 1 },
        { null, SearchUnit.Measure, "湖北省", 3 },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void SegmentsSearchedSideBySideAnswerAsOneAfterAnother(string? query, SearchUnit unit, string? province, int page)
    {
        _index.Searcher.IndexReader.Leaves.Should().HaveCountGreaterThan(1, "the update wrote a second segment");
        var request = new SearchRequest(query, unit, Province: province, Page: page, PageSize: 5);

        FacetedCollector.ParallelFrom = int.MaxValue;
        var inTurn = _searcher.Search(request)!;
        FacetedCollector.ParallelFrom = 0;
        var sideBySide = _searcher.Search(request)!;

        sideBySide.Total.Should().Be(inTurn.Total).And.BeGreaterThan(0);
        sideBySide.Hits.Select(h => (h.Id, h.Score)).Should().Equal(inTurn.Hits.Select(h => (h.Id, h.Score)));
        sideBySide.Hits.Select(h => h.Measures.Select(m => m.Id)).Should().BeEquivalentTo(inTurn.Hits.Select(h => h.Measures.Select(m => m.Id)), o => o.WithStrictOrdering());
        sideBySide.Facets.Should().BeEquivalentTo(inTurn.Facets, o => o.WithStrictOrdering());
        (sideBySide.Matched, sideBySide.FullMatches).Should().Be((inTurn.Matched, inTurn.FullMatches));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    public void ACachedFilterLeavesOutTheDocumentsAnUpdateDeleted(int parallelFrom)
    {
        FacetedCollector.ParallelFrom = parallelFrom;
        var plan = _searcher.Search(new SearchRequest(null, DocumentId: Baojing, PageSize: 100))!;
        plan.Total.Should().Be(_shortened.Problems.Count);
        plan.Hits.Select(h => h.Id).Should().OnlyHaveUniqueItems();
        // Asked again, the filter comes from the cache and still leaves the deleted documents out.
        _searcher.Search(new SearchRequest(null, DocumentId: Baojing, PageSize: 100))!.Total.Should().Be(_shortened.Problems.Count);
        _searcher.Search(new SearchRequest(null, SearchUnit.Measure, DocumentId: Baojing, PageSize: 100))!.Total
            .Should().Be(_shortened.Problems.Sum(p => p.Measures.Count));
    }

    [Theory]
    [InlineData(SearchUnit.Problem)]
    [InlineData(SearchUnit.Measure)]
    public void FacetsCountedFromTheKeptOrdinalsAreThoseOfTheDocValues(SearchUnit unit)
    {
        // Every facet of every record of the unit, counted here straight from each segment's doc values, deleted records left out.
        var kind = unit == SearchUnit.Measure ? IndexFields.Kinds.Measure : IndexFields.Kinds.Problem;
        var themeField = unit == SearchUnit.Measure ? IndexFields.Theme : IndexFields.ProblemTheme;
        string[] fields = [themeField, IndexFields.Province, IndexFields.City, IndexFields.County, IndexFields.Level, IndexFields.Department, IndexFields.YearFacet, IndexFields.DeadlineYear, IndexFields.Place];
        var expected = fields.ToDictionary(f => f == themeField ? IndexFields.Theme : f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        var deleted = 0;
        foreach (var leaf in _index.Searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var ids = reader.GetSortedDocValues(IndexFields.Id);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (reader.LiveDocs is { } live && !live.Get(doc))
                {
                    deleted++;
                    continue;
                }
                var id = new Lucene.Net.Util.BytesRef();
                ids.Get(doc, id);
                if (IndexFields.OfId(id.Utf8ToString()).Kind != kind)
                    continue;
                foreach (var field in fields)
                {
                    if (reader.GetSortedSetDocValues(field) is not { } values)
                        continue;
                    values.SetDocument(doc);
                    for (var ord = values.NextOrd(); ord != Lucene.Net.Index.SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                    {
                        var value = new Lucene.Net.Util.BytesRef();
                        values.LookupOrd(ord, value);
                        var counts = expected[field == themeField ? IndexFields.Theme : field];
                        counts[value.Utf8ToString()] = counts.GetValueOrDefault(value.Utf8ToString()) + 1;
                    }
                }
            }
        }
        deleted.Should().BeGreaterThan(0, "the update deleted Baojing's old records");

        foreach (var parallelFrom in new[] { int.MaxValue, 0 })
        {
            FacetedCollector.ParallelFrom = parallelFrom;
            var facets = _searcher.Search(new SearchRequest(null, unit, AllFacets: true))!.Facets;
            facets.Keys.Should().BeEquivalentTo(expected.Keys);
            foreach (var (field, counts) in expected)
                facets[field].ToDictionary(c => c.Value, c => c.Count).Should().BeEquivalentTo(counts, $"the {field} facet");
            facets[IndexFields.Theme].Should().HaveCountGreaterThan(5);
        }
    }

    [Theory]
    [InlineData("加快推进城镇污水管网建设，实施雨污分流改造", SimilarUnit.Measure)]
    [InlineData("镉超标的稻田没有安全利用", SimilarUnit.Problem)]
    public void PrecedentsSearchedSideBySideAnswerAsOneAfterAnother(string text, SimilarUnit unit)
    {
        FacetedCollector.ParallelFrom = int.MaxValue;
        var inTurn = _similar.ForText(text, 10, SimilarScope.All, null, unit);
        FacetedCollector.ParallelFrom = 0;
        var sideBySide = _similar.ForText(text, 10, SimilarScope.All, null, unit);

        inTurn.Hits.Should().HaveCount(10);
        sideBySide.Hits.Select(h => (h.Id, h.Score, string.Join(" ", h.SharedTerms))).Should().Equal(inTurn.Hits.Select(h => (h.Id, h.Score, string.Join(" ", h.SharedTerms))));

        // A stored record asking (its province left out, itself dropped from each ranking): alike too.
        var asker = inTurn.Hits[0].Id;
        SimilarResult? Ask() => unit == SimilarUnit.Measure ? _similar.ForMeasure(asker, 10, SimilarScope.OtherProvinces) : _similar.ForProblem(asker, 10, SimilarScope.OtherProvinces);
        FacetedCollector.ParallelFrom = int.MaxValue;
        var askedInTurn = Ask()!;
        FacetedCollector.ParallelFrom = 0;
        var askedSideBySide = Ask()!;
        askedInTurn.Hits.Should().NotBeEmpty().And.NotContain(h => h.Id == asker);
        askedSideBySide.Hits.Select(h => (h.Id, h.Score)).Should().Equal(askedInTurn.Hits.Select(h => (h.Id, h.Score)));
    }

    [Fact]
    public void PrecedentsLeaveOutTheCommonestWordsOnlyPastTheirPostingBudget()
    {
        const string text = "加快推进城镇污水管网建设，实施雨污分流改造，提高城市生活污水集中收集率。";
        var reader = _index.Searcher.IndexReader;
        var all = SimilarMeasures.DistinctiveTerms(reader, text, maxPostings: long.MaxValue);
        SimilarMeasures.DistinctiveTerms(reader, text).Should().Equal(all, "the seeds hold far fewer than the budget");

        int Df(string term) => reader.DocFreq(new Lucene.Net.Index.Term(IndexFields.Words, term));
        var byDf = all.OrderBy(t => Df(t.Term)).ThenBy(t => t.Term, StringComparer.Ordinal).ToList();
        var budget = byDf.Take(3).Sum(t => (long)Df(t.Term));
        var kept = SimilarMeasures.DistinctiveTerms(reader, text, maxPostings: budget);

        kept.Select(t => t.Term).Should().BeEquivalentTo(byDf.Take(3).Select(t => t.Term), "the rarest words whose records fit the budget");
        kept.Should().Equal(all.Where(t => kept.Contains(t)), "kept in the order of their weight");
        SimilarMeasures.DistinctiveTerms(reader, text, maxPostings: 1).Select(t => t.Term).Should().Equal([byDf[0].Term], "the rarest word is always kept");
    }
}

[CollectionDefinition(nameof(NationalScalePathsTests), DisableParallelization = true)]
public sealed class NationalScalePathsCollection;
