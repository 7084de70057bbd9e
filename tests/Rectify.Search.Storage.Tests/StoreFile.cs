using Microsoft.Data.Sqlite;

namespace Rectify.Search.Storage.Tests;

/// <summary>The store's file as a test sees it, outside <see cref="PlanStore"/>: to read what it wrote, or to damage it.</summary>
internal static class StoreFile
{
    /// <summary>Runs <paramref name="sql"/> on the store file itself, outside <see cref="PlanStore"/>; its first value.</summary>
    public static object? Sql(string path, string sql)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
