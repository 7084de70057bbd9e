using Rectify.Search.Indexing.Building;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Service.Ingestion;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Queries;
using Rectify.Search.Service.Tests.Support;
using static Rectify.Search.Tests.Shared.SeedIds;

namespace Rectify.Search.Service.Tests;

/// <summary>
/// A plan added, replaced or removed is written into the index in use (one Lucene commit), not a new generation:
/// searchable as soon as the update returns, in this process and, within a second, in another that serves.
/// </summary>
public sealed class IncrementalIndexTests : IDisposable
{
    private readonly TwoSeedFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static List<string> Documents(KnowledgeBase kb) => TwoSeedFolder.Documents(kb);

    private string Generation() => File.ReadAllText(Path.Combine(_folder.Options.IndexPath, "CURRENT"));

    [Fact]
    public void AnAddedReplacedOrRemovedPlanIsWrittenIntoTheIndexInUse()
    {
        using var kb = new KnowledgeBase(_folder.Options);
        kb.Prepare().Built!.Incremental.Should().BeFalse("the first build is a whole generation");
        var generation = Generation();
        var documents = kb.Status().IndexDocuments;

        File.Copy(RepoFiles.Seed(Baojing), Path.Combine(_folder.Seeds, Baojing + ".txt"));
        var added = kb.Prepare().Built!;
        (added.Incremental, added.Plans, added.Removed).Should().Be((true, 1, 0));
        Documents(kb).Should().Equal(Xingguo, Baojing, Suixian);
        kb.Status().Should().Match<KnowledgeBaseStatus>(s => s.IndexCurrent && s.IndexDocuments == documents + added.Documents);

        // The same file with one problem fewer: its documents are replaced, none left behind.
        var path = Path.Combine(_folder.Seeds, Baojing + ".txt");
        var lines = File.ReadAllLines(path).ToList();
        File.WriteAllLines(path, lines.Take(lines.FindIndex(l => l.StartsWith("二十五", StringComparison.Ordinal))));
        var replaced = kb.Prepare().Built!;
        (replaced.Incremental, replaced.Plans, replaced.Removed).Should().Be((true, 1, 0));
        kb.Status().IndexDocuments.Should().Be(documents + replaced.Documents);

        File.Delete(path);
        var removed = kb.Prepare().Built!;
        (removed.Incremental, removed.Plans, removed.Removed).Should().Be((true, 0, 1));
        Documents(kb).Should().Equal(Xingguo, Suixian);
        kb.Status().Should().Match<KnowledgeBaseStatus>(s => s.IndexCurrent && s.IndexDocuments == documents);
        Generation().Should().Be(generation, "updates write into the generation in use");
    }

    [Fact]
    public void AnUpdateAnotherProcessWritesIsTakenUpWhileServing()
    {
        using var serving = new KnowledgeBase(_folder.Options with { SeedsDirectory = null }) { FollowInterval = TimeSpan.Zero };
        using (var indexing = new KnowledgeBase(_folder.Options))
            indexing.Prepare();
        serving.Prepare();
        Documents(serving).Should().Equal(Xingguo, Suixian);

        // What `rectify index` does in another process while the server runs.
        File.Copy(RepoFiles.Seed(Baojing), Path.Combine(_folder.Seeds, Baojing + ".txt"));
        using (var indexing = new KnowledgeBase(_folder.Options))
            indexing.Update([_folder.Seeds]).Built!.Incremental.Should().BeTrue();

        Documents(serving).Should().Equal(Xingguo, Baojing, Suixian);
        serving.Plan(Baojing)!.Problems.Should().HaveCount(25);
    }

    [Fact]
    public void ManyChangesBuildANewGenerationInstead()
    {
        using (var kb = new KnowledgeBase(_folder.Options))
            kb.Prepare();
        var generation = Generation();
        foreach (var id in new[] { Baojing, Jiangxi, Jincheng })
            File.Copy(RepoFiles.Seed(id), Path.Combine(_folder.Seeds, id + ".txt"));

        using var few = new KnowledgeBase(_folder.Options) { IncrementalLimit = 2 };
        var built = few.Prepare().Built!;
        (built.Incremental, built.Plans).Should().Be((false, 5));
        Generation().Should().NotBe(generation);
        Documents(few).Should().Equal(Xingguo, Baojing, Suixian, Jiangxi);
    }
}
