namespace QuoteBot.Discord.Resilience;

/// <summary>
/// The randomness behind jitter (first heartbeat, backoff, the 1–5 s wait after an invalid session), held in one
/// service so tests can replace it with a fixed sequence.
/// </summary>
/// <param name="random">The source; <see cref="System.Random.Shared"/> in production.</param>
public sealed class DiscordRandom(Random random)
{
    /// <summary>The source of random numbers.</summary>
    public Random Random { get; } = random;
}
