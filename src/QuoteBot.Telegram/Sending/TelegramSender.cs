using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Diagnostics;
using QuoteBot.Core.Resilience;
using QuoteBot.Core.State;
using QuoteBot.Telegram.Rendering;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QuoteBot.Telegram.Sending;

/// <summary>
/// Sends to a chat with every everyday Bot API failure handled: 429 holds every send, in every chat, until
/// <c>retry_after</c> has passed, then sends again (nothing dropped); 403 and "chat not found" record the chat as gone; <c>migrate_to_chat_id</c> records the move and resends
/// at the new id (or leaves the resend to the caller, see <see cref="TelegramSendOptions.FollowMigration"/>);
/// network errors and 5xx back off with jitter and retry. Paced per chat and overall. The digest sends through it too.
/// </summary>
public sealed partial class TelegramSender(
    ITelegramBotClient bot,
    ChatPacer pacer,
    IChatRegistry registry,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    BotMetrics metrics,
    ILogger<TelegramSender> logger,
    Backoff? backoff = null)
{
    public const string Platform = "telegram";

    private const int MaxRateLimitWaits = 20;

    /// <summary>Answers never show a link preview; never changed, so one instance serves every send.</summary>
    private static readonly LinkPreviewOptions NoLinkPreview = new() { IsDisabled = true };
    private readonly Backoff _backoff = backoff ?? RetryBackoff();

    /// <summary>Network errors and 5xx: 1 s doubling to 30 s, jittered; polling waits the same way after a failed poll.</summary>
    internal static Backoff RetryBackoff() => new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), Random.Shared);

    /// <summary>Sends <paramref name="message"/> to the chat, optionally as a reply to <paramref name="replyTo"/>.</summary>
    public Task<TelegramSendResult> SendAsync(long chatId, TelegramMessage message, int? replyTo = null, CancellationToken cancellationToken = default) =>
        SendAsync(chatId, message, replyTo is null ? TelegramSendOptions.Default : new TelegramSendOptions { ReplyTo = replyTo }, cancellationToken);

    /// <summary>Sends <paramref name="message"/> to the chat as <paramref name="sendOptions"/> say (reply, forum topic, migration).</summary>
    public Task<TelegramSendResult> SendAsync(long chatId, TelegramMessage message, TelegramSendOptions sendOptions, CancellationToken cancellationToken = default) =>
        SendWithAsync(
            chatId,
            async (current, ct) => (await bot.SendRequest(TextRequest(current, message, sendOptions), ct)).Id,
            sendOptions,
            cancellationToken);

    /// <summary>
    /// Sends a photo with an HTML caption, with the same handling as a message. <paramref name="photo"/> makes the
    /// file for each attempt (an upload's stream is read once); <paramref name="sent"/> is told the message Telegram
    /// made, whose <c>photo</c> sizes carry the <c>file_id</c> to send it by next time.
    /// </summary>
    public Task<TelegramSendResult> SendPhotoAsync(long chatId, Func<InputFile> photo, TelegramMessage caption, TelegramSendOptions sendOptions, Action<Message> sent, CancellationToken cancellationToken = default) =>
        SendWithAsync(
            chatId,
            async (current, ct) =>
            {
                var message = await bot.SendPhoto(
                    current,
                    photo(),
                    caption.Html,
                    ParseMode.Html,
                    replyParameters: Reply(sendOptions),
                    replyMarkup: caption.Keyboard,
                    messageThreadId: sendOptions.MessageThreadId,
                    cancellationToken: ct);
                sent(message);
                return message.MessageId;
            },
            sendOptions,
            cancellationToken);

    /// <summary><c>sendMessage</c>, with only the sent message's id read from Telegram's answer.</summary>
    internal static IdOnlyRequest TextRequest(long chatId, TelegramMessage message, TelegramSendOptions sendOptions) => new(new SendMessageRequest
    {
        ChatId = chatId,
        Text = message.Html,
        ParseMode = ParseMode.Html,
        ReplyParameters = Reply(sendOptions),
        ReplyMarkup = message.Keyboard,
        LinkPreviewOptions = NoLinkPreview,
        MessageThreadId = sendOptions.MessageThreadId,
    });

    private static ReplyParameters? Reply(TelegramSendOptions sendOptions) =>
        sendOptions.ReplyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;

    private async Task<TelegramSendResult> SendWithAsync(long chatId, Func<long, CancellationToken, Task<int>> send, TelegramSendOptions sendOptions, CancellationToken cancellationToken)
    {
        var target = sendOptions.Answering ? chatId : await ResolveAsync(chatId, cancellationToken);
        if (target is null)
        {
            LogSkippedGone(chatId);
            return new TelegramSendResult(TelegramSendStatus.ChatGone, chatId, Reason: "the chat is recorded as gone");
        }

        var failures = 0;
        var rateLimited = 0;
        var current = target.Value;
        var turn = await pacer.WaitAsync(current, cancellationToken);
        try
        {
            while (true)
            {
                try
                {
                    var sentId = await send(current, cancellationToken);
                    return new TelegramSendResult(TelegramSendStatus.Sent, current, sentId);
                }
                catch (ApiRequestException ex) when (ex.Parameters?.MigrateToChatId is { } newId)
                {
                    LogMigrated(current, newId);
                    turn.Dispose();
                    await registry.MigrateAsync(Platform, Id(current), Id(newId), cancellationToken);
                    if (!sendOptions.FollowMigration)
                    {
                        return new TelegramSendResult(TelegramSendStatus.Migrated, newId, Reason: ex.Message);
                    }

                    current = newId;
                    turn = await pacer.WaitAsync(current, cancellationToken);
                }
                catch (ApiRequestException ex) when (ex.ErrorCode == 403 || IsChatNotFound(ex))
                {
                    LogChatGone(current, ex.ErrorCode, ex.Message);
                    await registry.MarkBlockedAsync(Platform, Id(current), $"{ex.ErrorCode}: {ex.Message}", cancellationToken);
                    return new TelegramSendResult(TelegramSendStatus.ChatGone, current, Reason: ex.Message);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ShouldRetry(ex, ref failures, ref rateLimited, out var wait))
                {
                    LogRetrying(current, wait.TotalSeconds, Describe(ex));

                    // After a 429 the pacer holds every chat, this one included; the message goes first in its chat.
                    await turn.AgainAsync(IsRateLimited(ex) ? TimeSpan.Zero : wait, cancellationToken);
                }
                catch (ApiRequestException ex)
                {
                    if (!FileIdRefusal.Is(ex.ErrorCode, ex.Message))
                    {
                        // A refused file_id is not given up on: the card sender uploads the picture again and says so.
                        LogGaveUp(current, ex.ErrorCode, ex.Message);
                    }

                    return new TelegramSendResult(TelegramSendStatus.Failed, current, Reason: ex.Message, ErrorCode: ex.ErrorCode);
                }
                catch (RequestException ex)
                {
                    LogGaveUp(current, 0, ex.Message);
                    return new TelegramSendResult(TelegramSendStatus.Failed, current, Reason: ex.Message);
                }
            }
        }
        finally
        {
            // The message's slots count from here: its answer is back, so Telegram has seen it (or never will).
            turn.Dispose();
        }
    }

    /// <summary>Runs any other Bot API call (answers, edits, settings) with the same 429, 5xx and network handling.</summary>
    public async Task<T> CallAsync<T>(string what, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken = default)
    {
        var failures = 0;
        var rateLimited = 0;
        while (true)
        {
            try
            {
                // A 429 penalty covers the bot, not one method: nothing starts inside one we know of.
                await pacer.WaitOutHoldAsync(cancellationToken);
                return await call(cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ShouldRetry(ex, ref failures, ref rateLimited, out var wait))
            {
                LogCallRetrying(what, wait.TotalSeconds, Describe(ex));
                if (!IsRateLimited(ex))
                {
                    await Task.Delay(wait, time, cancellationToken);
                }
            }
        }
    }

    public Task CallAsync(string what, Func<CancellationToken, Task> call, CancellationToken cancellationToken = default) =>
        CallAsync(what, async ct =>
        {
            await call(ct);
            return true;
        }, cancellationToken);

    private bool ShouldRetry(Exception ex, ref int failures, ref int rateLimited, out TimeSpan wait)
    {
        wait = TimeSpan.Zero;
        switch (ex)
        {
            case ApiRequestException { ErrorCode: 429 } limited when rateLimited < MaxRateLimitWaits:
                rateLimited++;
                metrics.RateLimited(Platform);
                wait = TimeSpan.FromSeconds(Math.Max(1, limited.Parameters?.RetryAfter ?? 1));

                // Telegram does not say whether the penalty covers one chat or the bot, so every send waits it out.
                pacer.HoldAll(wait);
                return true;
            case ApiRequestException { ErrorCode: >= 500 } when failures < options.Value.MaxRetries:
            case RequestException and not ApiRequestException when failures < options.Value.MaxRetries:
            case HttpRequestException when failures < options.Value.MaxRetries:
                // Server trouble, or no answer at all (network, timeout): worth another try after a pause.
                failures++;
                wait = _backoff.Delay(failures);
                return true;
            default:
                return false;
        }
    }

    private async ValueTask<long?> ResolveAsync(long chatId, CancellationToken cancellationToken)
    {
        var current = chatId;
        for (var hops = 0; hops < 4; hops++)
        {
            var record = await registry.FindAsync(Platform, Id(current), cancellationToken);
            switch (record?.Status)
            {
                case ChatStatus.Blocked:
                    return null;
                case ChatStatus.Migrated when long.TryParse(record.MigratedTo, NumberStyles.Integer, CultureInfo.InvariantCulture, out var next):
                    current = next;
                    continue;
                default:
                    return current;
            }
        }

        return current;
    }

    private static bool IsRateLimited(Exception ex) => ex is ApiRequestException { ErrorCode: 429 };

    private static bool IsChatNotFound(ApiRequestException ex) =>
        ex.ErrorCode == 400 && ex.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase);

    private static string Describe(Exception ex) => ex is ApiRequestException api ? $"{api.ErrorCode}: {api.Message}" : ex.GetType().Name;

    private static string Id(long chatId) => chatId.ToString(CultureInfo.InvariantCulture);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "Not sending to chat {ChatId}: it blocked or removed the bot")]
    private partial void LogSkippedGone(long chatId);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Chat {ChatId} migrated to {NewChatId}: moved its settings")]
    private partial void LogMigrated(long chatId, long newChatId);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Chat {ChatId} refuses the bot ({ErrorCode}: {Reason}); recorded, no more messages will be sent to it")]
    private partial void LogChatGone(long chatId, int errorCode, string reason);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "Sending to chat {ChatId} failed ({Reason}); retrying in {Seconds:0.#} s")]
    private partial void LogRetrying(long chatId, double seconds, string reason);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Error, Message = "Gave up sending to chat {ChatId} ({ErrorCode}: {Reason})")]
    private partial void LogGaveUp(long chatId, int errorCode, string reason);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Warning, Message = "Bot API call {Call} failed ({Reason}); retrying in {Seconds:0.#} s")]
    private partial void LogCallRetrying(string call, double seconds, string reason);
}
