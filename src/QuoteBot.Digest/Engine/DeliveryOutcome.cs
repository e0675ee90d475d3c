namespace QuoteBot.Digest.Engine;

/// <summary>How one attempt at a (target, date) delivery ended, for the engine's schedule.</summary>
/// <param name="Done">Nothing more is to be done for this date (sent, skipped, gone, given up, or done by another instance).</param>
/// <param name="NotBefore">When not done: look again at this instant (a retry, or another instance's lease running out).</param>
/// <param name="Retrying">This instance postponed it, so the next attempt is a known retry rather than a resume after a crash.</param>
internal readonly record struct DeliveryOutcome(bool Done, DateTimeOffset NotBefore, bool Retrying)
{
    public static DeliveryOutcome Finished { get; } = new(true, default, false);

    public static DeliveryOutcome Wait(DateTimeOffset until, bool retrying = false) => new(false, until, retrying);
}
