namespace QuoteBot.Discord.Resilience;

/// <summary>
/// Doubling delays from <paramref name="initial"/> up to <paramref name="cap"/>, each jittered to between half and
/// all of its step so that many clients cut off together do not come back together.
/// </summary>
/// <param name="initial">The first step.</param>
/// <param name="cap">The largest step.</param>
/// <param name="random">Source of jitter; injected so tests can assert the exact sequence.</param>
public sealed class ExponentialBackoff(TimeSpan initial, TimeSpan cap, Random random) : IBackoff
{
    /// <summary>Gateway reconnects: 1 s doubling to 60 s.</summary>
    public static ExponentialBackoff ForGateway(Random random) => new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), random);

    /// <summary>REST retries of safe requests: 0.5 s doubling to 8 s.</summary>
    public static ExponentialBackoff ForRest(Random random) => new(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(8), random);

    /// <inheritdoc />
    public IEnumerable<TimeSpan> Delays()
    {
        var step = initial;
        while (true)
        {
            yield return step * (0.5 + (0.5 * random.NextDouble()));
            step = step >= cap / 2 ? cap : step * 2;
        }
    }
}
