namespace QuoteBot.Telegram.Receiving;

/// <summary>
/// Telegram answers getUpdates with 409 Conflict when something else takes this token's updates: another poller
/// ("terminated by other getUpdates request") or a webhook set since we started ("can't use getUpdates method while
/// webhook is active"). Neither is fixed by retrying harder, so the operator is told which it is and what to change.
/// </summary>
public static class PollingConflict
{
    public const int ErrorCode = 409;

    /// <summary>What <c>/readyz</c> says while the conflict lasts.</summary>
    public const string ReadinessDetail = "conflict with another instance";

    /// <summary>The cause, read from Telegram's description of the 409.</summary>
    public static string Cause(string description) =>
        description.Contains("webhook", StringComparison.OrdinalIgnoreCase)
            ? "a webhook is set for this token (another instance runs in webhook mode)"
            : "another instance is polling with this token";

    public const string Fix = "run one poller per token, or run every instance in webhook mode (Bot:Telegram:Mode=webhook)";
}
