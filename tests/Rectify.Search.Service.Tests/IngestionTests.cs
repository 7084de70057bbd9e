using Microsoft.Data.Sqlite;
using Rectify.Search.Service.Ingestion;
using Rectify.Search.Storage;

namespace Rectify.Search.Service.Tests;

public sealed class IngestionTests
{
    private const string Xingguo = "000_fd899eb3d1702b98";
    private const string Jincheng = "004_5daf789ba15e6675";

    [Fact]
    public void AnUnchangedFileIsReadBackFromTheStoreWithTheSameReport()
    {
        using var dir = new TempDirectory();
        var seeds = Seeds(dir, Xingguo, Jincheng);
        using var store = PlanStore.Open(dir.File("rectify.db"));
        var first = PlanIngestion.Run([seeds], store);

        var again = PlanIngestion.Run([seeds], store);

        again.Files.Select(f => f.Outcome).Should().Equal(FileOutcome.Unchanged, FileOutcome.Unchanged);
        again.Files.Select(f => (f.Plan!.Problems.Count, f.Warnings.Count(), f.Missing.Count)).Should()
            .Equal(first.Files.Select(f => (f.Plan!.Problems.Count, f.Warnings.Count(), f.Missing.Count)));
    }

    [Fact]
    public void AFileIsKnownUnchangedByItsSizeAndTimeAndATouchedFileByItsBytes()
    {
        using var dir = new TempDirectory();
        var seeds = Seeds(dir, Xingguo);
        var path = Path.Combine(seeds, Xingguo + ".txt");
        using var store = PlanStore.Open(dir.File("rectify.db"));
        PlanIngestion.Run([seeds], store);
        store.Source(Xingguo)!.Should().Match<StoredSource>(s => s.Size == new FileInfo(path).Length && s.ModifiedTicks == File.GetLastWriteTimeUtc(path).Ticks);

        // Touched, same bytes: read and hashed once, found unchanged, its new time remembered.
        var touched = File.GetLastWriteTimeUtc(path).AddHours(1);
        File.SetLastWriteTimeUtc(path, touched);
        var again = PlanIngestion.Run([seeds], store, readBackUnchanged: false);
        again.Files.Single().Should().Match<FileResult>(f => f.Outcome == FileOutcome.Unchanged && f.Plan == null);
        store.Source(Xingguo)!.ModifiedTicks.Should().Be(touched.Ticks);

        // Changed bytes change the size or the time: read, parsed and replaced.
        File.AppendAllText(path, "\n附件：补充说明。\n");
        PlanIngestion.Run([seeds], store, readBackUnchanged: false).Files.Single().Outcome.Should().Be(FileOutcome.Replaced);
    }

    [Fact]
    public void AnUnchangedFileWhoseStoredRowsAreDamagedIsParsedAgainAndRewritten()
    {
        using var dir = new TempDirectory();
        var seeds = Seeds(dir, Xingguo, Jincheng);
        using var store = PlanStore.Open(dir.File("rectify.db"));
        PlanIngestion.Run([seeds], store);
        using (var db = new SqliteConnection($"Data Source={store.Path};Pooling=False"))
        {
            db.Open();
            using var damage = db.CreateCommand();
            damage.CommandText = $"UPDATE problems SET categories = 'not json' WHERE id = '{Jincheng}.p4';";
            damage.ExecuteNonQuery().Should().Be(1);
        }
        ((Action)(() => store.Load(Jincheng))).Should().Throw<StoreReadException>();

        var repaired = PlanIngestion.Run([seeds], store);

        repaired.Files.Select(f => (f.DocumentId, f.Outcome)).Should().Equal((Xingguo, FileOutcome.Unchanged), (Jincheng, FileOutcome.Replaced));
        store.Load(Jincheng)!.Problems[3].Categories.Should().NotBeEmpty();
    }

    private static string Seeds(TempDirectory dir, params string[] ids)
    {
        var seeds = dir.File("seeds");
        Directory.CreateDirectory(seeds);
        foreach (var id in ids)
            File.Copy(RepoFiles.Seed(id), Path.Combine(seeds, id + ".txt"));
        return seeds;
    }
}
