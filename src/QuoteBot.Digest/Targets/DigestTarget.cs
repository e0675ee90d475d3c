namespace QuoteBot.Digest.Targets;

/// <summary>Where a target comes from.</summary>
public enum DigestTargetSource
{
    /// <summary><c>Bot:Digest:Targets</c> in the configuration: fixed for the life of the process.</summary>
    Configuration,

    /// <summary>Set by a chat admin at run time (<c>/daily set</c>), kept in the store.</summary>
    Admin,
}

/// <summary>
/// A chat or channel that receives the quote of the day. <see cref="Id"/> is <c>platform:chatId</c> of the chat the
/// target was created for and never changes, so its delivery records stay valid when the chat migrates.
/// </summary>
public sealed record DigestTarget
{
    /// <summary>Stable key of the target and of its delivery records.</summary>
    public required string Id { get; init; }

    /// <summary>Platform name as its <see cref="Delivery.IDigestSender.Platform"/> says it: <c>discord</c>, <c>telegram</c>.</summary>
    public required string Platform { get; init; }

    /// <summary>The chat or channel to post to, as the platform writes its id.</summary>
    public required string ChatId { get; init; }

    /// <summary><c>HH:mm</c> or a five-field cron expression, in <see cref="TimeZone"/>.</summary>
    public required string Schedule { get; init; }

    /// <summary>IANA time zone id; <c>UTC</c> is allowed.</summary>
    public required string TimeZone { get; init; }

    public bool Enabled { get; init; } = true;

    /// <summary>Pin the post where the platform allows it.</summary>
    public bool Pin { get; init; }

    /// <summary>Post the quote of the day as its card (a picture, the quote's words as its caption or embed text).</summary>
    public bool Card { get; init; }

    /// <summary>A thread or forum topic inside the chat to post in (Discord thread, Telegram topic).</summary>
    public string? ThreadId { get; init; }

    /// <summary><c>en</c> or <c>zh</c>; empty takes <c>Bot:DefaultLanguage</c>.</summary>
    public string? Language { get; init; }

    /// <summary>Who set it: a platform user id, or <c>configuration</c>.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>Why the target is off (turned off by an admin, the chat is gone).</summary>
    public string? DisabledReason { get; init; }

    /// <summary>Slots before this instant are never caught up: a target set at 09:00 for 08:00 first posts tomorrow.</summary>
    public DateTimeOffset? ActiveSince { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DigestTargetSource Source { get; init; } = DigestTargetSource.Admin;

    /// <summary>The id a target created for this chat gets.</summary>
    public static string IdFor(string platform, string chatId) => $"{platform}:{chatId}";
}
