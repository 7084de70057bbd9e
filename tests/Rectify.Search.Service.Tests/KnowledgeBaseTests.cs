using Microsoft.Data.Sqlite;
using Rectify.Search.Indexing.Building;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Service.Ingestion;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Queries;
using Rectify.Search.Service.Tests.Support;
using Rectify.Search.Storage;
using static Rectify.Search.Tests.Shared.SeedIds;

namespace Rectify.Search.Service.Tests;

/// <summary>The knowledge base over a real store and index in a temporary folder, seeded with copies of two plans.</summary>
public sealed class KnowledgeBaseTests : IDisposable
{
    private readonly TwoSeedFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static List<string> Documents(KnowledgeBase kb) => TwoSeedFolder.Documents(kb);

    [Fact]
    public void PreparingTwiceReadsAndBuildsOnlyTheFirstTime()
    {
        using (var kb = new KnowledgeBase(_folder.Options))
        {
            var first = kb.Prepare();
            first.Ingested!.Count(FileOutcome.Added).Should().Be(2);
            first.Built!.Plans.Should().Be(2);
        }
        using var again = new KnowledgeBase(_folder.Options);
        var second = again.Prepare();
        second.Ingested!.NothingChanged.Should().BeTrue();
        second.Built.Should().BeNull();
        Documents(again).Should().Equal(Xingguo, Suixian);
    }

    [Fact]
    public void AnIndexPublishedByAnotherProcessIsTakenUpWhileServing()
    {
        using var kb = new KnowledgeBase(_folder.Options) { FollowInterval = TimeSpan.Zero };
        kb.Prepare();
        Documents(kb).Should().Equal(Xingguo, Suixian);

        // What `rectify index` does in another process: its own store connection and index build.
        File.Copy(RepoFiles.Seed(Baojing), Path.Combine(_folder.Seeds, Baojing + ".txt"));
        using (var store = PlanStore.Open(_folder.Options.DatabasePath))
        {
            PlanIngestion.Run([_folder.Seeds], store);
            IndexBuilder.BuildIfStale(new IndexLocation(_folder.Options.IndexPath), store.Fingerprint(), store.LoadAll).Should().NotBeNull();
        }

        Documents(kb).Should().Equal(Xingguo, Baojing, Suixian);
        kb.Plan(Baojing)!.Problems.Should().HaveCount(25);
    }

    [Fact]
    public void ADamagedStoredPlanIsRepairedFromItsUnchangedFileWhenItIsRead()
    {
        using (var kb = new KnowledgeBase(_folder.Options))
            kb.Prepare();
        Damage(Suixian);

        // A start does not read unchanged plans back (at 20,000 plans that would be minutes); the first read does.
        using var restarted = new KnowledgeBase(_folder.Options);
        var report = restarted.Prepare();
        report.Ingested!.Files.Select(f => (f.DocumentId, f.Outcome)).Should().Equal((Xingguo, FileOutcome.Unchanged), (Suixian, FileOutcome.Unchanged));
        report.BuildError.Should().BeNull();

        Documents(restarted).Should().Equal(Xingguo, Suixian);
        using var store = PlanStore.Open(_folder.Options.DatabasePath);
        store.Load(Suixian)!.Problems[0].Categories.Should().NotBeNull("the rows were rewritten from the file");
    }

    [Fact]
    public void ADamagedPlanWhoseFileChangedIsLeftOutOfAnswersNotRebuiltFromOtherBytes()
    {
        using (var kb = new KnowledgeBase(_folder.Options))
            kb.Prepare();
        Damage(Suixian);
        File.AppendAllText(Path.Combine(_folder.Seeds, Suixian + ".txt"), "\n附件：补充说明。\n");

        using var served = new KnowledgeBase(_folder.Options with { SeedsDirectory = null });
        served.Prepare();
        served.Plan(Suixian).Should().BeNull();
        served.Plan(Xingguo).Should().NotBeNull();
    }

    [Fact]
    public void AFailedRebuildLeavesThePreviousIndexServingAndSaysSo()
    {
        using (var kb = new KnowledgeBase(_folder.Options))
            kb.Prepare();

        // Another ingestion stores a new plan, and a stored row of another plan is damaged; its file has changed since
        // (so the rows cannot be repaired from it) and the server reads no seeds: it must build from a store it cannot
        // read whole.
        using (var store = PlanStore.Open(_folder.Options.DatabasePath))
            store.Upsert(PlanFiles.Read(RepoFiles.Seed(Baojing)));
        Damage(Suixian);
        File.AppendAllText(Path.Combine(_folder.Seeds, Suixian + ".txt"), "\n附件：补充说明。\n");

        using var served = new KnowledgeBase(_folder.Options with { SeedsDirectory = "" });
        var report = served.Prepare();

        report.Built.Should().BeNull();
        report.BuildError.Should().StartWith($"plan {Suixian} in {_folder.Options.DatabasePath} cannot be read back: ");
        // The previous index answers (001 never made it in); the damaged plan is left out of answers instead of failing them.
        Documents(served).Should().Equal(Xingguo);
        served.Plan(Baojing)!.Problems.Should().HaveCount(25, "the new plan is stored, only the index is stale");
        var status = served.Status();
        (status.IndexCurrent, status.Documents).Should().Be((false, 3));
    }

    [Fact]
    public void WithNoIndexAndAStoreThatCannotBeReadPreparingFailsNamingBoth()
    {
        using (var kb = new KnowledgeBase(_folder.Options))
            kb.Prepare();
        Directory.Delete(_folder.Options.IndexPath, recursive: true);
        Damage(Xingguo);

        using var broken = new KnowledgeBase(_folder.Options with { SeedsDirectory = "" });
        var act = () => broken.Prepare();
        act.Should().Throw<InvalidOperationException>()
            .WithMessage($"no index in {Path.GetFullPath(_folder.Options.IndexPath)} and building one from {_folder.Options.DatabasePath} failed: plan {Xingguo} *");
    }

    /// <summary>Writes a value into the plan's first problem that cannot be read back.</summary>
    private void Damage(string documentId)
    {
        using var db = new SqliteConnection($"Data Source={_folder.Options.DatabasePath};Pooling=False");
        db.Open();
        using var damage = db.CreateCommand();
        damage.CommandText = $"UPDATE problems SET categories = 'not json' WHERE id = '{documentId}.p1';";
        damage.ExecuteNonQuery().Should().Be(1);
    }
}
