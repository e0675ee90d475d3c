using QuoteBot.Core.Replies;

namespace QuoteBot.Cards;

/// <summary>
/// Rendered cards (PNG bytes) by <see cref="CardKey"/>, the least recently used dropped beyond <c>capacity</c> cards or
/// <c>maxBytes</c> bytes: a card is drawn once and sent many times. Requests for a card being drawn wait for that
/// drawing rather than starting their own (the first requests after a digest or a busy chat ask for the same card).
/// </summary>
public sealed class CardCache
{
    /// <summary>More than the quotes a busy day asks for.</summary>
    public const int DefaultCapacity = 64;

    /// <summary>Cards are 55–300 KB; 16 MB bounds the cache's share of the process whatever their size.</summary>
    public const long DefaultMaxBytes = 16 * 1024 * 1024;

    private readonly Func<QuoteCard, CardStyle, byte[]> _draw;
    private readonly int _capacity;
    private readonly long _maxBytes;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recency = new();
    private readonly Dictionary<string, Lazy<byte[]>> _drawing = [];
    private long _bytes;
    private int _joined;

    public CardCache(CardRenderer renderer, int capacity = DefaultCapacity, long maxBytes = DefaultMaxBytes)
        : this(renderer.Render, capacity, maxBytes)
    {
    }

    /// <summary>A cache over any drawing of cards (<see cref="CardRenderer.Render"/>; a test counts the drawings).</summary>
    public CardCache(Func<QuoteCard, CardStyle, byte[]> draw, int capacity = DefaultCapacity, long maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        _draw = draw;
        _capacity = capacity;
        _maxBytes = maxBytes;
    }

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

    /// <summary>The bytes of the cards held.</summary>
    public long Bytes
    {
        get
        {
            lock (_lock)
            {
                return _bytes;
            }
        }
    }

    /// <summary>How many requests found their card being drawn and waited for it (the single-flight test's signal).</summary>
    internal int Joined => Volatile.Read(ref _joined);

    /// <summary>The card's PNG, drawn on first request. <paramref name="card"/> is the quote as built for
    /// <paramref name="style"/>'s language (its event and topic names are in it).</summary>
    public byte[] GetOrRender(QuoteCard card, CardStyle style)
    {
        var key = CardKey.Of(card, style);
        Lazy<byte[]> drawing;
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                return node.Value.Png;
            }

            if (_drawing.TryGetValue(key, out var running))
            {
                drawing = running;
                _joined++;
            }
            else
            {
                drawing = new Lazy<byte[]>(() => _draw(card, style), LazyThreadSafetyMode.ExecutionAndPublication);
                _drawing[key] = drawing;
            }
        }

        // Drawn outside the lock, so other cards are served meanwhile; a failure reaches every waiter and is not kept.
        try
        {
            var png = drawing.Value;
            Keep(key, png);
            return png;
        }
        finally
        {
            lock (_lock)
            {
                if (_drawing.TryGetValue(key, out var current) && current == drawing)
                {
                    _drawing.Remove(key);
                }
            }
        }
    }

    private void Keep(string key, byte[] png)
    {
        lock (_lock)
        {
            if (_entries.ContainsKey(key) || png.Length > _maxBytes)
            {
                return;
            }

            _entries[key] = _recency.AddFirst(new Entry(key, png));
            _bytes += png.Length;
            while ((_entries.Count > _capacity || _bytes > _maxBytes) && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
                _bytes -= oldest.Value.Png.Length;
            }
        }
    }

    private sealed record Entry(string Key, byte[] Png);
}
