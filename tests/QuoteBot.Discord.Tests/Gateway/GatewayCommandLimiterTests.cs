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

        // The first command went out 12 s ago (120 × 100 ms): its slot frees 48 s from now.
        await time.AssertHeldUntilAsync(limiter.WaitAsync(CancellationToken.None).AsTask(), TimeSpan.FromSeconds(48));
    }
}
