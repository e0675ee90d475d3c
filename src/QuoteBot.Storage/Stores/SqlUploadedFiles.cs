using QuoteBot.Core.State;
using QuoteBot.Storage.Database;

namespace QuoteBot.Storage.Stores;

/// <summary>
/// The durable <see cref="IUploadedFiles"/>: a picture uploaded once stays known across restarts and to every instance
/// on the same database. Two instances uploading the same picture at once both get valid ids; the last one kept wins.
/// </summary>
internal sealed class SqlUploadedFiles(StateDatabase database, TimeProvider time) : IUploadedFiles
{
    public async ValueTask<string?> FindAsync(string scope, string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (string?)await connection.ScalarAsync(null, "SELECT file_id FROM uploaded_files WHERE scope = @scope AND key = @key",
            cancellationToken, ("scope", scope), ("key", key));
    }

    public async ValueTask RememberAsync(string scope, string key, string fileId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            null,
            """
            INSERT INTO uploaded_files (scope, key, file_id, created_at) VALUES (@scope, @key, @file, @at)
            ON CONFLICT (scope, key) DO UPDATE SET file_id = excluded.file_id, created_at = excluded.created_at
            """,
            cancellationToken,
            ("scope", scope), ("key", key), ("file", fileId), ("at", time.GetUtcNow().ToMilliseconds()));
    }

    public async ValueTask ForgetAsync(string scope, string key, string staleFileId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, "DELETE FROM uploaded_files WHERE scope = @scope AND key = @key AND file_id = @stale",
            cancellationToken, ("scope", scope), ("key", key), ("stale", staleFileId));
    }
}
