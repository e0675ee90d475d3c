using System.Net.Http.Headers;
using QuoteBot.Discord.Rest;
using QuoteBot.Discord.Rest.RateLimits;
using QuoteBot.Discord.Tests.Fakes;

namespace QuoteBot.Discord.Tests.Rest.RateLimits;

public sealed class RouteBucketRegistryTests
{
    private static readonly RateLimitHeaders Empty = new("shared-hash", 5, 0, TimeSpan.FromSeconds(10), false, null, null);

    [Fact]
    public void Routes_named_into_one_bucket_share_it_per_top_level_resource()
    {
        var registry = new RouteBucketRegistry(TestTime.NewClock());
        var post = RestRoute.Create(HttpMethod.Post, "channels/{channel}/messages", "1");
        var samePostOtherChannel = RestRoute.Create(HttpMethod.Post, "channels/{channel}/messages", "2");

        registry.Update(post, Empty);

        Assert.Same(registry.Get(post), registry.Get(RestRoute.Create(HttpMethod.Post, "channels/{channel}/messages", "1")));
        Assert.NotSame(registry.Get(post), registry.Get(samePostOtherChannel));
        Assert.False(registry.Get(post).AcquireAsync(CancellationToken.None).AsTask().IsCompleted);
        Assert.True(registry.Get(samePostOtherChannel).AcquireAsync(CancellationToken.None).AsTask().IsCompletedSuccessfully);
    }

    [Fact]
    public void Interaction_callbacks_keep_no_bucket_since_each_interaction_answers_once()
    {
        var registry = new RouteBucketRegistry(TestTime.NewClock());
        for (var i = 0; i < 5_000; i++)
        {
            var callback = RestRoute.Create(HttpMethod.Post, "interactions/{interaction}/{token}/callback", (1_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), "token");
            Assert.True(registry.Get(callback).AcquireAsync(CancellationToken.None).AsTask().IsCompletedSuccessfully);
            registry.Update(callback, Empty);
        }

        Assert.Equal(0, registry.Count);
    }

    [Fact]
    public void Headers_are_read_including_fractional_reset_and_global_flag()
    {
        using var response = new HttpResponseMessage();
        HttpResponseHeaders headers = response.Headers;
        headers.Add("X-RateLimit-Bucket", "abcd1234");
        headers.Add("X-RateLimit-Limit", "5");
        headers.Add("X-RateLimit-Remaining", "0");
        headers.Add("X-RateLimit-Reset-After", "64.57");
        headers.Add("X-RateLimit-Global", "true");
        headers.Add("X-RateLimit-Scope", "global");
        headers.Add("Retry-After", "65");

        var parsed = RateLimitHeaders.From(headers);

        Assert.Equal(new RateLimitHeaders("abcd1234", 5, 0, TimeSpan.FromSeconds(64.57), true, "global", TimeSpan.FromSeconds(65)), parsed);
    }
}
