using QuoteBot.Discord.Gateway;
using QuoteBot.Discord.Models;
using QuoteBot.Discord.Tests.Fakes;

namespace QuoteBot.Discord.Tests.Gateway;

public sealed class IdentifyLimiterTests
{
    [Fact]
    public void Shards_sharing_a_rate_limit_key_identify_five_seconds_apart()
    {
        var time = TestTime.NewClock();
        var limiter = new IdentifyLimiter(new SessionStartLimit { Total = 1000, Remaining = 1000, ResetAfter = 3_600_000, MaxConcurrency = 2 }, time);

        var waits = Enumerable.Range(0, 6).Select(limiter.Reserve).Select(w => w.TotalSeconds);

        // Keys 0,1,0,1,0,1: two at once, then the next pair 5 s later, and so on.
        Assert.Equal([0, 0, 5, 5, 10, 10], waits);
    }

    [Fact]
    public void With_max_concurrency_one_every_identify_waits_for_the_previous_window()
    {
        var time = TestTime.NewClock();
        var limiter = new IdentifyLimiter(new SessionStartLimit { Total = 1000, Remaining = 1000, ResetAfter = 1000, MaxConcurrency = 1 }, time);

        Assert.Equal(TimeSpan.Zero, limiter.Reserve(0));
        Assert.Equal(TimeSpan.FromSeconds(5), limiter.Reserve(1));
        time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve(0));
    }

    [Fact]
    public void No_remaining_session_starts_waits_until_reset_after()
    {
        var time = TestTime.NewClock();
        var limiter = new IdentifyLimiter(new SessionStartLimit { Total = 1000, Remaining = 0, ResetAfter = 90_000, MaxConcurrency = 1 }, time);

        Assert.Equal(TimeSpan.FromSeconds(90), limiter.Reserve(0));
    }

    [Fact]
    public void The_last_remaining_start_goes_at_once_and_the_next_waits_for_the_reset()
    {
        var time = TestTime.NewClock();
        var limiter = new IdentifyLimiter(new SessionStartLimit { Total = 1000, Remaining = 1, ResetAfter = 60_000, MaxConcurrency = 16 }, time);

        Assert.Equal(TimeSpan.Zero, limiter.Reserve(0));
        Assert.Equal(TimeSpan.FromSeconds(60), limiter.Reserve(1));
    }
}
