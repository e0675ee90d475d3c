using System.Data.Common;
using QuoteBot.Core.State;
using QuoteBot.Storage.Database;

namespace QuoteBot.Storage.Stores;

/// <summary>The durable <see cref="IChatRegistry"/>; a migration moves the chat's digest targets in the same transaction.</summary>
internal sealed class SqlChatRegistry(StateDatabase database, TimeProvider time) : IChatRegistry
{
    private const string Upsert = """
        INSERT INTO chats (platform, chat_id, status, migrated_to, reason, updated_at)
        VALUES (@platform, @chat, @status, @to, @reason, @at)
        ON CONFLICT (platform, chat_id) DO UPDATE SET
            status = excluded.status, migrated_to = excluded.migrated_to, reason = excluded.reason, updated_at = excluded.updated_at
        """;

    public async ValueTask<ChatRecord?> FindAsync(string platform, string chatId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            null,
            "SELECT platform, chat_id, status, migrated_to, reason, updated_at FROM chats WHERE platform = @platform AND chat_id = @chat",
            Read,
            cancellationToken,
            ("platform", platform),
            ("chat", chatId));
        return rows.FirstOrDefault();
    }

    public ValueTask MarkBlockedAsync(string platform, string chatId, string reason, CancellationToken cancellationToken = default) =>
        SetAsync(platform, chatId, ChatStatus.Blocked, null, reason, cancellationToken);

    public ValueTask MarkActiveAsync(string platform, string chatId, CancellationToken cancellationToken = default) =>
        SetAsync(platform, chatId, ChatStatus.Active, null, null, cancellationToken);

    public async ValueTask MigrateAsync(string platform, string fromChatId, string toChatId, CancellationToken cancellationToken = default)
    {
        var at = time.GetUtcNow().ToMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(transaction, Upsert, cancellationToken,
            ("platform", platform), ("chat", fromChatId), ("status", Text(ChatStatus.Migrated)), ("to", toChatId), ("reason", "migrated"), ("at", at));
        await connection.ExecuteAsync(transaction,
            "INSERT INTO chats (platform, chat_id, status, migrated_to, reason, updated_at) VALUES (@platform, @chat, @status, NULL, NULL, @at) ON CONFLICT (platform, chat_id) DO NOTHING",
            cancellationToken, ("platform", platform), ("chat", toChatId), ("status", Text(ChatStatus.Active)), ("at", at));
        // The targets follow the chat, keeping their ids and so their delivery records: the day's post is not repeated.
        // A target already set in the new chat wins over the old chat's.
        await connection.ExecuteAsync(transaction,
            """
            UPDATE digest_targets SET chat_id = @to, updated_at = @at
            WHERE platform = @platform AND chat_id = @from
              AND NOT EXISTS (SELECT 1 FROM digest_targets t WHERE t.platform = @platform AND t.chat_id = @to)
            """,
            cancellationToken, ("platform", platform), ("from", fromChatId), ("to", toChatId), ("at", at));
        await connection.ExecuteAsync(transaction, "DELETE FROM digest_targets WHERE platform = @platform AND chat_id = @from",
            cancellationToken, ("platform", platform), ("from", fromChatId));
        await transaction.CommitAsync(cancellationToken);
    }

    private async ValueTask SetAsync(string platform, string chatId, ChatStatus status, string? migratedTo, string? reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, Upsert, cancellationToken,
            ("platform", platform), ("chat", chatId), ("status", Text(status)), ("to", migratedTo), ("reason", reason), ("at", time.GetUtcNow().ToMilliseconds()));
    }

    private static ChatRecord Read(DbDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetString(2) switch
        {
            "blocked" => ChatStatus.Blocked,
            "migrated" => ChatStatus.Migrated,
            _ => ChatStatus.Active,
        },
        r.NullableString(3),
        r.NullableString(4),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(5)));

    private static string Text(ChatStatus status) => status switch
    {
        ChatStatus.Blocked => "blocked",
        ChatStatus.Migrated => "migrated",
        _ => "active",
    };
}
