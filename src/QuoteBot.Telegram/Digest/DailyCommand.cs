using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Digest.Admin;
using QuoteBot.Telegram.Receiving;
using QuoteBot.Telegram.Rendering;
using QuoteBot.Telegram.Sending;
using Telegram.Bot.Types;

namespace QuoteBot.Telegram.Digest;

/// <summary>
/// <c>/daily</c> on Telegram, for the chat's admins: <c>/daily 08:00 Asia/Shanghai</c> sets the chat's daily post,
/// <c>/daily off</c> stops it, <c>/daily status</c> tells when it next comes (in the chat's zone), <c>/daily preview</c>
/// shows it. Anyone else is refused before anything is read or stored. A post set from a forum topic goes to that topic.
/// </summary>
public sealed partial class DailyCommand(
    IDigestAdmin admin,
    ChatAdminCheck admins,
    TelegramSender sender,
    IOptions<CoreOptions> core,
    ILogger<DailyCommand> logger) : ITelegramCommand
{
    private const string Platform = TelegramSender.Platform;

    public string Name => "daily";

    public (string Usage, string Description) Describe(UiLanguage language)
    {
        var strings = DailyStrings.For(language);
        return (strings.Usage, strings.Description);
    }

    public async Task HandleAsync(Message message, string argument, UiLanguage language, CancellationToken cancellationToken)
    {
        var strings = DailyStrings.For(language);
        var rank = await admins.RankAsync(message, cancellationToken);
        Reply reply;
        if (rank != ChatRank.Admin)
        {
            LogRefused(message.Chat.Id, By(message), rank);
            reply = Notice(strings, rank == ChatRank.Unknown ? strings.CheckFailed : strings.NotAdmin);
        }
        else
        {
            reply = await AnswerAsync(message, DailyArguments.Parse(argument), language, strings, cancellationToken);
        }

        var options = TelegramSendOptions.Answer with { MessageThreadId = Topic(message) };
        await sender.SendAsync(message.Chat.Id, TelegramRenderer.Render(reply, UiStrings.For(language).Share), options, cancellationToken);
    }

    private async Task<Reply> AnswerAsync(Message message, DailyArguments arguments, UiLanguage language, DailyStrings strings, CancellationToken cancellationToken)
    {
        var chat = message.Chat.Id.ToString(CultureInfo.InvariantCulture);
        LogAnswering(arguments.Action, message.Chat.Id, By(message));
        try
        {
            switch (arguments.Action)
            {
                case DailyAction.Set:
                    return await SetAsync(message, chat, arguments, language, strings, cancellationToken);
                case DailyAction.Off:
                    return StatusReply(strings, strings.TurnedOff, await admin.OffAsync(Platform, chat, By(message), cancellationToken));
                case DailyAction.Status:
                    return StatusReply(strings, null, await admin.StatusAsync(Platform, chat, cancellationToken));
                case DailyAction.Preview:
                    var preview = await admin.PreviewAsync(Platform, chat, cancellationToken);
                    return preview.Reply with { Footer = strings.PreviewOf(preview.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) };
                default:
                    return Usage(strings);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The store may be briefly away: the admin hears so and can try again; nothing half-done is left behind.
            LogFailed(ex, arguments.Action, message.Chat.Id);
            return Notice(strings, UiStrings.For(language).SomethingWentWrong);
        }
    }

    private async Task<Reply> SetAsync(Message message, string chat, DailyArguments arguments, UiLanguage language, DailyStrings strings, CancellationToken cancellationToken)
    {
        // Without a zone, "/daily 09:00" moves the time and keeps the zone the chat already has.
        var zone = arguments.TimeZone
            ?? (await admin.StatusAsync(Platform, chat, cancellationToken)).TimeZone
            ?? core.Value.TimeZone;
        var request = new DigestSetRequest(Platform, chat, arguments.Schedule ?? string.Empty, zone, By(message))
        {
            Pin = arguments.Pin,
            ThreadId = Topic(message)?.ToString(CultureInfo.InvariantCulture),
            // The admin who sets it chooses the language of the posts' title and buttons.
            Language = language == UiLanguage.Chinese ? "zh" : "en",
        };
        var result = await admin.SetAsync(request, cancellationToken);
        return result.Error switch
        {
            DigestSetError.None => StatusReply(strings, arguments.Pin ? $"{strings.Saved} {strings.Pinned}" : strings.Saved, result.Status!),
            DigestSetError.InvalidSchedule => Notice(strings, strings.BadTime(request.Schedule)),
            DigestSetError.UnknownTimeZone => Notice(strings, strings.BadZone(zone, result.Suggestions)),
            _ => Notice(strings, result.Message ?? strings.NotSet),
        };
    }

    private static Reply StatusReply(DailyStrings strings, string? lead, DigestStatus status)
    {
        if (!status.Configured)
        {
            return Notice(strings, lead is null ? strings.NotSet : $"{lead}\n{strings.NotSet}");
        }

        var lines = new List<string>();
        if (lead is not null)
        {
            lines.Add(lead);
        }

        var zone = status.TimeZone ?? "UTC";
        if (status.Schedule is { } schedule)
        {
            lines.Add(QuoteBot.Digest.Scheduling.DigestSchedule.TryParse(schedule, out var parsed, out _) && parsed.IsTimeOfDay
                ? strings.EveryDay(parsed.Text, zone)
                : strings.OnCron(schedule, zone));
        }

        if (!status.Enabled)
        {
            lines.Add(strings.IsOff(status.DisabledReason));
        }
        else if (status.NextPostLocal is { } next)
        {
            lines.Add(strings.NextPost($"{next.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({zone})"));
        }

        if (status.LastPostDate is { } last)
        {
            lines.Add(strings.LastPost(last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return Notice(strings, string.Join('\n', lines));
    }

    private static Reply Usage(DailyStrings strings) => new()
    {
        Kind = ReplyKind.Help,
        Title = strings.Title,
        Items = [.. strings.Examples.Select(e => new ReplyItem(e.Example, e.Meaning))],
        Footer = strings.AdminsOnly,
    };

    private static Reply Notice(DailyStrings strings, string text) => new() { Kind = ReplyKind.Notice, Title = strings.Title, Text = text };

    /// <summary>The forum topic the command was sent in, where the answer (and a post set from there) belongs.</summary>
    private static int? Topic(Message message) => message.IsTopicMessage ? message.MessageThreadId : null;

    /// <summary>Who asked, for the target's record and the logs: a user id, or the chat an anonymous admin or a channel wrote as.</summary>
    private static string By(Message message) => message.From is { } user && message.SenderChat is null
        ? user.Id.ToString(CultureInfo.InvariantCulture)
        : $"chat {(message.SenderChat ?? message.Chat).Id.ToString(CultureInfo.InvariantCulture)}";

    [LoggerMessage(EventId = 3611, Level = LogLevel.Information, Message = "/daily in chat {ChatId} from {By} refused: {Rank}")]
    private partial void LogRefused(long chatId, string by, ChatRank rank);

    [LoggerMessage(EventId = 3612, Level = LogLevel.Information, Message = "/daily {Action} in chat {ChatId} by admin {By}")]
    private partial void LogAnswering(DailyAction action, long chatId, string by);

    [LoggerMessage(EventId = 3613, Level = LogLevel.Error, Message = "/daily {Action} in chat {ChatId} failed")]
    private partial void LogFailed(Exception exception, DailyAction action, long chatId);
}
