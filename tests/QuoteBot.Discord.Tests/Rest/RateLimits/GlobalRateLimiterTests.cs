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

        await time.AssertHeldUntilAsync(limiter.AcquireAsync(CancellationToken.None).AsTask(), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_pause_after_a_global_429_holds_every_request_until_it_ends()
    {
        var time = TestTime.NewClock();
        var limiter = new GlobalRateLimiter(time);

        limiter.Pause(TimeSpan.FromSeconds(2));
        await time.AssertHeldUntilAsync(limiter.AcquireAsync(CancellationToken.None).AsTask(), TimeSpan.FromSeconds(2));
    }
}
