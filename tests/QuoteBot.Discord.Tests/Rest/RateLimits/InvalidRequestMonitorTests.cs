using QuoteBot.Discord.Rest.RateLimits;
using QuoteBot.Discord.Tests.Fakes;

namespace QuoteBot.Discord.Tests.Rest.RateLimits;

public sealed class InvalidRequestMonitorTests
{
    [Theory]
    [InlineData(401, null, true)]
    [InlineData(403, null, true)]
    [InlineData(429, "user", true)]
    [InlineData(429, "shared", false)]
    [InlineData(404, null, false)]
    [InlineData(500, null, false)]
    public void Counts_what_discord_counts_toward_the_ban(int status, string? scope, bool counts) =>
        Assert.Equal(counts, InvalidRequestMonitor.Counts(status, scope));

    [Fact]
    public void Forgets_requests_older_than_ten_minutes()
    {
        var time = TestTime.NewClock();
        var monitor = new InvalidRequestMonitor(time);
        monitor.Record();
        monitor.Record();
        time.Advance(TimeSpan.FromMinutes(11));

        Assert.Equal(1, monitor.Record());
    }
}
