namespace QuoteBot.Discord.Rest.RateLimits;

/// <summary>
/// One rate-limit bucket as the headers describe it: how many requests remain and when it refills.
/// Until Discord has answered once, the bucket lets requests through.
/// </summary>
internal sealed class RouteBucket(TimeProvider time)
{
    private readonly Lock _sync = new();
    private int? _limit;
    private int? _remaining;
    private DateTimeOffset? _resetAt;

    /// <summary>When the bucket was last told about by a response; old idle buckets can be dropped.</summary>
    public DateTimeOffset LastUpdated { get; private set; } = time.GetUtcNow();

    /// <summary>Waits while the bucket is empty, then takes one request from it.</summary>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_sync)
            {
                var now = time.GetUtcNow();
                if (_resetAt is { } reset && now >= reset)
                {
                    _remaining = _limit;
                    _resetAt = null;
                }

                if (_remaining is not { } remaining)
                {
                    return;
                }

                if (remaining > 0)
                {
                    _remaining = remaining - 1;
                    return;
                }

                // Empty with no known reset: a response is on its way and will say; poll gently until then.
                wait = _resetAt is { } r ? r - now : TimeSpan.FromMilliseconds(100);
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>Takes the state from a response's headers.</summary>
    public void Update(int? limit, int? remaining, TimeSpan? resetAfter)
    {
        lock (_sync)
        {
            var now = time.GetUtcNow();
            LastUpdated = now;
            _limit = limit ?? _limit;
            if (remaining is { } left)
            {
                _remaining = left;
            }

            if (resetAfter is { } after)
            {
                _resetAt = now + after;
            }
        }
    }

    /// <summary>After a bucket 429: empty until <paramref name="retryAfter"/> has passed.</summary>
    public void Exhaust(TimeSpan retryAfter)
    {
        lock (_sync)
        {
            _remaining = 0;
            _resetAt = time.GetUtcNow() + retryAfter;
        }
    }
}
