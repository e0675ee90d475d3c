namespace QuoteBot.Core.Pacing;

/// <summary>
/// At most <paramref name="limit"/> events in any window of length <paramref name="window"/>, on the given clock: a
/// slot frees a window after it was used, and a caller over the limit waits (on <paramref name="time"/>, so tests
/// advance a fake clock) for the oldest slot to free. <see cref="int.MaxValue"/> means no limit.
/// </summary>
public class SlidingWindowLimiter(int limit, TimeSpan window, TimeProvider time)
{
    private readonly Queue<DateTimeOffset> _used = new();
    private readonly Lock _sync = new();

    /// <summary>Waits until an event may happen, then counts it.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        if (limit == int.MaxValue)
        {
            return;
        }

        while (true)
        {
            TimeSpan wait;
            lock (_sync)
            {
                var now = time.GetUtcNow();
                while (_used.TryPeek(out var oldest) && now - oldest >= window)
                {
                    _used.Dequeue();
                }

                if (_used.Count < limit)
                {
                    _used.Enqueue(now);
                    return;
                }

                wait = _used.Peek() + window - now;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
