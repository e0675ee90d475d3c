using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace QuoteBot.Telegram.Sending;

/// <summary>
/// Keeps outgoing messages under Telegram's limits: at most one message per <c>PerChatInterval</c> to a chat,
/// <c>GroupMessagesPerMinute</c> to a group, <c>GlobalMessagesPerSecond</c> overall. Waiting for one chat never
/// holds up another; messages to one chat go out in the order they were asked for.
/// </summary>
public sealed class ChatPacer(IOptions<TelegramOptions> options, TimeProvider time)
{
    private readonly TelegramPacingOptions _pacing = options.Value.Pacing;
    private readonly ConcurrentDictionary<long, ChatLane> _lanes = new();
    private readonly SlidingWindow _global = new(options.Value.Pacing.GlobalMessagesPerSecond, TimeSpan.FromSeconds(1));

    /// <summary>Waits for the chat's turn; dispose the result once the message is sent (or given up).</summary>
    public async ValueTask<IDisposable> WaitAsync(long chatId, CancellationToken cancellationToken)
    {
        var lane = _lanes.GetOrAdd(chatId, id => new ChatLane(id < 0 ? _pacing.GroupMessagesPerMinute : int.MaxValue));
        await lane.Gate.WaitAsync(cancellationToken);
        try
        {
            var wait = lane.NextAllowed - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            await lane.PerMinute.WaitAsync(time, cancellationToken);
            await _global.WaitAsync(time, cancellationToken);
            return new Release(lane, time, _pacing.PerChatInterval);
        }
        catch
        {
            lane.Gate.Release();
            throw;
        }
    }

    private sealed class ChatLane(int perMinute)
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public DateTimeOffset NextAllowed { get; set; } = DateTimeOffset.MinValue;
        public SlidingWindow PerMinute { get; } = new(perMinute, TimeSpan.FromMinutes(1));
    }

    /// <summary>
    /// The chat's next turn counts from when the message was sent (its answer came back), not from when its turn was
    /// given: Telegram sees the arrivals, so a message slow on the way must not let the next one in less than the
    /// interval after it.
    /// </summary>
    private sealed class Release(ChatLane lane, TimeProvider time, TimeSpan interval) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                lane.NextAllowed = time.GetUtcNow() + interval;
                lane.Gate.Release();
            }
        }
    }
}

/// <summary>At most <paramref name="limit"/> events in any window of length <paramref name="window"/>.</summary>
internal sealed class SlidingWindow(int limit, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _events = new();
    private readonly Lock _gate = new();

    public async ValueTask WaitAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        if (limit == int.MaxValue)
        {
            return;
        }

        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                while (_events.Count > 0 && now - _events.Peek() >= window)
                {
                    _events.Dequeue();
                }

                if (_events.Count < limit)
                {
                    _events.Enqueue(now);
                    return;
                }

                wait = _events.Peek() + window - now;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
