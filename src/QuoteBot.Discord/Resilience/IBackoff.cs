namespace QuoteBot.Discord.Resilience;

/// <summary>
/// A sequence of delays between attempts. Each enumeration starts over, so one reconnect streak or one
/// request's retries walk their own sequence. Swappable so a test or an operator can choose another curve.
/// </summary>
public interface IBackoff
{
    /// <summary>The delays before the first, second, … retry; may be endless.</summary>
    IEnumerable<TimeSpan> Delays();
}
