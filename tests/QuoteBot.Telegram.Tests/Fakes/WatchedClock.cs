using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace QuoteBot.Telegram.Tests.Fakes;

/// <summary>
/// A fake clock that also shows what is waiting on it: every timer not yet fired, cancelled or disposed, by the instant
/// it goes off. A test can then wait for the bot's own decision to hold something back (a pacer's turn, a
/// <c>retry_after</c>, the digest's next slot) instead of waiting some real time and finding that nothing happened.
/// </summary>
public sealed class WatchedClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly ConcurrentDictionary<object, DateTimeOffset> _waiting = new();

    /// <summary>Whether something waits on this clock for an instant that <paramref name="wakesAt"/> accepts.</summary>
    public bool IsWaiting(Func<DateTimeOffset, bool> wakesAt) => _waiting.Values.Any(wakesAt);

    /// <summary>
    /// Whether something waits on this clock for <paramref name="earliest"/> or less than a second after it: the
    /// slack lets a pacer keep a margin without the test knowing its size, and is short of anything that waits longer.
    /// </summary>
    public bool IsWaitingFor(DateTimeOffset earliest) => IsWaiting(at => at >= earliest && at < earliest + TimeSpan.FromSeconds(1));

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var key = new object();
        Track(key, dueTime);
        var timer = base.CreateTimer(
            s =>
            {
                Track(key, period);
                callback(s);
            },
            state,
            dueTime,
            period);
        return new Watched(timer, this, key);
    }

    private void Track(object key, TimeSpan due)
    {
        if (due == Timeout.InfiniteTimeSpan)
        {
            _waiting.TryRemove(key, out _);
        }
        else
        {
            _waiting[key] = GetUtcNow() + due;
        }
    }

    private sealed class Watched(ITimer timer, WatchedClock clock, object key) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            clock.Track(key, dueTime);
            return timer.Change(dueTime, period);
        }

        public void Dispose()
        {
            clock.Track(key, Timeout.InfiniteTimeSpan);
            timer.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            clock.Track(key, Timeout.InfiniteTimeSpan);
            return timer.DisposeAsync();
        }
    }
}
