using Rectify.Search.Core.Model;
using Rectify.Search.Indexing.Building;
using Rectify.Search.Indexing.Searching;

namespace Rectify.Search.Indexing.Tests.Building;

public sealed class IndexBuilderTests
{
    private static readonly PlanDocument Xingguo = PlanFiles.Read(RepoFiles.Seed("000_fd899eb3d1702b98"));

    [Fact]
    public void ABuildPublishesAGenerationWithItsStamp()
    {
        using var dir = new TempDirectory();
        var location = new IndexLocation(dir.File("lucene"));
        location.CurrentStamp().Should().BeNull();

        var report = IndexBuilder.Build(location, [Xingguo], new IndexStamp("dict-1.thesaurus-1", "abc"));

        report.Plans.Should().Be(1);
        // One document per problem and per measure: the body's other sections are shown from the store, never searched.
        report.Documents.Should().Be(17 + 41);
        location.CurrentStamp().Should().Be(new IndexStamp("dict-1.thesaurus-1", "abc"));
    }

    [Fact]
    public void BuildsOnEveryCoreGiveTheSameAnswersWhateverOrderTheirDocumentsTookAndNameTheCodec()
    {
        var plans = new[] { "000_fd899eb3d1702b98", "001_5cb408abd5d47804", "002_57f2b054bec5bb15", "003_89c821903e6b9e73", "004_5daf789ba15e6675" }
            .Select(id => PlanFiles.Read(RepoFiles.Seed(id))).ToList();
        using var dir = new TempDirectory();
        var parallel = new IndexLocation(dir.File("first"));
        var serial = new IndexLocation(dir.File("reversed"));
        IndexBuilder.Build(parallel, plans, new IndexStamp("v", "1"));
        // Again, the plans in the other order, from a sequence that fails when read by two threads at once: the build
        // takes its plans one at a time, whichever core asks, and its documents land in another order.
        IndexBuilder.Build(serial, OneAtATime(Enumerable.Reverse(plans)), new IndexStamp("v", "1"));

        using var a = new SearchIndex(parallel);
        using var b = new SearchIndex(serial);
        a.DocumentCount.Should().Be(b.DocumentCount);
        foreach (var query in new[] { "两高项目", "污水管网", "化肥减量", "矿山 生态修复", "\"雨污分流\"" })
        {
            foreach (var unit in new[] { SearchUnit.Problem, SearchUnit.Measure })
            {
                var request = new SearchRequest(query, unit, PageSize: 20);
                new Searcher(a, Rectify.Search.Analysis.Dictionaries.Thesaurus.Default, RecordTexts.Of(plans)).Search(request)!.Hits.Select(h => (h.Id, h.Score)).Should()
                    .Equal(new Searcher(b, Rectify.Search.Analysis.Dictionaries.Thesaurus.Default, RecordTexts.Of(plans)).Search(request)!.Hits.Select(h => (h.Id, h.Score)), $"{query} ({unit})");
            }
        }
        var infos = new Lucene.Net.Index.SegmentInfos();
        infos.Read(Lucene.Net.Store.FSDirectory.Open(parallel.CurrentPath!));
        infos.Segments.Should().OnlyContain(s => s.Info.Codec.Name == "Rectify46");
    }

    private static IEnumerable<PlanDocument> OneAtATime(IEnumerable<PlanDocument> plans)
    {
        var reading = 0;
        foreach (var plan in plans)
        {
            Interlocked.Increment(ref reading).Should().Be(1);
            yield return plan;
            Interlocked.Decrement(ref reading);
        }
    }

    [Fact]
    public void ARebuildSwapsGenerationsWhileAnOpenSearcherKeepsWorking()
    {
        using var dir = new TempDirectory();
        var location = new IndexLocation(dir.File("lucene"));
        IndexBuilder.Build(location, [Xingguo], new IndexStamp("v", "1"));
        using var index = new SearchIndex(location);
        var before = index.Searcher;
        var first = location.CurrentPath;

        IndexBuilder.Build(location, [], new IndexStamp("v", "2"));
        before.IndexReader.NumDocs.Should().BeGreaterThan(0, "the old reader still serves");
        index.Refresh();

        location.CurrentPath.Should().NotBe(first);
        index.DocumentCount.Should().Be(0);
        location.CurrentStamp()!.StoreFingerprint.Should().Be("2");
    }

    [Fact]
    public void AFailedBuildLeavesThePreviousIndexInUse()
    {
        using var dir = new TempDirectory();
        var location = new IndexLocation(dir.File("lucene"));
        IndexBuilder.Build(location, [Xingguo], new IndexStamp("v", "1"));
        var current = location.CurrentPath;

        var act = () => IndexBuilder.Build(location, Failing(), new IndexStamp("v", "2"));

        act.Should().Throw<InvalidOperationException>().WithMessage("store read failed");
        location.CurrentPath.Should().Be(current);
        location.CurrentStamp()!.StoreFingerprint.Should().Be("1");
        Directory.GetDirectories(location.Root).Should().ContainSingle("the half-built generation is removed");
    }

    [Fact]
    public void AnIndexIsRebuiltOnlyWhenTheStoreOrTheAnalyzerChanged()
    {
        using var dir = new TempDirectory();
        var location = new IndexLocation(dir.File("lucene"));
        var reads = 0;
        IEnumerable<PlanDocument> Plans()
        {
            reads++;
            return [Xingguo];
        }

        IndexBuilder.BuildIfStale(location, "store-1", Plans)!.Documents.Should().BeGreaterThan(0);
        var built = location.CurrentPath;
        IndexBuilder.BuildIfStale(location, "store-1", Plans).Should().BeNull();
        location.CurrentPath.Should().Be(built);
        reads.Should().Be(1, "an up-to-date index does not read the store");

        IndexBuilder.BuildIfStale(location, "store-2", Plans).Should().NotBeNull();
        location.CurrentStamp().Should().Be(IndexBuilder.StampFor("store-2"));

        // An index built by another dictionary or thesaurus version, or with other fields, is stale too.
        IndexBuilder.Build(location, [Xingguo], IndexBuilder.StampFor("store-2") with { AnalysisVersion = "dict-0.thesaurus-0" });
        IndexBuilder.BuildIfStale(location, "store-2", Plans).Should().NotBeNull();
        IndexBuilder.Build(location, [Xingguo], IndexBuilder.StampFor("store-2") with { SchemaVersion = "1" });
        IndexBuilder.BuildIfStale(location, "store-2", Plans).Should().NotBeNull();
        reads.Should().Be(4);
    }

    private static IEnumerable<PlanDocument> Failing()
    {
        yield return Xingguo;
        throw new InvalidOperationException("store read failed");
    }
}
