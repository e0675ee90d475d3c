using QuoteBot.Core.Localization;

namespace QuoteBot.Digest.Daily;

/// <summary>Who asked, as the platform found out from its own API.</summary>
public enum DailyAsker
{
    /// <summary>May change the chat's daily quote (a chat admin, Manage Server on Discord, the user of a private chat).</summary>
    Admin,

    /// <summary>May not.</summary>
    NotAdmin,

    /// <summary>The platform could not tell (its admin lookup failed).</summary>
    Unknown,

    /// <summary>Asked where the platform has no chat to post in (Discord: outside a server).</summary>
    OutsideChat,
}

/// <summary>
/// One <c>/daily</c>, read by a platform from its update: the chat it is about, what it asks, who asked and in what
/// language they read. The rest is how the platform names things in a reply; everything else is decided by
/// <see cref="DailyHandler"/>.
/// </summary>
public sealed record DailyRequest(string Platform, string ChatId, DailyArguments Arguments, DailyAsker Asker, UiLanguage Language)
{
    /// <summary>Who asked, for the target's record and the logs.</summary>
    public string? By { get; init; }

    /// <summary>The thread or forum topic asked from, where a post set from there goes.</summary>
    public string? ThreadId { get; init; }

    /// <summary>How the platform names the chat in a reply (Discord's <c>&lt;#id&gt;</c>); null for the chat asked from.</summary>
    public string? ChatMention { get; init; }

    /// <summary>The permission that makes an admin on this platform, named in a refusal; null for "the chat's admins".</summary>
    public string? AdminPermission { get; init; }

    /// <summary>
    /// The permission the bot lacks in the chat to upload pictures, named in the refusal of a target with cards; null
    /// when it has it or the platform cannot tell.
    /// </summary>
    public string? MissingCardPermission { get; init; }

    /// <summary>How to set the daily quote on this platform (<c>/daily set</c>); null for the text form <c>/daily 08:00 Asia/Shanghai</c>.</summary>
    public string? SetCommand { get; init; }

    /// <summary>
    /// How the platform shows an instant so that each reader sees it in their own zone (Discord's <c>&lt;t:…:F&gt;</c>);
    /// null to show the local time in the target's zone.
    /// </summary>
    public Func<DateTimeOffset, string>? ShowInstant { get; init; }
}
