namespace QuoteBot.Telegram.Sending;

/// <summary>How a send ended.</summary>
public enum TelegramSendStatus
{
    /// <summary>Delivered; <see cref="TelegramSendResult.MessageId"/> is set, and <see cref="TelegramSendResult.ChatId"/> is where (the new id after a migration).</summary>
    Sent,

    /// <summary>The chat refuses the bot (blocked, kicked, not found): recorded, and nothing is sent to it again.</summary>
    ChatGone,

    /// <summary>Given up after retries, or refused as a bad request: logged.</summary>
    Failed,

    /// <summary>
    /// The group became a supergroup and the caller asked not to follow (<see cref="TelegramSendOptions.FollowMigration"/>):
    /// the move is recorded, nothing was sent, and <see cref="TelegramSendResult.ChatId"/> is the new id.
    /// </summary>
    Migrated,
}

/// <summary>How a send ended; a refusal carries Telegram's error code and description (<see cref="Reason"/>).</summary>
public sealed record TelegramSendResult(TelegramSendStatus Status, long ChatId, int? MessageId = null, string? Reason = null, int? ErrorCode = null);
