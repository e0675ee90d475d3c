using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Pacing;

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
    private readonly SlidingWindowLimiter _global = new(options.Value.Pacing.GlobalMessagesPerSecond, TimeSpan.FromSeconds(1), time);

    /// <summary>Waits for the chat's turn; dispose the result once the message is sent (or given up).</summary>
    public async ValueTask<IDisposable> WaitAsync(long chatId, CancellationToken cancellationToken)
    {
        var lane = _lanes.GetOrAdd(chatId, id => new ChatLane(id < 0 ? _pacing.GroupMessagesPerMinute : int.MaxValue, time));
        await lane.Gate.WaitAsync(cancellationToken);
        try
        {
            var wait = lane.NextAllowed - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            await lane.PerMinute.WaitAsync(cancellationToken);
            await _global.WaitAsync(cancellationToken);
            return new Release(lane, time, _pacing.PerChatInterval);
        }
        catch
        {
            lane.Gate.Release();
            throw;
        }
    }

    private sealed class ChatLane(int perMinute, TimeProvider time)
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public DateTimeOffset NextAllowed { get; set; } = DateTimeOffset.MinValue;
        public SlidingWindowLimiter PerMinute { get; } = new(perMinute, TimeSpan.FromMinutes(1), time);
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
