using Microsoft.Extensions.Options;
using QuoteBot.Core.State;

namespace QuoteBot.Telegram.Sending;

/// <summary>
/// The <c>file_id</c>s this bot's card pictures have on Telegram, kept in <see cref="IUploadedFiles"/> (durable with
/// the store) under <c>telegram:&lt;bot id&gt;</c> — a <c>file_id</c> works only for the bot that received it, and the
/// bot id is the number its token starts with — and the picture's <see cref="Core.Replies.ICardImages.KeyOf"/>, so a changed quote,
/// style or drawing is uploaded afresh rather than sent as a stale picture.
/// </summary>
public sealed class TelegramCardFiles(IUploadedFiles files, IOptions<TelegramOptions> options)
{
    /// <summary>"telegram:123456789": whose ids these are.</summary>
    public string Scope { get; } = "telegram:" + BotId(options.Value.Token);

    public ValueTask<string?> FindAsync(string key, CancellationToken cancellationToken) => files.FindAsync(Scope, key, cancellationToken);

    public ValueTask RememberAsync(string key, string fileId, CancellationToken cancellationToken) => files.RememberAsync(Scope, key, fileId, cancellationToken);

    public ValueTask ForgetAsync(string key, CancellationToken cancellationToken) => files.ForgetAsync(Scope, key, cancellationToken);

    /// <summary>The bot's id: a token is "&lt;bot id&gt;:&lt;secret&gt;" (checked at start by the options' validation).</summary>
    private static string BotId(string? token)
    {
        var colon = token?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 ? token![..colon] : throw new InvalidOperationException("Bot:Telegram:Token has no bot id.");
    }
}
