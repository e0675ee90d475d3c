using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core.State;

namespace QuoteBot.Telegram.Sending;

/// <summary>
/// The <c>file_id</c>s this bot's card pictures have on Telegram, kept in <see cref="IUploadedFiles"/> (durable with
/// the store) under <c>telegram:&lt;bot id&gt;</c> — a <c>file_id</c> works only for the bot that received it, and the
/// bot id is the number its token starts with — and the picture's <see cref="Core.Replies.ICardImages.KeyOf"/>, so a changed quote,
/// style or drawing is uploaded afresh rather than sent as a stale picture.
/// </summary>
/// <remarks>
/// The store is a help, never a reason to fail a send: a read that fails is a miss (the card is uploaded), and a
/// failed write is logged and the send's result stands — a photo Telegram took must not be retried and posted twice.
/// </remarks>
public sealed partial class TelegramCardFiles(IUploadedFiles files, IOptions<TelegramOptions> options, ILogger<TelegramCardFiles> logger)
{
    /// <summary>Inline lookups run at most this many at once: up to 50 per keystroke, against a pool of connections.</summary>
    private const int ConcurrentLookups = 8;

    private readonly ConcurrentDictionary<string, Task<string?>> _uploading = new(StringComparer.Ordinal);

    /// <summary>"telegram:123456789": whose ids these are.</summary>
    public string Scope { get; } = "telegram:" + BotId(options.Value.Token);

    /// <summary>The picture's <c>file_id</c>, or null when it has none or the store cannot say (logged).</summary>
    public async ValueTask<string?> FindAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await files.FindAsync(Scope, key, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogStoreFailed(e, "read", key);
            return null;
        }
    }

    /// <summary>
    /// The <c>file_id</c>s of <paramref name="keys"/> (null where none), looked up a few at once; if the store fails,
    /// none (logged once): the caller offers text.
    /// </summary>
    public async Task<string?[]> FindAllAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var ids = new string?[keys.Count];
        try
        {
            await Parallel.ForAsync(
                0,
                keys.Count,
                new ParallelOptions { MaxDegreeOfParallelism = ConcurrentLookups, CancellationToken = cancellationToken },
                async (i, ct) => ids[i] = await files.FindAsync(Scope, keys[i], ct));
            return ids;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogStoreFailed(e, "read", $"{keys.Count} inline results");
            return new string?[keys.Count];
        }
    }

    /// <summary>Keeps <paramref name="fileId"/>; a store that fails is logged, and the picture is uploaded again next time.</summary>
    public async ValueTask RememberAsync(string key, string fileId, CancellationToken cancellationToken)
    {
        try
        {
            await files.RememberAsync(Scope, key, fileId, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogStoreFailed(e, "write", key);
        }
    }

    /// <summary>Forgets <paramref name="staleFileId"/> (only that id); a store that fails is logged, and the id tried once more next time.</summary>
    public async ValueTask ForgetAsync(string key, string staleFileId, CancellationToken cancellationToken)
    {
        try
        {
            await files.ForgetAsync(Scope, key, staleFileId, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogStoreFailed(e, "delete", key);
        }
    }

    /// <summary>
    /// Joins the upload of <paramref name="key"/> in progress, if any: <paramref name="mine"/> when the caller is the
    /// one to upload (it then calls <see cref="EndUpload"/>), else the running upload, whose result is its <c>file_id</c>
    /// or null if it failed.
    /// </summary>
    public Task<string?> JoinUpload(string key, Task<string?> mine) => _uploading.GetOrAdd(key, mine);

    /// <summary>The upload <paramref name="mine"/> of <paramref name="key"/> is over (kept first, so a later send finds its id).</summary>
    public void EndUpload(string key, Task<string?> mine) => _uploading.TryRemove(KeyValuePair.Create(key, mine));

    /// <summary>The bot's id: a token is "&lt;bot id&gt;:&lt;secret&gt;" (checked at start by the options' validation).</summary>
    private static string BotId(string? token)
    {
        var colon = token?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 ? token![..colon] : throw new InvalidOperationException("Bot:Telegram:Token has no bot id.");
    }

    [LoggerMessage(EventId = 3013, Level = LogLevel.Warning, Message = "The store of card file_ids failed to {Operation} ({Key}); the card is sent regardless")]
    private partial void LogStoreFailed(Exception exception, string operation, string key);
}
