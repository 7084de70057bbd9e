using System.Text.RegularExpressions;
using Rectify.Search.Service.Ingestion;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Queries;
using Rectify.Search.Service.Requests;
using Rectify.Search.Storage;

namespace Rectify.Search.Service.Tests;

/// <summary>A notice and a mirror of it (made here the way mirrors change a page) stored once in search and comparison.</summary>
public sealed class CopiesTests
{
    private static readonly string Layouts = Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", "layouts");

    /// <summary>The government's page copied by a mirror: portal chrome, traditional forms, pinyin after every fourth character.</summary>
    private static string Mirror(string text) =>
        "首页 > 政务公开 > 通知公告\n【字体：大 中 小】\n"
        + Regex.Replace(text.Replace("生态环境", "生態環境"), "([\u4e00-\u9fff]{4})", "$1 zhenggai ")
        + "\n版权所有 ICP备12345678号\n";

    [Fact]
    public void AMirrorIsStoredAsACopyOfTheFirstAndLeftOutOfSearchAndComparison()
    {
        using var dir = new TempDirectory();
        var plans = Directory.CreateDirectory(dir.File("plans")).FullName;
        File.Copy(Path.Combine(Layouts, "15_tongshan_2024.txt"), Path.Combine(plans, "a_tongshan.txt"));
        File.WriteAllText(Path.Combine(plans, "b_tongshan_mirror.txt"), Mirror(File.ReadAllText(Path.Combine(Layouts, "15_tongshan_2024.txt"))));
        File.Copy(Path.Combine(Layouts, "24_mashan_2026.txt"), Path.Combine(plans, "c_mashan.txt"));
        using var kb = new KnowledgeBase(new KnowledgeBaseOptions { DataDirectory = dir.File("data"), SeedsDirectory = plans });

        var report = kb.Prepare();

        var files = report.Ingested!.Files.ToDictionary(f => f.DocumentId);
        files["b_tongshan_mirror"].DuplicateOf.Should().Be("a_tongshan");
        files["b_tongshan_mirror"].Similarity.Should().BeGreaterThanOrEqualTo(0.7);
        files["a_tongshan"].DuplicateOf.Should().BeNull();
        files["c_mashan"].DuplicateOf.Should().BeNull();
        report.Built!.Plans.Should().Be(2, "the copy is kept in the store, not in the index");
        kb.Plans().Select(p => p.DocumentId).Should().Contain("b_tongshan_mirror", "kept, with its source");
        var hits = kb.Search(new SearchQuery { Q = "采砂", PageSize = 50 }.Check().Value!)!.Hits;
        hits.Should().NotBeEmpty().And.NotContain(h => h.Document.Id == "b_tongshan_mirror");
        kb.ProblemFacts(new Storage.Facts.ProblemSelection()).Facts.Select(f => f.DocumentId).Distinct().Should().BeEquivalentTo(["a_tongshan", "c_mashan"]);

        // The original gone, its copy stands as a plan of its own.
        File.Delete(Path.Combine(plans, "a_tongshan.txt"));
        var after = kb.Prepare();
        after.Ingested!.Files.Should().Contain(f => f.DocumentId == "a_tongshan" && f.Outcome == FileOutcome.Removed);
        kb.Search(new SearchQuery { Q = "采砂", PageSize = 50 }.Check().Value!)!.Hits.Should().Contain(h => h.Document.Id == "b_tongshan_mirror");
    }
}
