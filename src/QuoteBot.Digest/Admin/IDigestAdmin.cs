using QuoteBot.Core.Replies;

namespace QuoteBot.Digest.Admin;

/// <summary>
/// What the platforms' <c>/daily</c> commands call, after they have checked that the user is an admin of the chat
/// (Discord: Manage Server; Telegram: <c>getChatMember</c>). Answers are neutral: the platform words and renders them.
/// </summary>
public interface IDigestAdmin
{
    /// <summary>
    /// <c>/daily set</c>: posts the quote of the day to the chat on <see cref="DigestSetRequest.Schedule"/> in
    /// <see cref="DigestSetRequest.TimeZone"/>, replacing any earlier setting of the chat. A bad schedule or an unknown
    /// zone is refused with the reason and, for a zone, the closest ids.
    /// </summary>
    ValueTask<DigestSetResult> SetAsync(DigestSetRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>/daily off</c>: no more posts to the chat. The status after the change.</summary>
    ValueTask<DigestStatus> OffAsync(string platform, string chatId, string? by, CancellationToken cancellationToken = default);

    /// <summary><c>/daily status</c>: the chat's setting and when it next posts.</summary>
    ValueTask<DigestStatus> StatusAsync(string platform, string chatId, CancellationToken cancellationToken = default);

    /// <summary><c>/daily preview</c>: the post as it will look at the chat's next slot (or today's, if it has none).</summary>
    ValueTask<DigestPreview> PreviewAsync(string platform, string chatId, CancellationToken cancellationToken = default);
}

/// <summary>A <c>/daily set</c> from a chat admin.</summary>
/// <param name="Platform"><c>discord</c> or <c>telegram</c>.</param>
/// <param name="ChatId">The channel or chat to post to.</param>
/// <param name="Schedule"><c>HH:mm</c> or a five-field cron expression.</param>
/// <param name="TimeZone">IANA id; any letter case.</param>
/// <param name="By">The admin's platform user id, for the record and the logs.</param>
public sealed record DigestSetRequest(string Platform, string ChatId, string Schedule, string TimeZone, string? By)
{
    public bool Pin { get; init; }

    /// <summary>Post the quote's card (a picture, the quote's words as its caption) instead of the text.</summary>
    public bool Card { get; init; }

    public string? ThreadId { get; init; }

    /// <summary><c>en</c> or <c>zh</c>; empty takes <c>Bot:DefaultLanguage</c>.</summary>
    public string? Language { get; init; }
}

/// <summary>Why a <c>/daily set</c> was refused.</summary>
public enum DigestSetError
{
    None,
    InvalidSchedule,
    UnknownTimeZone,
    InvalidLanguage,
}

/// <summary>The outcome of <see cref="IDigestAdmin.SetAsync"/>: the new status, or the error with a one-line message and zone suggestions.</summary>
public sealed record DigestSetResult(DigestStatus? Status, DigestSetError Error, string? Message, IReadOnlyList<string> Suggestions)
{
    public bool Succeeded => Error == DigestSetError.None;
}

/// <summary>
/// A chat's digest. <see cref="NextPostAt"/> is an instant (Discord renders it as <c>&lt;t:unix:F&gt;</c> so every reader
/// sees their own zone); <see cref="NextPostLocal"/> is the same in the target's zone, for platforms that show text.
/// </summary>
public sealed record DigestStatus(
    string Platform,
    string ChatId,
    bool Configured,
    bool Enabled,
    string? Schedule,
    string? TimeZone,
    DateTimeOffset? NextPostAt,
    DateTimeOffset? NextPostLocal,
    string? DisabledReason,
    DateOnly? LastPostDate,
    string? LastMessageId)
{
    /// <summary>Each post is pinned where the platform allows it.</summary>
    public bool Pin { get; init; }

    /// <summary>Each post is the quote's card.</summary>
    public bool Card { get; init; }
}

/// <summary>The post a chat will get on <see cref="LocalDate"/>.</summary>
public sealed record DigestPreview(Reply Reply, DateOnly LocalDate, DateTimeOffset? PostAt);
