namespace QuoteBot.Digest.Delivery;

/// <summary>
/// Delivery records keyed by (target id, local date): claimed atomically before a send, completed after it.
/// Only the owner of a claim may complete, postpone or close it; another instance may take a claim over once its
/// lease has run out (the owner crashed), and the owner itself may take its own claim back after a restart.
/// </summary>
public interface IDeliveryLedger
{
    /// <summary>
    /// Claims the delivery for <paramref name="owner"/> until <paramref name="leaseUntil"/>: creates the record, or
    /// takes over a claim that is the owner's own or whose lease ran out (same idempotency key, one more attempt).
    /// A final record, or a claim another instance still holds, is returned unclaimed.
    /// </summary>
    ValueTask<ClaimResult> TryClaimAsync(string targetId, DateOnly localDate, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>Marks the owner's claim sent, with the chat it went to and the platform's message id.</summary>
    ValueTask<bool> CompleteAsync(DeliveryRecord claim, string chatId, string messageId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Keeps the owner's claim but lets it be retried, by anyone, from <paramref name="retryAt"/> on.</summary>
    ValueTask<bool> PostponeAsync(DeliveryRecord claim, DateTimeOffset retryAt, CancellationToken cancellationToken = default);

    /// <summary>Ends the owner's claim without a post: <see cref="DeliveryState.Gone"/> or <see cref="DeliveryState.Failed"/>.</summary>
    ValueTask<bool> CloseAsync(DeliveryRecord claim, DeliveryState state, string detail, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a missed slot as <see cref="DeliveryState.Skipped"/>, unless it was handled or another instance holds it;
    /// true when this call recorded it (so the skip is logged once, by one instance).
    /// </summary>
    ValueTask<bool> TrySkipAsync(string targetId, DateOnly localDate, string owner, string detail, DateTimeOffset now, CancellationToken cancellationToken = default);

    ValueTask<DeliveryRecord?> FindAsync(string targetId, DateOnly localDate, CancellationToken cancellationToken = default);
}
