namespace QuoteBot.Discord.Rest;

/// <summary>
/// Whether a request that met a server error or a timeout is sent again. Discord's 500, 502 ("gateway unavailable,
/// wait a bit and retry"), 503 and 504 are passing; other statuses are answers.
/// </summary>
internal static class ServerErrorRetries
{
    /// <summary>Retries of a safe request without a deadline.</summary>
    public const int MaxRetries = 3;

    /// <summary>A retry must leave at least this long before the deadline to have a chance of arriving before it.</summary>
    public static readonly TimeSpan LandingMargin = TimeSpan.FromMilliseconds(250);

    public static bool IsPassing(int status) => status is 500 or 502 or 503 or 504;

    /// <summary>
    /// Whether to send <paramref name="request"/> again after <paramref name="delay"/>, having retried it
    /// <paramref name="retries"/> times so far: only a request safe to repeat; with a deadline, only if the retry
    /// would leave before it (less <see cref="LandingMargin"/>), otherwise up to <see cref="MaxRetries"/> times.
    /// </summary>
    public static bool ShouldRetry(RestRequest request, int retries, DateTimeOffset now, TimeSpan delay) =>
        request.SafeToRepeat && (request.Deadline is { } deadline
            ? now + delay + LandingMargin <= deadline
            : retries < MaxRetries);
}
