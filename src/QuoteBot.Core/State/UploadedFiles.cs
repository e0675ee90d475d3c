using System.Collections.Concurrent;

namespace QuoteBot.Core.State;

/// <summary>
/// The ids a platform gave the pictures the bot uploaded (Telegram's <c>file_id</c>), so that each picture goes up
/// once per bot and is sent by its id after that, across restarts when the store is durable. <c>scope</c> names whose
/// ids they are (<c>telegram:&lt;bot id&gt;</c>: a <c>file_id</c> is only valid for the bot that got it); <c>key</c> is
/// <see cref="Replies.ICardImages.KeyOf"/>.
/// </summary>
public interface IUploadedFiles
{
    ValueTask<string?> FindAsync(string scope, string key, CancellationToken cancellationToken = default);

    ValueTask RememberAsync(string scope, string key, string fileId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The platform no longer takes <paramref name="staleFileId"/> (it answered "wrong file identifier"): upload again
    /// next time. Only that id is forgotten: a fresh one another send kept meanwhile stays.
    /// </summary>
    ValueTask ForgetAsync(string scope, string key, string staleFileId, CancellationToken cancellationToken = default);
}

/// <summary>Process-local upload ids: for tests and for running without a data directory.</summary>
public sealed class InMemoryUploadedFiles : IUploadedFiles
{
    private readonly ConcurrentDictionary<(string Scope, string Key), string> _ids = new();

    public ValueTask<string?> FindAsync(string scope, string key, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_ids.TryGetValue((scope, key), out var id) ? id : null);

    public ValueTask RememberAsync(string scope, string key, string fileId, CancellationToken cancellationToken = default)
    {
        _ids[(scope, key)] = fileId;
        return ValueTask.CompletedTask;
    }

    public ValueTask ForgetAsync(string scope, string key, string staleFileId, CancellationToken cancellationToken = default)
    {
        _ids.TryRemove(KeyValuePair.Create((scope, key), staleFileId));
        return ValueTask.CompletedTask;
    }
}
