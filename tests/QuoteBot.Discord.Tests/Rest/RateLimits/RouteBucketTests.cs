using QuoteBot.Discord.Rest.RateLimits;
using QuoteBot.Discord.Tests.Fakes;

namespace QuoteBot.Discord.Tests.Rest.RateLimits;

public sealed class RouteBucketTests
{
    [Fact]
    public void An_unknown_bucket_lets_requests_through()
    {
        var bucket = new RouteBucket(TestTime.NewClock());

        for (var i = 0; i < 10; i++)
        {
            Assert.True(bucket.AcquireAsync(CancellationToken.None).AsTask().IsCompletedSuccessfully);
        }
    }

    [Fact]
    public async Task An_empty_bucket_waits_for_its_reset_then_refills_to_the_limit()
    {
        var time = TestTime.NewClock();
        var bucket = new RouteBucket(time);
        bucket.Update(limit: 2, remaining: 0, resetAfter: TimeSpan.FromSeconds(1));

        await time.AssertHeldUntilAsync(bucket.AcquireAsync(CancellationToken.None).AsTask(), TimeSpan.FromSeconds(1));

        Assert.True(bucket.AcquireAsync(CancellationToken.None).AsTask().IsCompletedSuccessfully);
        Assert.False(bucket.AcquireAsync(CancellationToken.None).AsTask().IsCompleted);
    }

    [Fact]
    public async Task Exhausting_after_a_429_blocks_until_retry_after()
    {
        var time = TestTime.NewClock();
        var bucket = new RouteBucket(time);
        bucket.Exhaust(TimeSpan.FromSeconds(4));

        await time.AssertHeldUntilAsync(bucket.AcquireAsync(CancellationToken.None).AsTask(), TimeSpan.FromSeconds(4));
    }
}
