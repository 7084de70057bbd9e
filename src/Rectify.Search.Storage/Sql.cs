using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Rectify.Search.Storage;

/// <summary>One-line statements the store and its set queries run: a statement without rows, a single value.</summary>
internal static class Sql
{
    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    public static object? Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    /// <summary>A single whole number, such as a count or a pragma's value.</summary>
    public static int Int(SqliteConnection connection, string sql) => Convert.ToInt32(Scalar(connection, sql), CultureInfo.InvariantCulture);
}
