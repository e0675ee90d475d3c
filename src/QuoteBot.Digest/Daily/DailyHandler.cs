using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Digest.Admin;
using QuoteBot.Digest.Scheduling;

namespace QuoteBot.Digest.Daily;

/// <summary>
/// Every decision of <c>/daily</c>, for every platform: only admins are answered (anyone else is refused before
/// anything is read or stored); set, off, status and preview go to <see cref="IDigestAdmin"/>; the answer is a neutral
/// <see cref="Reply"/> in the asker's language. The posts are in the language the admin names, else in the bot's
/// default language (<c>Bot:DefaultLanguage</c>): what the channel's readers read is not the admin's own locale.
/// </summary>
public sealed partial class DailyHandler(IDigestAdmin admin, IOptions<CoreOptions> core, ILogger<DailyHandler> logger)
{
    /// <summary>The text form of setting the daily quote, for platforms that read <c>/daily</c> as text.</summary>
    public const string TextSetCommand = "/daily 08:00 Asia/Shanghai";

    public async Task<Reply> AnswerAsync(DailyRequest request, CancellationToken cancellationToken)
    {
        var strings = DailyStrings.For(request.Language);
        if (request.Asker != DailyAsker.Admin)
        {
            LogRefused(request.Platform, request.ChatId, request.By, request.Asker);
            return Notice(request, strings, request.Asker switch
            {
                DailyAsker.Unknown => strings.CheckFailed,
                DailyAsker.OutsideChat => strings.OutsideChat,
                _ => strings.NotAdmin(request.AdminPermission),
            });
        }

        var action = request.Arguments.Action;
        LogAnswering(action, request.Platform, request.ChatId, request.By);
        try
        {
            switch (action)
            {
                case DailyAction.Set:
                    return await SetAsync(request, strings, cancellationToken);
                case DailyAction.Off:
                    return StatusReply(request, strings, strings.TurnedOff, await admin.OffAsync(request.Platform, request.ChatId, request.By, cancellationToken));
                case DailyAction.Status:
                    return StatusReply(request, strings, null, await admin.StatusAsync(request.Platform, request.ChatId, cancellationToken));
                case DailyAction.Preview:
                    var preview = await admin.PreviewAsync(request.Platform, request.ChatId, cancellationToken);
                    return preview.Reply with { Ephemeral = true, Footer = strings.PreviewOf(preview.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) };
                default:
                    return Usage(strings);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The store may be briefly away: the admin hears so and can try again; nothing half-done is left behind.
            LogFailed(ex, action, request.Platform, request.ChatId);
            return Notice(request, strings, UiStrings.For(request.Language).SomethingWentWrong);
        }
    }

    private async Task<Reply> SetAsync(DailyRequest request, DailyStrings strings, CancellationToken cancellationToken)
    {
        var arguments = request.Arguments;
        if (arguments.Card && request.MissingCardPermission is { } missing)
        {
            // Refused now rather than at the first post, which could only go out as text.
            return Notice(request, strings, strings.CannotPostCards(missing));
        }

        // Without a zone, "/daily 09:00" moves the time and keeps the zone the chat already has.
        var zone = arguments.TimeZone
            ?? (await admin.StatusAsync(request.Platform, request.ChatId, cancellationToken)).TimeZone
            ?? core.Value.TimeZone;
        var set = new DigestSetRequest(request.Platform, request.ChatId, arguments.Schedule ?? string.Empty, zone, request.By)
        {
            Pin = arguments.Pin,
            Card = arguments.Card,
            ThreadId = request.ThreadId,
            // Null keeps the language named before, if any; else the posts follow the bot's default language.
            Language = arguments.Language,
        };
        var result = await admin.SetAsync(set, cancellationToken);
        return result.Error switch
        {
            DigestSetError.None => StatusReply(request, strings, string.Join(' ', [strings.Saved, .. HowPosted(strings, result.Status!)]), result.Status!),
            DigestSetError.InvalidSchedule => Notice(request, strings, request.SetCommand is null ? strings.BadTime(set.Schedule) : strings.BadTimeOption(set.Schedule)),
            DigestSetError.UnknownTimeZone => Notice(request, strings, strings.BadZone(zone, result.Suggestions)),
            _ => Notice(request, strings, result.Message ?? strings.NotSet(request.SetCommand ?? TextSetCommand)),
        };
    }

    /// <summary>The schedule in the target's zone, then the next post (or why there is none), then the last.</summary>
    private static Reply StatusReply(DailyRequest request, DailyStrings strings, string? lead, DigestStatus status)
    {
        if (!status.Configured)
        {
            var notSet = strings.NotSet(request.SetCommand ?? TextSetCommand);
            return Notice(request, strings, lead is null ? notSet : $"{lead}\n{notSet}");
        }

        var lines = new List<string>();
        if (lead is not null)
        {
            lines.Add(lead);
        }

        var zone = status.TimeZone ?? "UTC";
        if (status.Schedule is { } schedule)
        {
            lines.Add(DigestSchedule.TryParse(schedule, out var parsed, out _) && parsed.IsTimeOfDay
                ? strings.EveryDay(parsed.Text, zone)
                : strings.OnCron(schedule, zone));
        }

        if (lead is null)
        {
            lines.AddRange(HowPosted(strings, status));
        }

        if (!status.Enabled)
        {
            lines.Add(strings.IsOff(status.DisabledReason));
        }
        else if (request.ShowInstant is { } show && status.NextPostAt is { } at)
        {
            lines.Add(strings.NextPost(show(at)));
        }
        else if (status.NextPostLocal is { } next)
        {
            lines.Add(strings.NextPost($"{next.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({zone})"));
        }

        if (status.LastPostDate is { } last)
        {
            lines.Add(strings.LastPost(last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return Notice(request, strings, string.Join('\n', lines));
    }

    /// <summary>Pinned, as cards: what each post will be, beyond its time.</summary>
    private static IEnumerable<string> HowPosted(DailyStrings strings, DigestStatus status)
    {
        if (status.Pin)
        {
            yield return strings.Pinned;
        }

        if (status.Card)
        {
            yield return strings.AsCards;
        }
    }

    private static Reply Usage(DailyStrings strings) => new()
    {
        Kind = ReplyKind.Help,
        Title = strings.Title,
        Items = [.. strings.Examples.Select(e => new ReplyItem(e.Example, e.Meaning))],
        Footer = strings.AdminsOnly,
        Ephemeral = true,
    };

    /// <summary>Every answer is for the asker alone, where the platform can say so; it names the chat when that may be another one.</summary>
    private static Reply Notice(DailyRequest request, DailyStrings strings, string text) => new()
    {
        Kind = ReplyKind.Notice,
        Title = request.ChatMention is { } chat ? $"{strings.Title} · {chat}" : strings.Title,
        Text = text,
        Ephemeral = true,
    };

    [LoggerMessage(EventId = 4620, Level = LogLevel.Information, Message = "/daily on {Platform} {ChatId} from {By} refused: {Asker}")]
    private partial void LogRefused(string platform, string chatId, string? by, DailyAsker asker);

    [LoggerMessage(EventId = 4621, Level = LogLevel.Information, Message = "/daily {Action} on {Platform} {ChatId} by admin {By}")]
    private partial void LogAnswering(DailyAction action, string platform, string chatId, string? by);

    [LoggerMessage(EventId = 4622, Level = LogLevel.Error, Message = "/daily {Action} on {Platform} {ChatId} failed")]
    private partial void LogFailed(Exception exception, DailyAction action, string platform, string chatId);
}
