namespace QuoteBot.Core.Selection;

/// <summary>
/// What the bot remembers per chat: a shuffle bag per scope (all quotes, one topic) and the last quote shown,
/// so that "/context" with no id explains the quote just seen. Bounded: the least recently used chats are forgotten.
/// </summary>
public sealed class ChatMemory(int capacity = 10_000, Random? random = null)
{
    private readonly Dictionary<string, LinkedListNode<Entry>> _chats = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private readonly Random _random = random ?? new Random();
    private readonly Lock _gate = new();

    /// <summary>The next quote id from the chat's bag for <paramref name="scope"/>, drawn from <paramref name="items"/>.</summary>
    public string Next(string chatId, string scope, IReadOnlyList<string> items)
    {
        lock (_gate)
        {
            var entry = Touch(chatId);
            if (!entry.Bags.TryGetValue(scope, out var bag))
            {
                entry.Bags[scope] = bag = new ShuffleBag();
            }

            var id = bag.Next(items, _random);
            entry.LastQuoteId = id;
            return id;
        }
    }

    public void Remember(string chatId, string quoteId)
    {
        lock (_gate)
        {
            Touch(chatId).LastQuoteId = quoteId;
        }
    }

    public string? LastQuote(string chatId)
    {
        lock (_gate)
        {
            return _chats.TryGetValue(chatId, out var node) ? node.Value.LastQuoteId : null;
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _chats.Count;
            }
        }
    }

    private Entry Touch(string chatId)
    {
        if (_chats.TryGetValue(chatId, out var node))
        {
            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value;
        }

        if (_chats.Count >= capacity && _recency.Last is { } oldest)
        {
            _recency.RemoveLast();
            _chats.Remove(oldest.Value.ChatId);
        }

        node = _recency.AddFirst(new Entry(chatId));
        _chats[chatId] = node;
        return node.Value;
    }

    private sealed class Entry(string chatId)
    {
        public string ChatId { get; } = chatId;
        public Dictionary<string, ShuffleBag> Bags { get; } = new(StringComparer.Ordinal);
        public string? LastQuoteId { get; set; }
    }
}
