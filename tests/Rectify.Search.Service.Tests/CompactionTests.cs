using System.Text.Json;
using Microsoft.Data.Sqlite;
using Rectify.Search.Service.Knowledge;

namespace Rectify.Search.Service.Tests;

/// <summary>A bulk ingestion packs the store at its end: fewer pages than the same plans as written, every plan as it was.</summary>
public sealed class CompactionTests
{
    [Fact]
    public void ABulkIngestionLeavesTheStorePackedWithEveryPlanAsWritten()
    {
        using var dir = new TempDirectory();
        var seeds = Path.Combine(RepoFiles.Root, "seeds");
        var packed = new KnowledgeBaseOptions { DataDirectory = dir.File("packed"), SeedsDirectory = seeds };
        var asWritten = new KnowledgeBaseOptions { DataDirectory = dir.File("as-written"), SeedsDirectory = seeds };
        using (var kb = new KnowledgeBase(packed) { CompactAfter = 5 })
            kb.Prepare();
        using (var kb = new KnowledgeBase(asWritten) { CompactAfter = int.MaxValue })
            kb.Prepare();

        // Five plans are a bulk for the first (CompactAfter 5), not for the second.
        Pages(packed.DatabasePath).Should().BeLessThan(Pages(asWritten.DatabasePath));
        using var a = new KnowledgeBase(packed);
        using var b = new KnowledgeBase(asWritten);
        a.Plans().Should().HaveCount(5);
        JsonSerializer.Serialize(a.Plans()).Should().Be(JsonSerializer.Serialize(b.Plans()));
    }

    /// <summary>The pages the file holds with data in them.</summary>
    private static long Pages(string path)
    {
        using var c = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT (SELECT page_count FROM pragma_page_count()) - (SELECT freelist_count FROM pragma_freelist_count());";
        return (long)cmd.ExecuteScalar()!;
    }
}
