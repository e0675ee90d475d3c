using QuoteBot.Core.Replies;

namespace QuoteBot.Cards;

/// <summary>
/// Rendered cards (PNG bytes) per quote id and style, the least recently used dropped beyond <c>capacity</c>: a card
/// is drawn once and sent many times. A quote's text never changes while the bot runs, so the id is enough of a key.
/// </summary>
public sealed class CardCache(CardRenderer renderer, int capacity = CardCache.DefaultCapacity)
{
    /// <summary>At most about 13 MB (cards are 55–205 KB); more than the quotes a busy day asks for.</summary>
    public const int DefaultCapacity = 64;

    private readonly Lock _lock = new();
    private readonly Dictionary<(string Id, CardStyle Style), LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recency = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The card's PNG, drawn on first request. <paramref name="card"/> is the quote as built for
    /// <paramref name="style"/>'s language (its event and topic names are in it).</summary>
    public byte[] GetOrRender(QuoteCard card, CardStyle style)
    {
        var key = (card.Id, style);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                return node.Value.Png;
            }
        }

        // Drawn outside the lock: two first requests for one card may both draw it, which costs less than serializing.
        var png = renderer.Render(card, style);
        lock (_lock)
        {
            if (!_entries.ContainsKey(key))
            {
                _entries[key] = _recency.AddFirst(new Entry(key, png));
                while (_entries.Count > capacity && _recency.Last is { } oldest)
                {
                    _recency.RemoveLast();
                    _entries.Remove(oldest.Value.Key);
                }
            }
        }

        return png;
    }

    private sealed record Entry((string Id, CardStyle Style) Key, byte[] Png);
}
