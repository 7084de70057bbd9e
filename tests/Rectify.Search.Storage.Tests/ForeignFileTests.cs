using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Rectify.Search.Storage.Tests;

/// <summary>A data directory holding someone else's file: refused with the file named, the file never changed.</summary>
public sealed class ForeignFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Db => _dir.File(PlanStore.FileName);

    private string Hash() => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Db)));

    private void Sql(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void AFileThatIsNotSqliteIsRefusedAndLeftAsItIs()
    {
        File.WriteAllText(Db, "这是别人的笔记，不是数据库。");
        var before = Hash();

        var act = () => PlanStore.Open(Db);

        act.Should().Throw<StoreOpenException>().WithMessage($"{Db} is not a SQLite database; Rectify.Search will not overwrite it: move it away or give another data directory");
        Hash().Should().Be(before);
    }

    [Fact]
    public void AnotherApplicationsDatabaseIsRefusedAndLeftAsItIs()
    {
        Sql("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('张三');");
        var before = Hash();

        var act = () => PlanStore.Open(Db);

        act.Should().Throw<StoreOpenException>().WithMessage($"{Db} is a SQLite database without Rectify.Search's tables (1 other table(s)); Rectify.Search will not change it: give another data directory");
        Hash().Should().Be(before);
        Sql("PRAGMA application_id = 1234;");
        act.Should().Throw<StoreOpenException>().WithMessage("*of another application (application id 1234)*");
    }

    [Fact]
    public void ANewStoreIsMarkedAndAnUnmarkedStoreOfThisProjectIsTakenAndMarked()
    {
        using (PlanStore.Open(Db))
        {
        }
        Sql("PRAGMA application_id = 0;");

        using (PlanStore.Open(Db))
        {
        }

        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA application_id;";
        Convert.ToInt32(command.ExecuteScalar()).Should().Be(PlanStore.ApplicationId);
    }
}
