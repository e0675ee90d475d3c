namespace QuoteBot.Telegram.Sending;

/// <summary>Where in the chat a message goes, and who resends it when the chat has moved.</summary>
public sealed record TelegramSendOptions
{
    /// <summary>The default: a plain message that follows a migration.</summary>
    public static TelegramSendOptions Default { get; } = new();

    /// <summary>The message this one answers (sent even if that message is gone).</summary>
    public int? ReplyTo { get; init; }

    /// <summary>The forum topic of a supergroup to post in (<c>message_thread_id</c>); none is the chat's main thread.</summary>
    public int? MessageThreadId { get; init; }

    /// <summary>
    /// True: on <c>migrate_to_chat_id</c> the message is resent at the new id. False: the send reports
    /// <see cref="TelegramSendStatus.Migrated"/> and the caller resends, for a caller that must move its own records
    /// first (the digest moves its target, then posts there).
    /// </summary>
    public bool FollowMigration { get; init; } = true;
}
