namespace QuoteBot.Digest.Delivery;

/// <summary>Where one (target, local date) delivery stands.</summary>
public enum DeliveryState
{
    /// <summary>An instance has claimed it and is sending (or was, and crashed: the lease says until when it is its own).</summary>
    Claimed,

    /// <summary>Posted; the record holds the platform's message id.</summary>
    Sent,

    /// <summary>Missed by more than the catch-up grace; never posted.</summary>
    Skipped,

    /// <summary>The chat refused for good (blocked, kicked, deleted, no permission); the target was turned off.</summary>
    Gone,

    /// <summary>Retries ran past the catch-up grace; given up.</summary>
    Failed,
}

/// <summary>
/// The delivery record of one target and local date: the unit of exactly-once. <see cref="IdempotencyKey"/> is made
/// once, when the record is first claimed, and every retry of the same post carries it (Discord's nonce).
/// </summary>
public sealed record DeliveryRecord(
    string TargetId,
    DateOnly LocalDate,
    DeliveryState State,
    string IdempotencyKey,
    string? Owner,
    DateTimeOffset? LeaseUntil,
    int Attempts,
    string? ChatId,
    string? MessageId,
    string? Detail,
    DateTimeOffset? CompletedAt)
{
    /// <summary>Nothing more will be sent for this record.</summary>
    public bool IsFinal => State != DeliveryState.Claimed;
}

/// <summary>The answer to a claim: <see cref="Claimed"/> when this instance may send now; the record as it stands either way.</summary>
public sealed record ClaimResult(bool Claimed, DeliveryRecord Record);
