using System.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Storage.Tests;

public sealed class PlanStoreTests
{
    private const string Xingguo = "000_fd899eb3d1702b98";
    private const string Jiangxi = "003_89c821903e6b9e73";

    [Fact]
    public void AStoredPlanReadsBackExactlyAsParsed()
    {
        using var dir = new TempDirectory();
        foreach (var id in new[] { Xingguo, Jiangxi })
        {
            var parsed = PlanFiles.Read(RepoFiles.Seed(id));
            using (var store = PlanStore.Open(dir.File("rectify.db")))
                store.Upsert(parsed).Should().Be(StoreOutcome.Added);

            using var reopened = PlanStore.Open(dir.File("rectify.db"));
            var loaded = reopened.Load(id)!;
            Json(loaded).Should().Be(Json(parsed));
            loaded.Problems.Should().Contain(p => p.Themes.Count > 0 && p.Themes[0].Matches.Count > 0, "themes and their matches are stored too");
            loaded.AllMeasures.Should().Contain(m => m.Themes.Count > 0);
        }
    }

    [Fact]
    public void ThemeCountsFollowEveryWriteReplacementAndDeletion()
    {
        using var dir = new TempDirectory();
        using var store = PlanStore.Open(dir.File("rectify.db"));
        var xingguo = PlanFiles.Read(RepoFiles.Seed(Xingguo));
        var jiangxi = PlanFiles.Read(RepoFiles.Seed(Jiangxi));
        store.Upsert(xingguo);
        store.Upsert(jiangxi);

        static Dictionary<string, (int, int, int)> Expected(params PlanDocument[] plans) => plans
            .SelectMany(p => p.Problems.SelectMany(q => q.Themes.Select((t, i) => (t.ThemeId, Problem: 1, Primary: i == 0 ? 1 : 0, Measure: 0))
                .Concat(q.Measures.SelectMany(m => m.Themes.Select(t => (t.ThemeId, Problem: 0, Primary: 0, Measure: 1))))))
            .GroupBy(x => x.ThemeId).ToDictionary(g => g.Key, g => (g.Sum(x => x.Problem), g.Sum(x => x.Primary), g.Sum(x => x.Measure)));
        Dictionary<string, (int, int, int)> Counted() => store.ThemeCounts().ToDictionary(c => c.Key, c => (c.Value.Problems, c.Value.Primary, c.Value.Measures));

        Counted().Should().BeEquivalentTo(Expected(xingguo, jiangxi));
        store.Upsert(xingguo with { Problems = xingguo.Problems.Take(3).ToList(), ContentHash = "changed" });
        Counted().Should().BeEquivalentTo(Expected(xingguo with { Problems = xingguo.Problems.Take(3).ToList() }, jiangxi));
        store.Remove(Jiangxi).Should().BeTrue();
        Counted().Should().BeEquivalentTo(Expected(xingguo with { Problems = xingguo.Problems.Take(3).ToList() }));
    }

    [Theory]
    [InlineData("layouts/09_chengcheng_2021.txt")]
    [InlineData("layouts/23_jiangsu_2026_province.txt")]
    [InlineData("layouts/24_mashan_2026.txt")]
    [InlineData("own-layouts/40_municipal_district_zone.txt")]
    public void ANoticeReadsBackWithItsProgressUnitRolesLayoutAndRegionEvidence(string fixture)
    {
        using var dir = new TempDirectory();
        var parsed = PlanFiles.Read(Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", fixture));
        parsed.Metadata.Layout.Should().Be("notice");
        using (var store = PlanStore.Open(dir.File("rectify.db")))
            store.Upsert(parsed).Should().Be(StoreOutcome.Added);

        using var reopened = PlanStore.Open(dir.File("rectify.db"));
        var loaded = reopened.Load(parsed.DocumentId)!;
        Json(loaded).Should().Be(Json(parsed));
        loaded.Metadata.RegionEvidence.Should().NotBeNull();
        loaded.Problems.Single().Fields.Progress.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void ADocumentWithoutAProblemListIsStoredWithItsBody()
    {
        using var dir = new TempDirectory();
        var path = dir.File("notice.txt");
        File.WriteAllText(path, "吉安市生态环境局关于开展入河排污口排查的通知\n各县（市、区）生态环境局：\n请于2023年6月底前完成排查。\n吉安市生态环境局\n2023年5月4日\n");
        var parsed = PlanFiles.Read(path);
        using var store = PlanStore.Open(dir.File("rectify.db"));
        store.Upsert(parsed).Should().Be(StoreOutcome.Added);

        var loaded = store.Load("notice")!;
        loaded.Problems.Should().BeEmpty();
        loaded.Metadata.Layout.Should().Be("none");
        loaded.Sections.Should().NotBeEmpty();
        Json(loaded).Should().Be(Json(parsed));
    }

    [Fact]
    public void TheFingerprintChangesWithTheStoredPlansAndOnlyThen()
    {
        using var dir = new TempDirectory();
        using var store = PlanStore.Open(dir.File("rectify.db"));
        var empty = store.Fingerprint();
        store.Upsert(PlanFiles.Read(RepoFiles.Seed(Xingguo)));
        var one = store.Fingerprint();
        store.Upsert(PlanFiles.Read(RepoFiles.Seed(Xingguo))).Should().Be(StoreOutcome.Unchanged);
        store.Fingerprint().Should().Be(one);
        store.Upsert(PlanFiles.Read(RepoFiles.Seed(Jiangxi)));
        var two = store.Fingerprint();
        store.Remove(Jiangxi);

        new[] { empty, one, two }.Should().OnlyHaveUniqueItems();
        store.Fingerprint().Should().Be(one);
        store.LoadAll().Select(p => p.DocumentId).Should().Equal(Xingguo);
    }

    [Fact]
    public void APlansLongTextsAreStoredOnceAndCompressed()
    {
        using var dir = new TempDirectory();
        using var store = PlanStore.Open(dir.File("rectify.db"));
        var plan = PlanFiles.Read(RepoFiles.Seed(Xingguo));
        store.Upsert(plan);
        long Scalar(string sql) => (long)StoreFile.Sql(store.Path, sql)!;
        // The rows hold empty strings where the texts were; the one compressed value holds them all.
        Scalar("SELECT (SELECT COUNT(*) FROM sections WHERE heading <> '' OR text <> '') + (SELECT COUNT(*) FROM problems WHERE text <> '' OR target <> '')"
            + " + (SELECT COUNT(*) FROM measures WHERE text <> '') + (SELECT COUNT(*) FROM themes WHERE matches <> '');").Should().Be(0);
        static int Bytes(string? text) => Encoding.UTF8.GetByteCount(text ?? "");
        static int SectionBytes(Section s) => Bytes(s.Heading) + Bytes(s.Text) + s.Children.Sum(SectionBytes);
        var texts = plan.Sections.Sum(SectionBytes) + plan.Problems.Sum(p => Bytes(p.Text) + Bytes(p.Fields.Target) + p.Measures.Sum(m => Bytes(m.Text)));
        // With the theme matches beside them, in less than half the bytes of the texts alone.
        Scalar("SELECT length(texts) FROM plan_texts;").Should().BeLessThan(texts / 2);
        store.Load(Xingguo)!.Problems.Should().BeEquivalentTo(plan.Problems, o => o.WithStrictOrdering());
    }

    [Theory]
    [InlineData("UPDATE problems SET categories = '[1,' WHERE id = '{0}.p3';", "*")]
    [InlineData("UPDATE plan_texts SET texts = substr(texts, 1, length(texts) / 2) WHERE document_id = '{0}';", "a plan's compressed texts are cut or altered")]
    [InlineData("DELETE FROM measures WHERE document_id = '{0}' AND problem_id = 'p3' AND position = 1;", "{0}: * compressed measure texts for * measures")]
    public void ADamagedRowIsReportedNamingItsPlanAndTheOthersStillRead(string sql, string reason)
    {
        using var dir = new TempDirectory();
        using var store = PlanStore.Open(dir.File("rectify.db"));
        store.Upsert(PlanFiles.Read(RepoFiles.Seed(Xingguo)));
        store.Upsert(PlanFiles.Read(RepoFiles.Seed(Jiangxi)));
        StoreFile.Sql(store.Path, string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, Jiangxi) + " SELECT changes();").Should().Be(1L);

        var act = () => store.Load(Jiangxi);

        act.Should().Throw<StoreReadException>().Where(e => e.DocumentId == Jiangxi)
            .WithMessage($"plan {Jiangxi} in {store.Path} cannot be read back: {string.Format(System.Globalization.CultureInfo.InvariantCulture, reason, Jiangxi)} (re-index its file to rewrite it)");
        store.Load(Xingguo)!.Problems.Should().HaveCount(17);
    }

    [Fact]
    public void StoringTheSameBytesAgainWritesNothing()
    {
        using var dir = new TempDirectory();
        var db = dir.File("rectify.db");
        var plan = PlanFiles.Read(RepoFiles.Seed(Xingguo));
        using (var store = PlanStore.Open(db))
            store.Upsert(plan).Should().Be(StoreOutcome.Added);
        var before = Hash(db);

        using (var store = PlanStore.Open(db))
            store.Upsert(PlanFiles.Read(RepoFiles.Seed(Xingguo))).Should().Be(StoreOutcome.Unchanged);

        Hash(db).Should().Be(before);
    }

    [Fact]
    public void AChangedFileReplacesItsPlanAndKeepsTheOthers()
    {
        using var dir = new TempDirectory();
        var copy = dir.File(Xingguo + ".txt");
        File.Copy(RepoFiles.Seed(Xingguo), copy);
        using var store = PlanStore.Open(dir.File("rectify.db"));
        store.Upsert(PlanFiles.Read(copy));
        store.Upsert(PlanFiles.Read(RepoFiles.Seed(Jiangxi)));

        // Drop the last problem (十七) from the copy.
        var text = File.ReadAllText(copy);
        File.WriteAllText(copy, text[..text.IndexOf("十七、督察还发现", StringComparison.Ordinal)]);
        store.Upsert(PlanFiles.Read(copy)).Should().Be(StoreOutcome.Replaced);

        store.Load(Xingguo)!.Problems.Should().HaveCount(16);
        store.List().Select(d => (d.Id, d.Problems)).Should().Equal((Xingguo, 16), (Jiangxi, 11));
    }

    [Fact]
    public void RemovingAPlanRemovesEveryRowUnderIt()
    {
        using var dir = new TempDirectory();
        using var store = PlanStore.Open(dir.File("rectify.db"));
        store.Upsert(PlanFiles.Read(RepoFiles.Seed(Xingguo)));
        store.Remove(Xingguo).Should().BeTrue();
        store.Remove(Xingguo).Should().BeFalse();
        store.List().Should().BeEmpty();
        store.Load(Xingguo).Should().BeNull();
    }

    [Fact]
    public void RecordIdsAreDerivedFromPositions()
    {
        RecordIds.Problem(Xingguo, 2).Should().Be("000_fd899eb3d1702b98.p2");
        RecordIds.Measure(Xingguo, 2, 1).Should().Be("000_fd899eb3d1702b98.p2.m1");
        RecordIds.Section(Xingguo, 3).Should().Be("000_fd899eb3d1702b98.s3");
    }

    private static string Json(PlanDocument plan) => JsonSerializer.Serialize(plan);

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
