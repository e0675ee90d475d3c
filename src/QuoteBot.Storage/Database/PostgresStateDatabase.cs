using System.Data.Common;
using Npgsql;

namespace QuoteBot.Storage.Database;

/// <summary>A PostgreSQL database that several instances share; row claims and an advisory lock keep them apart.</summary>
public sealed class PostgresStateDatabase : StateDatabase
{
    /// <summary>The advisory lock key that orders schema migrations ("QBot").</summary>
    private const long SchemaLockKey = 0x51426F74;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresStateDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Location = $"{builder.Host}:{builder.Port}/{builder.Database}{(string.IsNullOrEmpty(builder.SearchPath) ? string.Empty : $" ({builder.SearchPath})")}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public override string Provider => StorageProviders.Postgres;

    public override string Location { get; }

    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    protected override async Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(transaction, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, ("key", SchemaLockKey));

    protected override ValueTask ReleaseResourcesAsync() => _dataSource.DisposeAsync();
}
