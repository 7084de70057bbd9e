using Microsoft.Data.Sqlite;
using Rectify.Search.Core.Ingestion;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Tests.Support;
using Rectify.Search.Service.Uploads;
using static Rectify.Search.Tests.Shared.SeedIds;

namespace Rectify.Search.Service.Tests;

/// <summary>Uploaded plans in the service: ids from file names, originals kept by content and read again by a newer pipeline.</summary>
public sealed class UploadsTests : IDisposable
{
    private readonly TwoSeedFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("兴国县整改方案（2021）.docx", "兴国县整改方案-2021")]
    [InlineData("C:\\Users\\王\\Desktop\\整改 清单 v2.xlsx", "整改-清单-v2")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("ｐｌａｎ＿０１.txt", "plan_01")]
    [InlineData("《方案》.html", "方案")]
    [InlineData("....txt", "")]
    public void APlanIdIsTheFileNamesLettersDigitsDashesAndUnderscores(string fileName, string id) =>
        DocumentUploads.IdOf(Path.GetFileName(fileName.Replace('\\', '/'))).Should().Be(id);

    [Fact]
    public void AnUploadedCsvExportIsKeptAsCsvAndReadAsRowsAgainAtStartUp()
    {
        var csv = File.ReadAllBytes(Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", "blind-layouts", "179_open_data_csv_export.csv"));
        using (var kb = new KnowledgeBase(_folder.Options))
        {
            kb.Prepare();
            var report = new DocumentUploads(kb).Add([new UploadedFile("长沙市整改清单.csv", csv)]);
            report.Files.Single().Should().BeEquivalentTo(new { Outcome = UploadOutcome.Added, Problems = 3 }, o => o.ExcludingMissingMembers());
            kb.Source("长沙市整改清单")!.Path.Should().EndWith(Path.Combine("长沙市整改清单.csv"));
        }
        using var restarted = new KnowledgeBase(_folder.Options);
        restarted.Prepare();
        restarted.Plan("长沙市整改清单")!.Problems.Select(p => p.Fields.Location).Should().Equal("芙蓉区", "望城区", "浏阳市");
    }

    [Fact]
    public void AnUploadStoredByAnOlderPipelineIsReadAgainFromItsOriginalAtStartUp()
    {
        string original;
        using (var kb = new KnowledgeBase(_folder.Options))
        {
            kb.Prepare();
            var report = new DocumentUploads(kb).Add([new UploadedFile("随县-上传.txt", File.ReadAllBytes(RepoFiles.Seed(Suixian)))]);
            report.Files.Single().Outcome.Should().Be(UploadOutcome.Added);
            original = kb.Source("随县-上传")!.Path;
            new Originals(_folder.Options.OriginalsPath).Holds(original).Should().BeTrue();
        }
        using (var store = new SqliteConnection($"Data Source={_folder.Options.DatabasePath};Pooling=False"))
        {
            store.Open();
            using var cmd = store.CreateCommand();
            cmd.CommandText = "UPDATE documents SET parser_version = 'an older pipeline' WHERE id = '随县-上传';";
            cmd.ExecuteNonQuery().Should().Be(1);
        }

        using var restarted = new KnowledgeBase(_folder.Options);
        var reread = restarted.Prepare().Ingested!.Files.Single(f => f.DocumentId == "随县-上传");

        reread.Outcome.Should().Be(Ingestion.FileOutcome.Replaced);
        (reread.Problems, reread.Measures).Should().Be((14, 56));
        restarted.Source("随县-上传")!.ParserVersion.Should().Be(PlanPipeline.Version);
        restarted.Plan("随县-上传")!.Metadata.Region!.Code.Should().Be("421321");
        File.ReadAllBytes(original).Should().Equal(File.ReadAllBytes(RepoFiles.Seed(Suixian)));
        TwoSeedFolder.Documents(restarted).Should().Equal(Xingguo, Suixian, "随县-上传");
    }

    [Fact]
    public void WritesAStoppedProcessCutOffAreDeletedAtStartUpAndKeptOriginalsStay()
    {
        string original;
        using (var kb = new KnowledgeBase(_folder.Options))
        {
            kb.Prepare();
            new DocumentUploads(kb).Add([new UploadedFile("随县-上传.txt", File.ReadAllBytes(RepoFiles.Seed(Suixian)))]);
            original = kb.Source("随县-上传")!.Path;
        }
        // What a kill -9 in the middle of two writes leaves: a temporary file beside a kept original, and one alone.
        var beside = original + ".4242.0123456789abcdef0123456789abcdef.part";
        File.WriteAllBytes(beside, [1, 2, 3]);
        var aloneFolder = Path.Combine(_folder.Options.OriginalsPath, new string('a', 64));
        Directory.CreateDirectory(aloneFolder);
        File.WriteAllBytes(Path.Combine(aloneFolder, "另一份.docx.4242.fedcba9876543210fedcba9876543210.part"), [4, 5]);

        using var restarted = new KnowledgeBase(_folder.Options);
        restarted.Prepare();

        File.Exists(beside).Should().BeFalse();
        Directory.Exists(aloneFolder).Should().BeFalse();
        File.ReadAllBytes(original).Should().Equal(File.ReadAllBytes(RepoFiles.Seed(Suixian)));
        restarted.Plan("随县-上传").Should().NotBeNull();
    }
}

/// <summary>What /healthz reports while the index is behind the store.</summary>
public sealed class CatchingUpTests : IDisposable
{
    private readonly TwoSeedFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void APlanStoredByAnotherWriterIsPendingUntilTheIndexHoldsIt()
    {
        using var kb = new KnowledgeBase(_folder.Options);
        kb.Prepare();
        Queries.RecordQueries.Health(kb).Should().Match<Contracts.Health>(h => h.Status == "ok" && h.Pending == null && h.IndexCurrent);

        // Another process (rectify index, say) stores a plan; its index update has not happened yet.
        using (var other = Storage.PlanStore.Open(_folder.Options.DatabasePath))
            other.Upsert(PlanPipeline.Read(RepoFiles.Seed(Baojing), File.ReadAllBytes(RepoFiles.Seed(Baojing))));

        var behind = Queries.RecordQueries.Health(kb);
        (behind.Status, behind.Pending, behind.IndexCurrent, behind.LastFailure).Should().Be(("catching-up", 1, false, null));
        behind.Documents.Should().Be(3);

        kb.Update([]);
        var caughtUp = Queries.RecordQueries.Health(kb);
        (caughtUp.Status, caughtUp.Pending, caughtUp.IndexCurrent).Should().Be(("ok", null, true));
    }
}

/// <summary>An index generation damaged on disk is rebuilt from the store at the next start.</summary>
public sealed class DamagedIndexTests : IDisposable
{
    private readonly TwoSeedFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ATruncatedSegmentIsFoundAtStartAndANewGenerationBuiltFromTheStore()
    {
        string generation;
        using (var kb = new KnowledgeBase(_folder.Options))
        {
            kb.Prepare();
            generation = File.ReadAllText(Path.Combine(_folder.Options.IndexPath, "CURRENT")).Trim();
        }
        // The compound files only: the commit and segment infos still read, so the stamp says the generation is current;
        // only opening it finds the damage. (A damaged segment info already makes the stamp unreadable, hence stale.)
        var segments = Directory.GetFiles(Path.Combine(_folder.Options.IndexPath, generation), "*.cfs").ToList();
        segments.Should().NotBeEmpty();
        foreach (var file in segments)
            File.WriteAllBytes(file, File.ReadAllBytes(file)[..Math.Min(10, (int)new FileInfo(file).Length)]);

        using var restarted = new KnowledgeBase(_folder.Options);
        var report = restarted.Prepare();

        report.Built.Should().NotBeNull("the damaged generation was replaced");
        File.ReadAllText(Path.Combine(_folder.Options.IndexPath, "CURRENT")).Trim().Should().NotBe(generation);
        TwoSeedFolder.Documents(restarted).Should().Equal(Xingguo, Suixian);
        restarted.Status().IndexCurrent.Should().BeTrue();
    }
}
