using QuoteBot.Discord.Gateway;
using QuoteBot.Discord.Tests.Fakes;

namespace QuoteBot.Discord.Tests.Gateway;

public sealed class GatewayCommandLimiterTests
{
    [Fact]
    public async Task The_121st_command_in_a_minute_waits_until_the_first_leaves_the_window()
    {
        var time = TestTime.NewClock();
        var limiter = new GatewayCommandLimiter(time);
        for (var i = 0; i < 120; i++)
        {
            Assert.True(limiter.WaitAsync(CancellationToken.None).AsTask().IsCompletedSuccessfully);
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        var blocked = limiter.WaitAsync(CancellationToken.None).AsTask();
        Assert.False(blocked.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(47.9));
        await Task.Delay(20);
        Assert.False(blocked.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));
        await blocked.WithGuard();
    }
}
