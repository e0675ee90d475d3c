using QuoteBot.Discord.Resilience;
using QuoteBot.Discord.Tests.Fakes;

namespace QuoteBot.Discord.Tests.Resilience;

public sealed class ExponentialBackoffTests
{
    [Fact]
    public void Delays_double_from_one_second_to_a_sixty_second_cap_with_jitter_between_half_and_all_of_each_step()
    {
        var random = new SequenceRandom(0, 1, 0.5, 0, 1, 0.5, 0, 1, 0.5);
        var backoff = ExponentialBackoff.ForGateway(random);

        var delays = backoff.Delays().Take(9).Select(d => d.TotalSeconds);

        // Steps 1, 2, 4, 8, 16, 32, 60, 60, 60; jitter 0 halves, 1 keeps, 0.5 takes three quarters.
        Assert.Equal([0.5, 2, 3, 4, 16, 24, 30, 60, 45], delays);
    }

    [Fact]
    public void Every_delay_stays_within_half_and_all_of_the_cap_once_capped()
    {
        var backoff = new ExponentialBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(7));

        var late = backoff.Delays().Skip(10).Take(100).ToList();

        Assert.All(late, d => Assert.InRange(d.TotalSeconds, 30, 60));
        Assert.True(late.Distinct().Count() > 50, "Delays are jittered, not constant.");
    }

    [Fact]
    public void Each_enumeration_starts_a_new_streak()
    {
        var backoff = ExponentialBackoff.ForGateway(new SequenceRandom(1));

        Assert.Equal(backoff.Delays().Take(3), backoff.Delays().Take(3));
        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Delays().First());
    }
}
