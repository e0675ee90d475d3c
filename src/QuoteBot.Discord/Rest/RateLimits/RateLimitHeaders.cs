using System.Globalization;
using System.Net.Http.Headers;

namespace QuoteBot.Discord.Rest.RateLimits;

/// <summary>The rate-limit headers of one response.</summary>
internal sealed record RateLimitHeaders(
    string? Bucket,
    int? Limit,
    int? Remaining,
    TimeSpan? ResetAfter,
    bool Global,
    string? Scope,
    TimeSpan? RetryAfter)
{
    public static RateLimitHeaders From(HttpResponseHeaders headers) => new(
        Bucket: Text(headers, "X-RateLimit-Bucket"),
        Limit: (int?)Number(headers, "X-RateLimit-Limit"),
        Remaining: (int?)Number(headers, "X-RateLimit-Remaining"),
        ResetAfter: Seconds(headers, "X-RateLimit-Reset-After"),
        Global: string.Equals(Text(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
        Scope: Text(headers, "X-RateLimit-Scope"),
        RetryAfter: Seconds(headers, "Retry-After"));

    private static string? Text(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static double? Number(HttpResponseHeaders headers, string name) =>
        double.TryParse(Text(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static TimeSpan? Seconds(HttpResponseHeaders headers, string name) =>
        Number(headers, name) is { } seconds and >= 0 ? TimeSpan.FromSeconds(seconds) : null;
}
