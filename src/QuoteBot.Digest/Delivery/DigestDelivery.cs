using QuoteBot.Core.Replies;
using QuoteBot.Digest.Targets;

namespace QuoteBot.Digest.Delivery;

/// <summary>One post for a platform sender to make.</summary>
/// <param name="Target">The target, with its options (pin, thread).</param>
/// <param name="ChatId">Where to post: the target's chat after any migration.</param>
/// <param name="LocalDate">The date in the target's zone whose quote this is.</param>
/// <param name="DueAt">The scheduled instant.</param>
/// <param name="Reply">The quote of the day as a neutral reply, with its buttons.</param>
/// <param name="IdempotencyKey">The same for every attempt of this (target, date): Discord's nonce.</param>
/// <param name="Attempt">1 for the first try; more when retrying, e.g. after a crash between claim and send.</param>
public sealed record DigestDelivery(
    DigestTarget Target,
    string ChatId,
    DateOnly LocalDate,
    DateTimeOffset DueAt,
    Reply Reply,
    string IdempotencyKey,
    int Attempt)
{
    /// <summary>An earlier attempt may have reached the platform; a sender without deduplication may repeat this one post.</summary>
    public bool IsRetry => Attempt > 1;
}
