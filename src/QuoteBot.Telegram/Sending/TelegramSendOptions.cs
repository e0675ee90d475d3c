namespace QuoteBot.Telegram.Sending;

/// <summary>Where in the chat a message goes, and who resends it when the chat has moved.</summary>
public sealed record TelegramSendOptions
{
    /// <summary>The default: a plain message that follows a migration.</summary>
    public static TelegramSendOptions Default { get; } = new();

    /// <summary>An answer to someone in the chat: the chat's record is not consulted, no store read per reply.</summary>
    public static TelegramSendOptions Answer { get; } = new() { Answering = true };

    /// <summary>
    /// True when the message answers an update that just came from this chat (a command, a button): the chat is
    /// reachable at this id, whatever an older record says (a bot removed and added back while its
    /// <c>my_chat_member</c> update was missed), so the registry is not read. False for posts nobody asked for (the
    /// digest): a chat recorded as gone is skipped and a migrated one followed.
    /// </summary>
    public bool Answering { get; init; }

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
