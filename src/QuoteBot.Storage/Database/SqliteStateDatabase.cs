using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace QuoteBot.Storage.Database;

/// <summary>One SQLite file in write-ahead-log mode: readers never wait for the writer, and a crash loses no committed claim.</summary>
public sealed class SqliteStateDatabase(string path) : StateDatabase
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        // Seconds a command waits for another writer (this process's parallel sends, or a second process on the file).
        DefaultTimeout = 30,
    }.ToString();

    public override string Provider => StorageProviders.Sqlite;

    public override string Location => path;

    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    protected override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // WAL is a property of the file: set once, kept by every later connection.
        await connection.ScalarAsync(null, "PRAGMA journal_mode=WAL", cancellationToken);
    }

    /// <summary>Microsoft.Data.Sqlite begins transactions IMMEDIATE: the write lock is taken at once, so migrations queue.</summary>
    protected override Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    protected override ValueTask ReleaseResourcesAsync()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
