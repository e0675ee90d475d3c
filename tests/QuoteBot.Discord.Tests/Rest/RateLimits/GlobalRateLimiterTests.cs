using QuoteBot.Discord.Rest.RateLimits;
using QuoteBot.Discord.Tests.Fakes;

namespace QuoteBot.Discord.Tests.Rest.RateLimits;

public sealed class GlobalRateLimiterTests
{
    [Fact]
    public async Task Fifty_requests_pass_in_a_second_and_the_fifty_first_waits_for_the_next()
    {
        var time = TestTime.NewClock();
        var limiter = new GlobalRateLimiter(time);
        for (var i = 0; i < 50; i++)
        {
            Assert.True(limiter.AcquireAsync(CancellationToken.None).AsTask().IsCompletedSuccessfully);
        }

        var blocked = limiter.AcquireAsync(CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(999));
        await Task.Delay(20);
        Assert.False(blocked.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await blocked.WithGuard();
    }

    [Fact]
    public async Task A_pause_after_a_global_429_holds_every_request_until_it_ends()
    {
        var time = TestTime.NewClock();
        var limiter = new GlobalRateLimiter(time);

        limiter.Pause(TimeSpan.FromSeconds(2));
        var blocked = limiter.AcquireAsync(CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromSeconds(1.9));
        await Task.Delay(20);
        Assert.False(blocked.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));
        await blocked.WithGuard();
    }
}
