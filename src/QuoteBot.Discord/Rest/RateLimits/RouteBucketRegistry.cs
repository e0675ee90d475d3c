using System.Collections.Concurrent;

namespace QuoteBot.Discord.Rest.RateLimits;

/// <summary>
/// Maps routes to buckets. Discord names a route's bucket in <c>X-RateLimit-Bucket</c>; routes sharing that name
/// share a limit, counted separately per top-level resource (channel, guild, webhook).
/// </summary>
internal sealed class RouteBucketRegistry(TimeProvider time)
{
    private const int PruneAbove = 2000;
    private static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RouteBucket> _buckets = new(StringComparer.Ordinal);
    private long _nextPruneTicks;

    public int Count => _buckets.Count;

    /// <summary>The bucket a request on <paramref name="route"/> counts against.</summary>
    public RouteBucket Get(RestRoute route) => IsOneShot(route) ? new RouteBucket(time) : GetOrAdd(KeyOf(route));

    /// <summary>Records what a response said about its bucket.</summary>
    public void Update(RestRoute route, RateLimitHeaders headers)
    {
        if (IsOneShot(route))
        {
            return;
        }

        if (headers.Bucket is { } hash)
        {
            _bucketOfRoute[route.RouteKey] = hash;
        }

        if (headers.Limit is null && headers.Remaining is null && headers.ResetAfter is null)
        {
            return;
        }

        GetOrAdd(KeyOf(route)).Update(headers.Limit, headers.Remaining, headers.ResetAfter);
    }

    /// <summary>
    /// An interaction callback is sent once per interaction, and every interaction has its own id: a bucket kept for
    /// it could never be used again, yet one was kept for every command answered (and each was pruned only after ten
    /// idle minutes). Its own 429, if one ever came, is still waited out by the pipeline.
    /// </summary>
    private static bool IsOneShot(RestRoute route) => route.Template.StartsWith("interactions/", StringComparison.Ordinal);

    private string KeyOf(RestRoute route)
    {
        var bucket = _bucketOfRoute.TryGetValue(route.RouteKey, out var hash) ? hash : route.RouteKey;
        return $"{bucket}:{route.MajorParameter}";
    }

    private RouteBucket GetOrAdd(string key)
    {
        // Pruning walks every bucket: above the threshold, at most once a minute rather than on every request.
        var now = time.GetUtcNow().UtcTicks;
        var next = Interlocked.Read(ref _nextPruneTicks);
        if (_buckets.Count > PruneAbove && now >= next && Interlocked.CompareExchange(ref _nextPruneTicks, now + PruneEvery.Ticks, next) == next)
        {
            Prune();
        }

        return _buckets.GetOrAdd(key, _ => new RouteBucket(time));
    }

    // One bucket per channel adds up over months; a bucket idle for minutes has long refilled.
    private void Prune()
    {
        var cutoff = time.GetUtcNow() - IdleLifetime;
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.LastUpdated < cutoff)
            {
                _buckets.TryRemove(key, out _);
            }
        }
    }
}
