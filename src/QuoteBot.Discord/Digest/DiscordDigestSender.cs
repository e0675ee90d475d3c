using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Digest.Delivery;
using QuoteBot.Discord.Commands;
using QuoteBot.Discord.Models;
using QuoteBot.Discord.Rest;

namespace QuoteBot.Discord.Digest;

/// <summary>
/// Posts the quote of the day to a Discord channel (or the target's thread, which is a channel too): the same embed
/// and buttons as <c>/today</c> (with the card as the embed's picture when the target asks for cards), nobody pinged, the delivery's idempotency key as the enforced <c>nonce</c> so a
/// retry after a crash returns the message already made instead of posting again. Pacing (the global 50/s and the
/// per-route buckets) and 429s are the REST pipeline's; this class only turns Discord's answer into a
/// <see cref="DigestSendResult"/>.
/// </summary>
public sealed partial class DiscordDigestSender(
    IDiscordRestClient rest,
    DiscordCards cards,
    IOptions<CoreOptions> core,
    ILogger<DiscordDigestSender> logger) : IDigestSender
{
    /// <summary>How long to wait before trying again when Discord is unavailable (5xx, timeouts).</summary>
    internal static readonly TimeSpan Unavailable = TimeSpan.FromMinutes(1);

    public string Platform => InteractionRequests.Platform;

    public async ValueTask<DigestSendResult> SendAsync(DigestDelivery delivery, CancellationToken cancellationToken)
    {
        var channelId = string.IsNullOrWhiteSpace(delivery.Target.ThreadId) ? delivery.ChatId : delivery.Target.ThreadId;
        var strings = UiStrings.For(LanguageOf(delivery));
        // A target with cards gets the picture in the quote's embed, uploaded with the post; a card that cannot be
        // drawn leaves the post as the quote in text.
        var reply = delivery.Reply with { Ephemeral = false };
        var card = cards.Draw(delivery.Reply);

        DiscordMessage created;
        try
        {
            try
            {
                created = await rest.CreateMessageAsync(channelId, Message(reply, strings, card, delivery.IdempotencyKey), cancellationToken);
            }
            catch (DiscordApiException ex) when (card is not null && ex.IsMissingPermissions)
            {
                // Most likely Attach Files was taken away after the target was set: the quote still goes out, in
                // text. Same enforced nonce: the refused post made no message, and if an earlier attempt did make
                // one (before losing the permission), Discord answers with that one instead of posting twice.
                LogCardRefused(delivery.Target.Id, channelId);
                created = await rest.CreateMessageAsync(channelId, Message(reply, strings, card: null, delivery.IdempotencyKey), cancellationToken);
            }
        }
        catch (DiscordApiException ex) when (GoneReason(ex) is { } reason)
        {
            LogTargetGone(delivery.Target.Id, channelId, reason);
            return new DigestSendResult.TargetGone(reason);
        }
        catch (DiscordApiException ex)
        {
            var retryAfter = ex.StatusCode == HttpStatusCode.TooManyRequests ? TimeSpan.FromSeconds(10) : Unavailable;
            LogRetryLater(ex, delivery.Target.Id, channelId, retryAfter);
            return new DigestSendResult.RetryLater(retryAfter);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            LogRetryLater(ex, delivery.Target.Id, channelId, Unavailable);
            return new DigestSendResult.RetryLater(Unavailable);
        }

        if (delivery.Target.Pin)
        {
            await PinAsync(delivery.Target.Id, channelId, created.Id, cancellationToken);
        }

        return new DigestSendResult.Sent(created.Id);
    }

    private static MessageCreate Message(Reply reply, UiStrings strings, RestFile? card, string nonce)
    {
        var rendered = DiscordReplyRenderer.Render(reply, strings.TopicsTitle, strings.AskedBy, card);
        return new MessageCreate
        {
            Embeds = rendered.Embeds,
            Components = rendered.Components,
            Files = rendered.Files,
            AllowedMentions = AllowedMentions.None,
            Nonce = nonce,
            EnforceNonce = true,
        };
    }

    /// <summary>
    /// Why Discord will never take a post in this channel, or null when it might later: missing permissions (50013),
    /// missing access (50001), unknown channel (10003), and any other 403 or 404.
    /// </summary>
    internal static string? GoneReason(DiscordApiException ex) => ex switch
    {
        { ErrorCode: DiscordErrorCodes.MissingPermissions } => $"{DiscordErrorCodes.MissingPermissions}: Missing Permissions",
        { ErrorCode: DiscordErrorCodes.UnknownChannel } => $"{DiscordErrorCodes.UnknownChannel}: Unknown Channel",
        { ErrorCode: DiscordErrorCodes.MissingAccess } => $"{DiscordErrorCodes.MissingAccess}: Missing Access",
        { StatusCode: HttpStatusCode.Forbidden or HttpStatusCode.NotFound } =>
            $"{(int)ex.StatusCode}{(ex.ErrorCode is { } code ? $" {code}" : string.Empty)}: {ex.DiscordMessage ?? ex.StatusCode.ToString()}",
        _ => null,
    };

    /// <summary>A pin that fails (no Manage Messages, 50 pins already) is logged; the post itself went out.</summary>
    private async Task PinAsync(string targetId, string channelId, string messageId, CancellationToken cancellationToken)
    {
        try
        {
            await rest.PinMessageAsync(channelId, messageId, cancellationToken);
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException or TimeoutException)
        {
            LogPinFailed(ex, targetId, channelId, messageId);
        }
    }

    private UiLanguage LanguageOf(DigestDelivery delivery) =>
        UiLanguages.TryParse(delivery.Target.Language, out var language) ? language : core.Value.Language;

    [LoggerMessage(EventId = 5200, Level = LogLevel.Warning, Message = "Discord refused the digest for {TargetId} in channel {ChannelId} for good: {Reason}")]
    private partial void LogTargetGone(string targetId, string channelId, string reason);

    [LoggerMessage(EventId = 5201, Level = LogLevel.Warning, Message = "Discord could not take the digest for {TargetId} in channel {ChannelId} now; retrying in {RetryAfter} with the same nonce")]
    private partial void LogRetryLater(Exception exception, string targetId, string channelId, TimeSpan retryAfter);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Warning, Message = "Discord refused the digest card for {TargetId} in channel {ChannelId} (50013, Attach Files missing?); posting the quote in text")]
    private partial void LogCardRefused(string targetId, string channelId);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Warning, Message = "Pinning the digest {MessageId} for {TargetId} in channel {ChannelId} failed; the post itself went out")]
    private partial void LogPinFailed(Exception exception, string targetId, string channelId, string messageId);
}
