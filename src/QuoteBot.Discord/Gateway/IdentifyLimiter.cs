using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Gateway;

/// <summary>
/// Spaces Identify calls as <c>session_start_limit</c> allows: at most <c>max_concurrency</c> at once, one per
/// rate-limit key (<c>shard_id % max_concurrency</c>) every 5 seconds, and none once the day's
/// <c>remaining</c> starts are spent until <c>reset_after</c>. Shared by every shard of the process.
/// Each call reserves the next free slot, so shards go in the order they ask.
/// </summary>
internal sealed class IdentifyLimiter
{
    public static readonly TimeSpan ConcurrencyWindow = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private readonly TimeProvider _time;
    private readonly int _total;
    private readonly int _maxConcurrency;
    private readonly Dictionary<int, DateTimeOffset> _nextSlot = [];
    private readonly Lock _sync = new();
    private int _remaining;
    private DateTimeOffset _resetAt;

    public IdentifyLimiter(SessionStartLimit limit, TimeProvider time)
    {
        _time = time;
        _total = Math.Max(1, limit.Total);
        _maxConcurrency = Math.Max(1, limit.MaxConcurrency);
        _remaining = limit.Remaining;
        _resetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
    }

    /// <summary>How long <paramref name="shardId"/> must wait before it may identify; the slot is reserved.</summary>
    public TimeSpan Reserve(int shardId)
    {
        lock (_sync)
        {
            var now = _time.GetUtcNow();
            if (now >= _resetAt)
            {
                _remaining = _total;
                _resetAt = now + Day;
            }

            var slot = now;
            if (_remaining <= 0)
            {
                slot = _resetAt;
                _remaining = _total;
                _resetAt += Day;
            }

            _remaining--;
            var key = shardId % _maxConcurrency;
            if (_nextSlot.TryGetValue(key, out var next) && next > slot)
            {
                slot = next;
            }

            _nextSlot[key] = slot + ConcurrencyWindow;
            return slot - now;
        }
    }

    /// <summary>Reserves a slot and waits for it.</summary>
    public async Task WaitAsync(int shardId, CancellationToken cancellationToken)
    {
        var wait = Reserve(shardId);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
    }
}
