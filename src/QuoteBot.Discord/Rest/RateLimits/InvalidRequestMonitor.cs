namespace QuoteBot.Discord.Rest.RateLimits;

/// <summary>
/// Counts responses Discord holds against the bot's IP (401, 403, and 429 other than <c>shared</c> scope) over
/// the last ten minutes. Discord bans an IP for a while past 10,000; the count lets the client warn long before.
/// </summary>
internal sealed class InvalidRequestMonitor(TimeProvider time)
{
    public const int Ceiling = 10_000;
    public const int WarnAt = Ceiling / 10;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly Queue<DateTimeOffset> _seen = new();
    private readonly Lock _sync = new();

    /// <summary>Records one invalid request; returns the count in the window, including it.</summary>
    public int Record()
    {
        lock (_sync)
        {
            var now = time.GetUtcNow();
            _seen.Enqueue(now);
            while (_seen.TryPeek(out var oldest) && now - oldest > Window)
            {
                _seen.Dequeue();
            }

            return _seen.Count;
        }
    }

    /// <summary>Whether a response counts toward the ceiling.</summary>
    public static bool Counts(int status, string? scope) =>
        status is 401 or 403 || (status == 429 && !string.Equals(scope, "shared", StringComparison.OrdinalIgnoreCase));
}
