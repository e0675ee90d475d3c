namespace QuoteBot.Core.State;

/// <summary>Whether the bot may post to a chat.</summary>
public enum ChatStatus
{
    /// <summary>Posting is allowed.</summary>
    Active,

    /// <summary>The platform refused for good (blocked, kicked, chat not found, no permission): do not post again.</summary>
    Blocked,

    /// <summary>The chat moved to <see cref="ChatRecord.MigratedTo"/> (a Telegram group that became a supergroup).</summary>
    Migrated,
}

/// <summary>What is known about one chat on one platform.</summary>
public sealed record ChatRecord(string Platform, string ChatId, ChatStatus Status, string? MigratedTo, string? Reason, DateTimeOffset UpdatedAt);

/// <summary>
/// Records chats the bot must stop posting to, and chats that moved to a new id. Shared by the platforms' senders
/// and the daily digest; durable in the configured store.
/// </summary>
public interface IChatRegistry
{
    ValueTask<ChatRecord?> FindAsync(string platform, string chatId, CancellationToken cancellationToken = default);

    /// <summary>Stop posting to this chat; <paramref name="reason"/> says why, for the logs and the admins.</summary>
    ValueTask MarkBlockedAsync(string platform, string chatId, string reason, CancellationToken cancellationToken = default);

    /// <summary>Posting is allowed again (the bot was added back to the chat).</summary>
    ValueTask MarkActiveAsync(string platform, string chatId, CancellationToken cancellationToken = default);

    /// <summary>Moves everything kept for <paramref name="fromChatId"/> (digest targets included) to <paramref name="toChatId"/>.</summary>
    ValueTask MigrateAsync(string platform, string fromChatId, string toChatId, CancellationToken cancellationToken = default);
}

/// <summary>Durable named positions, such as the Telegram update offset, so a restart neither repeats nor skips work.</summary>
public interface ICursorStore
{
    ValueTask<long?> GetAsync(string name, CancellationToken cancellationToken = default);

    ValueTask SetAsync(string name, long value, CancellationToken cancellationToken = default);
}
