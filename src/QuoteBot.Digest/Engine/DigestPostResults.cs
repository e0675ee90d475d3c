namespace QuoteBot.Digest.Engine;

/// <summary>The <c>result</c> label of <c>quotebot_digest_posts_total</c>: how one (target, date) post ended.</summary>
public static class DigestPostResults
{
    /// <summary>The platform took the post.</summary>
    public const string Sent = "sent";

    /// <summary>Its slot was missed by more than the catch-up grace: recorded as skipped, not posted.</summary>
    public const string Skipped = "skipped";

    /// <summary>Still failing when the catch-up grace had passed: given up for that date.</summary>
    public const string Failed = "failed";

    /// <summary>The chat is gone (blocked, removed, no permission): the target was turned off.</summary>
    public const string TurnedOff = "turned_off";
}
