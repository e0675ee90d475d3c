namespace QuoteBot.Discord.Rest.RateLimits;

/// <summary>
/// Keeps the bot under Discord's global limit (50 requests per second) before requests leave, and holds every
/// request back after a global 429 until its <c>retry_after</c> has passed.
/// </summary>
internal sealed class GlobalRateLimiter(TimeProvider time, int perSecond = GlobalRateLimiter.DefaultPerSecond)
{
    public const int DefaultPerSecond = 50;

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock _sync = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _used;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>Waits for a slot in the current one-second window, then takes it.</summary>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_sync)
            {
                var now = time.GetUtcNow();
                if (now < _pausedUntil)
                {
                    wait = _pausedUntil - now;
                }
                else
                {
                    if (now - _windowStart >= Window)
                    {
                        _windowStart = now;
                        _used = 0;
                    }

                    if (_used < perSecond)
                    {
                        _used++;
                        return;
                    }

                    wait = _windowStart + Window - now;
                }
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>After a global 429: nobody sends until <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(TimeSpan retryAfter)
    {
        lock (_sync)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }
}
