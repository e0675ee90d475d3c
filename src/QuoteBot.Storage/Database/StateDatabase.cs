using System.Data.Common;

namespace QuoteBot.Storage.Database;

/// <summary>
/// The configured database: opens connections and brings the schema up to date once, before the first use.
/// The stores run the same SQL on both providers; what differs (connection, pragmas, the migration lock) is here.
/// </summary>
public abstract class StateDatabase : IAsyncDisposable
{
    private readonly SemaphoreSlim _migrateOnce = new(1, 1);
    private int _version;

    /// <summary><c>sqlite</c> or <c>postgres</c>.</summary>
    public abstract string Provider { get; }

    /// <summary>Where the data is, for the logs: a file path, or host and database (never a password).</summary>
    public abstract string Location { get; }

    /// <summary>The schema version after <see cref="MigrateAsync"/>; 0 before.</summary>
    public int SchemaVersion => _version;

    /// <summary>Creates or updates the schema (once per process; several processes may race, the lock orders them).</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (_version != 0)
        {
            return _version;
        }

        await _migrateOnce.WaitAsync(cancellationToken);
        try
        {
            if (_version == 0)
            {
                _version = await MigrateCoreAsync(Schema.LatestVersion, cancellationToken);
            }

            return _version;
        }
        finally
        {
            _migrateOnce.Release();
        }
    }

    /// <summary>An open connection to a migrated database.</summary>
    public async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        await MigrateAsync(cancellationToken);
        return await OpenConnectionAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseResourcesAsync();
        _migrateOnce.Dispose();
        GC.SuppressFinalize(this);
    }

    protected abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Runs before the migration transaction (SQLite switches the file to WAL here).</summary>
    protected virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Holds other processes off the schema until <paramref name="transaction"/> ends.</summary>
    protected abstract Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    protected virtual ValueTask ReleaseResourcesAsync() => ValueTask.CompletedTask;

    /// <summary>
    /// A connection to the schema as the build that released <paramref name="version"/> left it, so a test can fill an
    /// older database and check that the upgrade keeps its data. Does not count as this handle's migration.
    /// </summary>
    internal async Task<DbConnection> OpenAtVersionAsync(int version, CancellationToken cancellationToken = default)
    {
        await MigrateCoreAsync(version, cancellationToken);
        return await OpenConnectionAsync(cancellationToken);
    }

    private async Task<int> MigrateCoreAsync(int target, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await PrepareAsync(connection, cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await LockSchemaAsync(connection, transaction, cancellationToken);
            await connection.ExecuteAsync(transaction, Schema.VersionTable, cancellationToken);
            var current = Convert.ToInt32(await connection.ScalarAsync(transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            if (current > Schema.LatestVersion)
            {
                throw new StorageException($"{Provider} database {Location} has schema version {current}, newer than this build knows ({Schema.LatestVersion}); run a newer QuoteBot.");
            }

            for (var version = current + 1; version <= target; version++)
            {
                foreach (var statement in Schema.Migrations[version - 1])
                {
                    await connection.ExecuteAsync(transaction, statement, cancellationToken);
                }

                await connection.ExecuteAsync(transaction, "INSERT INTO schema_version (version, applied_at) VALUES (@version, @at)", cancellationToken, ("version", version), ("at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            }

            await transaction.CommitAsync(cancellationToken);
            return Math.Max(current, target);
        }
        catch (DbException ex)
        {
            throw new StorageException($"{Provider} database {Location} could not be opened or migrated: {ex.Message}", ex);
        }
    }
}
