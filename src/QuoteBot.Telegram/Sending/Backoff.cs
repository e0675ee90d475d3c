namespace QuoteBot.Telegram.Sending;

/// <summary>Capped exponential backoff with full jitter; the randomness is injected so tests can pin it.</summary>
public sealed class Backoff(TimeSpan initial, TimeSpan cap, Random random)
{
    public static Backoff Default(Random? random = null) => new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), random ?? Random.Shared);

    /// <summary>The delay before retry number <paramref name="attempt"/> (1-based): uniform in [ceiling/2, ceiling], ceiling = initial·2^(attempt−1), capped.</summary>
    public TimeSpan Delay(int attempt)
    {
        var ceiling = Math.Min(cap.TotalMilliseconds, initial.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30)));
        double jitter;
        lock (random)
        {
            jitter = random.NextDouble();
        }

        return TimeSpan.FromMilliseconds((ceiling / 2) + (jitter * ceiling / 2));
    }
}
