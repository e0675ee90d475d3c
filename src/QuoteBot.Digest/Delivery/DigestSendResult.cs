namespace QuoteBot.Digest.Delivery;

/// <summary>What a platform sender reports for one delivery.</summary>
public abstract record DigestSendResult
{
    private DigestSendResult()
    {
    }

    /// <summary>Posted; <paramref name="MessageId"/> is the platform's id of the message.</summary>
    public sealed record Sent(string MessageId) : DigestSendResult;

    /// <summary>The chat refused for good (blocked, kicked, unknown channel, missing permission): the target is turned off.</summary>
    public sealed record TargetGone(string Reason) : DigestSendResult;

    /// <summary>The chat moved (Telegram <c>migrate_to_chat_id</c>): the target follows and the post is sent again there.</summary>
    public sealed record Migrated(string NewChatId) : DigestSendResult;

    /// <summary>Try again after <paramref name="RetryAfter"/> (rate limited, platform unavailable); nothing was posted.</summary>
    public sealed record RetryLater(TimeSpan RetryAfter) : DigestSendResult;
}
