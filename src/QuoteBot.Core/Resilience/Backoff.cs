namespace QuoteBot.Core.Resilience;

/// <summary>
/// Delays between attempts: <paramref name="initial"/> doubling per attempt up to <paramref name="cap"/>. With a
/// <paramref name="jitter"/> source each delay is drawn between half and all of its step, so that many clients cut off
/// together do not come back together; without one the steps are exact (retries scheduled far apart, where a spread
/// gains nothing and an operator reads the delay off the log). The randomness is injected so tests can pin the sequence.
/// </summary>
/// <param name="initial">The first step.</param>
/// <param name="cap">The largest step.</param>
/// <param name="jitter">Source of jitter; null for exact steps.</param>
public sealed class Backoff(TimeSpan initial, TimeSpan cap, Random? jitter = null)
{
    /// <summary>Doubling is stopped here: any cap is reached long before, and the arithmetic cannot overflow.</summary>
    private const int MaxDoublings = 30;

    /// <summary>The delay before retry number <paramref name="attempt"/> (1-based; below 1 counts as 1).</summary>
    public TimeSpan Delay(int attempt)
    {
        var ceiling = TimeSpan.FromTicks((long)Math.Min(cap.Ticks, initial.Ticks * Math.Pow(2, Math.Clamp(attempt - 1, 0, MaxDoublings))));
        if (jitter is null)
        {
            return ceiling;
        }

        double draw;
        lock (jitter)
        {
            draw = jitter.NextDouble();
        }

        return ceiling * (0.5 + (0.5 * draw));
    }

    /// <summary>The delays before the first, second, … retry, endless; each enumeration starts a new streak.</summary>
    public IEnumerable<TimeSpan> Delays()
    {
        for (var attempt = 1; ; attempt++)
        {
            yield return Delay(attempt);
        }
    }
}
