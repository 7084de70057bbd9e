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
        // The seeds and the real layouts (33 plans): five plans alone fill their pages too evenly to leave any slack.
        var plans = Directory.CreateDirectory(dir.File("plans")).FullName;
        foreach (var folder in new[] { Path.Combine(RepoFiles.Root, "seeds"), Fixtures("layouts"), Fixtures("own-layouts") })
        {
            foreach (var file in Directory.GetFiles(folder, "*.txt"))
                File.Copy(file, Path.Combine(plans, Path.GetFileName(file)));
        }
        var packed = new KnowledgeBaseOptions { DataDirectory = dir.File("packed"), SeedsDirectory = plans };
        var asWritten = new KnowledgeBaseOptions { DataDirectory = dir.File("as-written"), SeedsDirectory = plans };
        using (var kb = new KnowledgeBase(packed) { CompactAfter = 30 })
            kb.Prepare();
        using (var kb = new KnowledgeBase(asWritten) { CompactAfter = int.MaxValue })
            kb.Prepare();

        // Thirty plans are a bulk for the first (CompactAfter 30), not for the second; the packed store has no slack left.
        Pages(packed.DatabasePath).Should().BeLessThan(Pages(asWritten.DatabasePath));
        Pages(packed.DatabasePath).Should().Be(Pages(Vacuumed(packed.DatabasePath, dir.File("vacuumed.db"))));
        using var a = new KnowledgeBase(packed);
        using var b = new KnowledgeBase(asWritten);
        a.Plans().Should().HaveCount(Directory.GetFiles(plans).Length);
        JsonSerializer.Serialize(a.Plans()).Should().Be(JsonSerializer.Serialize(b.Plans()));
    }

    private static string Fixtures(string name) => Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", name);

    /// <summary>A packed copy of the store (VACUUM INTO), to compare with.</summary>
    private static string Vacuumed(string path, string into)
    {
        using var c = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "VACUUM INTO $into";
        cmd.Parameters.AddWithValue("$into", into);
        cmd.ExecuteNonQuery();
        return into;
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
