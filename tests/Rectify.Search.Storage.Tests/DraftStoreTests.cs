using Rectify.Search.Core.Model;

namespace Rectify.Search.Storage.Tests;

/// <summary>Drafts in the store: written whole, read back field for field, listed, deleted; a schema-6 store gains their tables.</summary>
public sealed class DraftStoreTests
{
    private static readonly Citation Cite = new("000_fd899eb3d1702b98", "兴国县贯彻落实中央生态环境保护督察报告整改方案", "江西省赣州市兴国县", 2021, "十六", "000_fd899eb3d1702b98.p16.m1");

    private static Draft Draft(string id, string updated) => new(id, "保靖县生态环境保护督察反馈问题整改方案",
        new Region("湖南省", "湘西土家族苗族自治州", "保靖县", "433125", RegionLevel.County), 2026,
        [
            new DraftProblem("一", "矿山生态修复滞后。历史遗留废弃矿山23处未完成治理。", ["mine-restoration"],
                new DraftItem("完成重点生态功能区范围内废弃露天矿山生态修复任务。", Cite with { MeasureId = null }, []),
                new DraftDeadline("2028年12月底前", DeadlineKind.Date, "2028-12-31", false, Cite with { MeasureId = null }),
                [new DraftItem("保靖县自然资源局", Cite with { MeasureId = null }, [])], [],
                [new DraftItem("2021年底前，建立【待核：兴国县】历史遗留废弃矿山生态修复台账。", Cite, ["兴国县", "2021年"]), DraftItem.Own("每季度调度一次修复进度。")]),
            DraftProblem.Bare("二", "城镇污水管网建设滞后。", ["sewage-network"]),
        ], "2026-12-04T05:00:00Z", updated);

    [Fact]
    public void ADraftIsWrittenWholeReadBackFieldForFieldListedAndDeleted()
    {
        using var dir = new TempDirectory();
        using var store = PlanStore.Open(dir.File("rectify.db"));
        var first = Draft("d_0123456789ab", "2026-12-04T05:00:00Z");
        var second = Draft("d_ba9876543210", "2026-12-04T06:00:00Z") with { Problems = [DraftProblem.Bare("1", "扬尘管控不到位。", [])] };

        store.SaveDraft(first);
        store.SaveDraft(second);

        var read = store.LoadDraft(first.Id)!;
        read.Should().BeEquivalentTo(first, o => o.WithStrictOrdering());
        read.Problems[0].Measures[0].Source.Should().Be(Cite);
        store.ListDrafts().Select(d => (d.Id, d.Problems)).Should().Equal((second.Id, 1), (first.Id, 2));
        store.List().Should().BeEmpty("a draft is not a plan");

        store.SaveDraft(first with { Problems = first.Problems.Take(1).ToList(), Updated = "2026-12-04T07:00:00Z" });
        store.LoadDraft(first.Id)!.Problems.Should().ContainSingle();
        store.DeleteDraft(first.Id).Should().BeTrue();
        store.DeleteDraft(first.Id).Should().BeFalse();
        store.LoadDraft(first.Id).Should().BeNull();
        store.ListDrafts().Select(d => d.Id).Should().Equal(second.Id);
    }

    [Fact]
    public void ASchema6StoreKeepsItsPlansAndGainsTheDraftsTables()
    {
        using var dir = new TempDirectory();
        var path = dir.File("rectify.db");
        using (var store = PlanStore.Open(path))
            store.Upsert(PlanFiles.Read(RepoFiles.Seed("001_5cb408abd5d47804")));
        StoreFile.Sql(path, "DROP TABLE draft_problems; DROP TABLE drafts; PRAGMA user_version = 6;");

        using (var store = PlanStore.Open(path))
        {
            store.List().Select(d => (d.Id, d.Problems)).Should().Equal(("001_5cb408abd5d47804", 25));
            store.SaveDraft(Draft("d_0123456789ab", "2026-12-04T05:00:00Z"));
            store.ListDrafts().Should().ContainSingle();
        }
    }
}
