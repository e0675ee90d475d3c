namespace QuoteBot.Core.Pacing;

/// <summary>
/// At most <paramref name="limit"/> events in any window of length <paramref name="window"/> as the far side sees them,
/// when an event reaches it some unknown time after it was started: a slot is held from when it is taken until the
/// event is reported complete (its answer came back), and frees one window after that. An event arrives between
/// its start and its completion, so the next event in the same slot starts — and arrives — more than a window after
/// it, whatever the latency. <see cref="SlidingWindowLimiter"/> counts from the start instead, which is right only
/// when the far side counts what we started (a websocket's own frames).
/// </summary>
/// <remarks>Not thread-safe: its owner serialises calls (the pacer takes its lock around them).</remarks>
public sealed class CompletionWindow(int limit, TimeSpan window, TimeProvider time)
{
    private readonly Queue<DateTimeOffset> _completed = new();
    private int _held;

    /// <summary>Slots taken and not completed yet.</summary>
    public int Held => _held;

    /// <summary>
    /// Takes a slot when one is free now. Otherwise <paramref name="freeAt"/> is when the
    /// oldest completed slot frees, or null when every slot is still held (the next completion is the next chance).
    /// </summary>
    public bool TryTake(out DateTimeOffset? freeAt)
    {
        var now = time.GetUtcNow();
        while (_completed.TryPeek(out var oldest) && now - oldest >= window)
        {
            _completed.Dequeue();
        }

        if (limit == int.MaxValue || _held + _completed.Count < limit)
        {
            _held++;
            freeAt = null;
            return true;
        }

        freeAt = _completed.TryPeek(out var first) ? first + window : null;
        return false;
    }

    /// <summary>Gives back a slot taken and not used (the event was not started): it is free at once.</summary>
    public void Return()
    {
        if (_held == 0)
        {
            throw new InvalidOperationException("Return without a slot taken.");
        }

        _held--;
    }

    /// <summary>The event of a slot taken earlier has completed (now): the slot frees a window later.</summary>
    public void Complete()
    {
        if (_held == 0)
        {
            throw new InvalidOperationException("Complete without a slot taken.");
        }

        _held--;
        if (limit != int.MaxValue)
        {
            _completed.Enqueue(time.GetUtcNow());
        }
    }
}
