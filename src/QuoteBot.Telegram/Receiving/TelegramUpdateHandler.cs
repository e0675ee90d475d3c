using System.Collections.Frozen;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Diagnostics;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.State;
using QuoteBot.Telegram.Rendering;
using QuoteBot.Telegram.Sending;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QuoteBot.Telegram.Receiving;

/// <summary>
/// Turns one update into neutral requests and sends the rendered replies: commands in private chats, groups and
/// channels, button presses (always answered), inline queries, and the bot's own membership changes. Telegram's own
/// commands (<see cref="ITelegramCommand"/>, such as <c>/daily</c>) are answered before the core's.
/// </summary>
public sealed partial class TelegramUpdateHandler(
    ITelegramBotClient bot,
    TelegramSender sender,
    TelegramCardSender cards,
    CommandDispatcher dispatcher,
    InlineResults inline,
    IEnumerable<ITelegramCommand> telegramCommands,
    TelegramBotIdentity identity,
    IChatRegistry registry,
    IOptions<CoreOptions> core,
    BotMetrics metrics,
    TimeProvider time,
    ILogger<TelegramUpdateHandler> logger)
{
    private const string Platform = TelegramSender.Platform;

    /// <summary>The update kinds we handle: what <c>allowed_updates</c> asks Telegram for.</summary>
    public static readonly UpdateType[] AllowedUpdates =
        [UpdateType.Message, UpdateType.ChannelPost, UpdateType.CallbackQuery, UpdateType.InlineQuery, UpdateType.MyChatMember];

    private readonly FrozenDictionary<string, ITelegramCommand> _own = telegramCommands.ToFrozenDictionary(c => c.Name, StringComparer.Ordinal);

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        switch (update)
        {
            case { Message: { } message }:
                await OnMessageAsync(message, cancellationToken);
                break;
            case { ChannelPost: { } post }:
                await OnMessageAsync(post, cancellationToken);
                break;
            case { CallbackQuery: { } callback }:
                await OnCallbackAsync(callback, cancellationToken);
                break;
            case { InlineQuery: { } query }:
                await OnInlineQueryAsync(query, cancellationToken);
                break;
            case { MyChatMember: { } member }:
                await OnMembershipAsync(member, cancellationToken);
                break;
            default:
                LogIgnored(update.Id, update.Type);
                break;
        }
    }

    private async Task OnMessageAsync(Message message, CancellationToken cancellationToken)
    {
        if (message.MigrateToChatId is { } newId)
        {
            await registry.MigrateAsync(Platform, Id(message.Chat.Id), Id(newId), cancellationToken);
            LogGroupUpgraded(message.Chat.Id, newId);
            return;
        }

        var isPrivate = message.Chat.Type == ChatType.Private;
        var language = Language(message.From?.LanguageCode);
        string name, argument;
        if (CommandText.TryParse(message.Text, out var command))
        {
            if (!identity.IsUs(command.Mention))
            {
                return; // /quote@OtherBot is not ours
            }

            if (_own.TryGetValue(command.Name, out var own))
            {
                // Telegram's own commands do not pass the dispatcher: they count themselves.
                var began = time.GetTimestamp();
                await own.HandleAsync(message, command.Argument, language, cancellationToken);
                metrics.CommandServed(own.Name, Platform, time.GetElapsedTime(began));
                return;
            }

            // In groups, answer only our own commands: a group's other bots have commands too.
            if (!isPrivate && command.Mention is null && !dispatcher.Knows(command.Name))
            {
                return;
            }

            (name, argument) = (command.Name, command.Argument);
        }
        else if (isPrivate && !string.IsNullOrWhiteSpace(message.Text))
        {
            // In a private chat, plain text is a search: people type what they are looking for.
            (name, argument) = ("search", message.Text);
        }
        else
        {
            return;
        }

        var reply = WithOwnCommands(dispatcher.Dispatch(new CommandRequest(name, argument, Id(message.Chat.Id), language) { Platform = Platform }), language);
        await SendAsync(message.Chat.Id, reply, language, TelegramSendOptions.Answer, cancellationToken);
    }

    private async Task OnCallbackAsync(CallbackQuery callback, CancellationToken cancellationToken)
    {
        string? notice = null;
        try
        {
            var language = Language(callback.From.LanguageCode);
            if (callback.Message is not { } message || !TelegramRenderer.CallbackData.TryDecode(callback.Data, out var name, out var argument))
            {
                notice = UiStrings.For(language).SomethingWentWrong;
                return;
            }

            var reply = dispatcher.Dispatch(new CommandRequest(name, argument, Id(message.Chat.Id), language) { Platform = Platform, Origin = RequestOrigin.Button });
            // Context answers the quote it explains; another quote is a message of its own.
            int? replyTo = reply.Kind == ReplyKind.Context ? message.MessageId : null;
            await SendAsync(message.Chat.Id, reply, language, TelegramSendOptions.Answer with { ReplyTo = replyTo }, cancellationToken);
        }
        finally
        {
            // Every press is answered, or the user's client shows a spinner until it times out.
            await sender.CallAsync("answerCallbackQuery", ct => bot.AnswerCallbackQuery(callback.Id, notice, cancellationToken: ct), cancellationToken);
        }
    }

    private async Task OnInlineQueryAsync(InlineQuery query, CancellationToken cancellationToken)
    {
        // Inline answers are Telegram's alone and do not pass the dispatcher: they count themselves.
        var started = time.GetTimestamp();
        var language = Language(query.From.LanguageCode);
        var answer = await inline.ForAsync(query.Query, language, withCards: true, cancellationToken);
        try
        {
            await AnswerInlineAsync(query, answer, cancellationToken);
        }
        catch (ApiRequestException ex) when (answer.Cards.Count > 0 && FileIdRefusal.Is(ex.ErrorCode, ex.Message))
        {
            LogInlineCardsRefused(query.Id, answer.Cards.Count, ex.Message);
            await inline.ForgetAsync(answer, cancellationToken);
            await AnswerInlineAsync(query, await inline.ForAsync(query.Query, language, withCards: false, cancellationToken), cancellationToken);
        }

        metrics.CommandServed("inline", Platform, time.GetElapsedTime(started));
    }

    private Task AnswerInlineAsync(InlineQuery query, InlineAnswer answer, CancellationToken cancellationToken) =>
        sender.CallAsync("answerInlineQuery", ct => bot.AnswerInlineQuery(query.Id, answer.Results, cacheTime: 300, cancellationToken: ct), cancellationToken);

    private async Task OnMembershipAsync(ChatMemberUpdated update, CancellationToken cancellationToken)
    {
        var chat = Id(update.Chat.Id);
        switch (update.NewChatMember.Status)
        {
            case ChatMemberStatus.Kicked or ChatMemberStatus.Left:
                await registry.MarkBlockedAsync(Platform, chat, $"bot {update.NewChatMember.Status.ToString().ToLowerInvariant()}", cancellationToken);
                LogRemoved(update.Chat.Id, update.NewChatMember.Status);
                break;
            case ChatMemberStatus.Member or ChatMemberStatus.Administrator:
                await registry.MarkActiveAsync(Platform, chat, cancellationToken);
                break;
            default:
                break;
        }
    }

    /// <summary>The core's command list in <c>/help</c> knows only the commands every platform answers: Telegram adds its own.</summary>
    private Reply WithOwnCommands(Reply reply, UiLanguage language)
    {
        if (reply.Kind != ReplyKind.Help || _own.Count == 0)
        {
            return reply;
        }

        var lines = _own.Values.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Describe(language)).Select(d => new ReplyItem(d.Usage, d.Description));
        return reply with { Items = [.. reply.Items, .. lines] };
    }

    /// <summary>A reply with a card goes as a photo; any other as a message.</summary>
    private Task<TelegramSendResult> SendAsync(long chatId, Reply reply, UiLanguage language, TelegramSendOptions options, CancellationToken cancellationToken) =>
        reply.Card is { } card
            ? cards.SendAsync(chatId, reply, card, UiStrings.For(language).Share, options, cancellationToken)
            : sender.SendAsync(chatId, Render(reply, language), options, cancellationToken);

    private static TelegramMessage Render(Reply reply, UiLanguage language) =>
        TelegramRenderer.Render(reply, UiStrings.For(language).Share);

    private UiLanguage Language(string? code) => UiLanguages.FromLocale(code, core.Value.Language);

    private static string Id(long chatId) => chatId.ToString(CultureInfo.InvariantCulture);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Update {UpdateId} of kind {Kind} ignored")]
    private partial void LogIgnored(int updateId, UpdateType kind);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Group {ChatId} became supergroup {NewChatId}; its settings moved")]
    private partial void LogGroupUpgraded(long chatId, long newChatId);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Warning, Message = "Telegram refused a card's file_id in inline answer {QueryId} ({Reason}); answered with text, and the {Count} cards offered are uploaded again when next sent")]
    private partial void LogInlineCardsRefused(string queryId, int count, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Removed from chat {ChatId} ({Status}); no more messages will be sent there")]
    private partial void LogRemoved(long chatId, ChatMemberStatus status);
}
