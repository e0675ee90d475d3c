using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Resilience;
using QuoteBot.Core;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Localization;
using QuoteBot.Digest.Delivery;
using QuoteBot.Telegram.Rendering;
using QuoteBot.Telegram.Sending;

namespace QuoteBot.Telegram.Digest;

/// <summary>
/// The digest's Telegram edge: renders the quote of the day as Telegram HTML in the target's language and sends it
/// through <see cref="TelegramSender"/> — for a target with cards, as the card's photo (<see cref="TelegramCardSender"/>:
/// uploaded once, then by its <c>file_id</c>) captioned with that HTML where it fits, falling back to the text post
/// when the card cannot be drawn — so the pacing and the handling of 429, 403, chat-not-found, migrations and
/// 5xx are the same as for every other message. The answer is translated for the engine: a refusing chat turns the
/// target off, a migrated group is handed back as <see cref="DigestSendResult.Migrated"/> (the engine moves the target
/// and posts again at the new id), anything else is retried later.
/// </summary>
/// <remarks>
/// Telegram has no idempotency key: when an earlier attempt of the same delivery may have reached the chat (the
/// process died between the send and its record), this attempt can repeat that one message, and the log says so.
/// </remarks>
public sealed partial class TelegramDigestSender(
    TelegramSender sender,
    TelegramCardSender cards,
    TelegramPinner pinner,
    IOptions<CoreOptions> core,
    ILogger<TelegramDigestSender> logger) : IDigestSender
{
    /// <summary>1 min, 2 min, 4 min … 30 min: the sender already retried network errors and 5xx within seconds.</summary>
    private static readonly Backoff Retries = new(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(30));

    public string Platform => TelegramSender.Platform;

    public async ValueTask<DigestSendResult> SendAsync(DigestDelivery delivery, CancellationToken cancellationToken)
    {
        if (!long.TryParse(delivery.ChatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
        {
            return new DigestSendResult.TargetGone($"'{delivery.ChatId}' is not a Telegram chat id");
        }

        if (delivery.IsRetry)
        {
            LogMayRepeat(delivery.LocalDate, chatId, delivery.Attempt, delivery.Target.Id);
        }

        var strings = UiStrings.For(UiLanguages.TryParse(delivery.Target.Language, out var language) ? language : core.Value.Language);
        // The engine moves the target before the post is sent again, so the migration is reported, not followed here.
        var options = new TelegramSendOptions { MessageThreadId = Topic(delivery, chatId), FollowMigration = false };
        var reply = delivery.Reply;
        var result = reply.Card is { } card
            ? await cards.SendAsync(chatId, reply, card, TelegramCaption.Rich(reply, card, strings.Share), strings.Share, options, cancellationToken)
            : await sender.SendAsync(chatId, TelegramRenderer.Render(reply, strings.Share), options, cancellationToken);
        switch (result.Status)
        {
            case TelegramSendStatus.Sent when result.MessageId is { } messageId:
                if (delivery.Target.Pin)
                {
                    await pinner.TryPinAsync(result.ChatId, messageId, cancellationToken);
                }

                return new DigestSendResult.Sent(messageId.ToString(CultureInfo.InvariantCulture));

            case TelegramSendStatus.ChatGone:
                return new DigestSendResult.TargetGone($"Telegram: {result.Reason ?? "the chat refuses the bot"}");

            case TelegramSendStatus.Migrated:
                return new DigestSendResult.Migrated(result.ChatId.ToString(CultureInfo.InvariantCulture));

            default:
                var delay = Retries.Delay(delivery.Attempt);
                LogNotSent(chatId, delivery.LocalDate, result.Reason ?? result.Status.ToString(), delay);
                return new DigestSendResult.RetryLater(delay);
        }
    }

    /// <summary>The forum topic to post in; a thread id that is not a number is reported and the post goes to the main thread.</summary>
    private int? Topic(DigestDelivery delivery, long chatId)
    {
        if (string.IsNullOrWhiteSpace(delivery.Target.ThreadId))
        {
            return null;
        }

        if (int.TryParse(delivery.Target.ThreadId, NumberStyles.None, CultureInfo.InvariantCulture, out var thread) && thread > 0)
        {
            return thread;
        }

        LogBadTopic(delivery.Target.ThreadId, chatId, delivery.Target.Id);
        return null;
    }

    [LoggerMessage(EventId = 3600, Level = LogLevel.Warning, Message = "Digest for {Date} to chat {ChatId} is attempt {Attempt} (target {Target}): Telegram cannot deduplicate, so if an earlier attempt reached the chat before it was recorded, this one message appears twice there; no other post is at risk")]
    private partial void LogMayRepeat(DateOnly date, long chatId, int attempt, string target);

    [LoggerMessage(EventId = 3601, Level = LogLevel.Warning, Message = "Digest for {Date} to chat {ChatId} not sent ({Reason}); the digest tries again in {Delay}")]
    private partial void LogNotSent(long chatId, DateOnly date, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 3602, Level = LogLevel.Warning, Message = "Digest thread id '{ThreadId}' of target {Target} is not a Telegram topic id; posting to chat {ChatId}'s main thread")]
    private partial void LogBadTopic(string threadId, long chatId, string target);
}
