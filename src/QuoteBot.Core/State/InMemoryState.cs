using System.Collections.Concurrent;

namespace QuoteBot.Core.State;

/// <summary>Process-local chat registry: for tests and for running without a data directory. Forgets everything on restart.</summary>
public sealed class InMemoryChatRegistry(TimeProvider time) : IChatRegistry
{
    private readonly ConcurrentDictionary<(string Platform, string ChatId), ChatRecord> _chats = new();

    public ValueTask<ChatRecord?> FindAsync(string platform, string chatId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_chats.TryGetValue((platform, chatId), out var record) ? record : null);

    public ValueTask MarkBlockedAsync(string platform, string chatId, string reason, CancellationToken cancellationToken = default)
    {
        _chats[(platform, chatId)] = new ChatRecord(platform, chatId, ChatStatus.Blocked, null, reason, time.GetUtcNow());
        return ValueTask.CompletedTask;
    }

    public ValueTask MarkActiveAsync(string platform, string chatId, CancellationToken cancellationToken = default)
    {
        _chats[(platform, chatId)] = new ChatRecord(platform, chatId, ChatStatus.Active, null, null, time.GetUtcNow());
        return ValueTask.CompletedTask;
    }

    public ValueTask MigrateAsync(string platform, string fromChatId, string toChatId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        _chats[(platform, fromChatId)] = new ChatRecord(platform, fromChatId, ChatStatus.Migrated, toChatId, "migrated", now);
        _chats.TryAdd((platform, toChatId), new ChatRecord(platform, toChatId, ChatStatus.Active, null, null, now));
        return ValueTask.CompletedTask;
    }
}

/// <summary>Process-local cursors: for tests and for running without a data directory.</summary>
public sealed class InMemoryCursorStore : ICursorStore
{
    private readonly ConcurrentDictionary<string, long> _cursors = new(StringComparer.Ordinal);

    public ValueTask<long?> GetAsync(string name, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_cursors.TryGetValue(name, out var value) ? value : (long?)null);

    public ValueTask SetAsync(string name, long value, CancellationToken cancellationToken = default)
    {
        _cursors[name] = value;
        return ValueTask.CompletedTask;
    }
}
