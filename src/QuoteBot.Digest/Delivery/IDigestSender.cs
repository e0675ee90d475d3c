namespace QuoteBot.Digest.Delivery;

/// <summary>
/// The edge of one platform for the digest: posts a prepared delivery and says how it went. Implementations pace
/// themselves to the platform's limits (waiting is fine, a 429 is not), turn the platform's answer into a
/// <see cref="DigestSendResult"/> and never throw for a failure that concerns only this chat.
/// </summary>
public interface IDigestSender
{
    /// <summary>The platform name targets use: <c>discord</c>, <c>telegram</c>.</summary>
    string Platform { get; }

    /// <summary>
    /// Posts <see cref="DigestDelivery.Reply"/> to <see cref="DigestDelivery.ChatId"/>. Carry
    /// <see cref="DigestDelivery.IdempotencyKey"/> where the platform deduplicates (Discord: <c>nonce</c> with
    /// <c>enforce_nonce</c>), so a retry after a crash cannot post twice.
    /// </summary>
    ValueTask<DigestSendResult> SendAsync(DigestDelivery delivery, CancellationToken cancellationToken);
}
