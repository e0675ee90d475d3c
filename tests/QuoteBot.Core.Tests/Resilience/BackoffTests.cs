using QuoteBot.Core.Resilience;
using QuoteBot.Testing;

namespace QuoteBot.Core.Tests.Resilience;

/// <summary>The one backoff of the bot, with the curves its callers use (Discord's gateway, the digest's retries).</summary>
public sealed class BackoffTests
{
    [Fact]
    public void Delays_double_from_one_second_to_a_sixty_second_cap_with_jitter_between_half_and_all_of_each_step()
    {
        var random = new SequenceRandom(0, 1, 0.5, 0, 1, 0.5, 0, 1, 0.5);
        var backoff = Gateway(random);

        var delays = backoff.Delays().Take(9).Select(d => d.TotalSeconds);

        // Steps 1, 2, 4, 8, 16, 32, 60, 60, 60; jitter 0 halves, 1 keeps, 0.5 takes three quarters.
        Assert.Equal([0.5, 2, 3, 4, 16, 24, 30, 60, 45], delays);
    }

    [Fact]
    public void Every_delay_stays_within_half_and_all_of_the_cap_once_capped()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(7));

        var late = backoff.Delays().Skip(10).Take(100).ToList();

        Assert.All(late, d => Assert.InRange(d.TotalSeconds, 30, 60));
        Assert.True(late.Distinct().Count() > 50, "Delays are jittered, not constant.");
    }

    [Fact]
    public void Each_enumeration_starts_a_new_streak()
    {
        var backoff = Gateway(new SequenceRandom(1));

        Assert.Equal(backoff.Delays().Take(3), backoff.Delays().Take(3));
        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Delays().First());
    }

    [Theory]
    [InlineData(0, 30)]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(5, 480)]
    [InlineData(6, 900)]
    [InlineData(1000, 900)]
    public void Without_jitter_the_steps_are_exact_and_capped(int attempt, int seconds)
    {
        // The digest's retries after a sender fault: 30 s doubling to 15 min.
        var backoff = new Backoff(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(15));

        Assert.Equal(TimeSpan.FromSeconds(seconds), backoff.Delay(attempt));
    }

    [Fact]
    public void A_delay_by_attempt_number_is_the_same_as_that_step_of_the_sequence()
    {
        var byAttempt = new Backoff(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(8), new SequenceRandom(0.25));
        var bySequence = new Backoff(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(8), new SequenceRandom(0.25));

        Assert.Equal(bySequence.Delays().Take(8), Enumerable.Range(1, 8).Select(byAttempt.Delay));
        Assert.Equal(TimeSpan.FromSeconds(5), byAttempt.Delay(20));
    }

    private static Backoff Gateway(Random random) => new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), random);
}
