using Microsoft.Extensions.Logging;

namespace QuoteBot.Digest.Engine;

/// <summary>The digest's log lines (event ids 600–649), source-generated.</summary>
internal static partial class DigestLog
{
    [LoggerMessage(EventId = 4600, Level = LogLevel.Information, Message = "Digest on: {Configured} targets from configuration plus those set by admins, instance {Instance}, catch-up grace {Grace}")]
    public static partial void Started(this ILogger logger, int configured, string instance, TimeSpan grace);

    [LoggerMessage(EventId = 4601, Level = LogLevel.Information, Message = "Digest off: Bot:Digest:Enabled is false")]
    public static partial void Disabled(this ILogger logger);

    [LoggerMessage(EventId = 4602, Level = LogLevel.Information, Message = "Digest sent to {Platform} {ChatId} for {Date} (target {Target}, quote {QuoteId}, message {MessageId})")]
    public static partial void Sent(this ILogger logger, string platform, string chatId, DateOnly date, string target, string quoteId, string messageId);

    [LoggerMessage(EventId = 4603, Level = LogLevel.Warning, Message = "Digest for {Date} to target {Target} skipped: its {DueAt:u} slot was missed by {Late}, more than the catch-up grace {Grace}")]
    public static partial void SkippedLate(this ILogger logger, string target, DateOnly date, DateTimeOffset dueAt, TimeSpan late, TimeSpan grace);

    [LoggerMessage(EventId = 4604, Level = LogLevel.Information, Message = "Digest for {Date} to target {Target} is being caught up: its {DueAt:u} slot was missed by {Late}")]
    public static partial void CatchingUp(this ILogger logger, string target, DateOnly date, DateTimeOffset dueAt, TimeSpan late);

    [LoggerMessage(EventId = 4605, Level = LogLevel.Warning, Message = "Digest for {Date} to target {Target} resumes an interrupted delivery (attempt {Attempt}) with the same idempotency key {Key}: Discord drops the repeat by its nonce; on a platform without deduplication (Telegram) at most this one message can appear twice")]
    public static partial void Resuming(this ILogger logger, string target, DateOnly date, int attempt, string key);

    [LoggerMessage(EventId = 4606, Level = LogLevel.Warning, Message = "Digest target {Target} turned off: {Platform} {ChatId} is gone ({Reason})")]
    public static partial void TargetGone(this ILogger logger, string target, string platform, string chatId, string reason);

    [LoggerMessage(EventId = 4607, Level = LogLevel.Information, Message = "Digest target {Target} follows its chat from {Platform} {FromChatId} to {ToChatId}; sending there")]
    public static partial void Migrated(this ILogger logger, string target, string platform, string fromChatId, string toChatId);

    [LoggerMessage(EventId = 4608, Level = LogLevel.Information, Message = "Digest for {Date} to target {Target} postponed until {RetryAt:u} (attempt {Attempt})")]
    public static partial void Postponed(this ILogger logger, string target, DateOnly date, DateTimeOffset retryAt, int attempt);

    [LoggerMessage(EventId = 4609, Level = LogLevel.Error, Message = "Digest for {Date} to target {Target} given up after {Attempts} attempts: {Reason}")]
    public static partial void GaveUp(this ILogger logger, string target, DateOnly date, int attempts, string reason);

    [LoggerMessage(EventId = 4610, Level = LogLevel.Warning, Message = "Digest sender for {Platform} failed on target {Target}; retrying later")]
    public static partial void SenderFailed(this ILogger logger, Exception exception, string platform, string target);

    [LoggerMessage(EventId = 4611, Level = LogLevel.Error, Message = "Digest delivery to target {Target} failed; retrying later")]
    public static partial void DeliveryFailed(this ILogger logger, Exception exception, string target);

    [LoggerMessage(EventId = 4612, Level = LogLevel.Error, Message = "Digest cycle failed; trying again in {Delay}")]
    public static partial void CycleFailed(this ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(EventId = 4613, Level = LogLevel.Warning, Message = "No digest sender for platform {Platform}: its targets wait until that platform is on")]
    public static partial void NoSender(this ILogger logger, string platform);

    [LoggerMessage(EventId = 4614, Level = LogLevel.Debug, Message = "Digest for {Date} to target {Target} is held by instance {Owner} until {LeaseUntil:u}")]
    public static partial void HeldElsewhere(this ILogger logger, string target, DateOnly date, string? owner, DateTimeOffset leaseUntil);

    [LoggerMessage(EventId = 4615, Level = LogLevel.Warning, Message = "Digest for {Date} to target {Target} was sent (message {MessageId}) after its claim passed to another instance")]
    public static partial void LostClaim(this ILogger logger, string target, DateOnly date, string messageId);

    [LoggerMessage(EventId = 4616, Level = LogLevel.Information, Message = "Digest target {Target} set by {By}: {Platform} {ChatId}, {Schedule} {TimeZone}")]
    public static partial void TargetSet(this ILogger logger, string target, string? by, string platform, string chatId, string schedule, string timeZone);

    [LoggerMessage(EventId = 4617, Level = LogLevel.Information, Message = "Digest target {Target} turned off by {By}")]
    public static partial void TargetOff(this ILogger logger, string target, string? by);
}
