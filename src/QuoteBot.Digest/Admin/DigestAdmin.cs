using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Localization;
using QuoteBot.Core;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Selection;
using QuoteBot.Core.State;
using QuoteBot.Digest.Content;
using QuoteBot.Digest.Delivery;
using QuoteBot.Digest.Engine;
using QuoteBot.Digest.Scheduling;
using QuoteBot.Digest.Targets;

namespace QuoteBot.Digest.Admin;

/// <summary>The <see cref="IDigestAdmin"/> over the target store, the catalog and the delivery records.</summary>
internal sealed class DigestAdmin(
    IDigestTargetStore store,
    DigestTargetCatalog catalog,
    IDeliveryLedger ledger,
    IChatRegistry registry,
    DigestContent content,
    DigestWakeup wakeup,
    TimeProvider time,
    IOptions<CoreOptions> core,
    ILogger<DigestAdmin> logger) : IDigestAdmin
{
    /// <summary>How many local dates back <see cref="StatusAsync"/> looks for the last post.</summary>
    private const int LastPostDays = 8;

    public async ValueTask<DigestSetResult> SetAsync(DigestSetRequest request, CancellationToken cancellationToken = default)
    {
        if (!DigestSchedule.TryParse(request.Schedule, out var schedule, out var scheduleError))
        {
            return Refuse(DigestSetError.InvalidSchedule, scheduleError, []);
        }

        if (!TimeZoneResolver.TryResolve(request.TimeZone, out _, out var zoneId))
        {
            return Refuse(DigestSetError.UnknownTimeZone, TimeZoneResolver.Describe(request.TimeZone), TimeZoneResolver.Suggest(request.TimeZone));
        }

        if (!string.IsNullOrEmpty(request.Language) && !UiLanguages.TryParse(request.Language, out _))
        {
            return Refuse(DigestSetError.InvalidLanguage, $"'{request.Language}' is not a language; use 'en' or 'zh'", []);
        }

        var now = time.GetUtcNow();
        var existing = await catalog.FindForChatAsync(request.Platform, request.ChatId, cancellationToken);
        var target = new DigestTarget
        {
            // Keeping the id keeps the day's delivery record, so changing the time never posts a date twice.
            Id = existing?.Id ?? DigestTarget.IdFor(request.Platform, request.ChatId),
            Platform = request.Platform,
            ChatId = request.ChatId,
            Schedule = schedule.Text,
            TimeZone = zoneId,
            Enabled = true,
            Pin = request.Pin,
            Card = request.Card,
            ThreadId = string.IsNullOrWhiteSpace(request.ThreadId) ? null : request.ThreadId,
            // A language named once stays until another is named: moving the time must not change what readers read.
            Language = string.IsNullOrWhiteSpace(request.Language) ? existing?.Language : request.Language,
            CreatedBy = request.By,
            ActiveSince = now,
            UpdatedAt = now,
            Source = DigestTargetSource.Admin,
        };

        // An admin is using the bot in this chat, so it can post there again.
        await registry.MarkActiveAsync(request.Platform, request.ChatId, cancellationToken);
        await store.UpsertAsync(target, cancellationToken);
        logger.TargetSet(target.Id, request.By, request.Platform, request.ChatId, target.Schedule, target.TimeZone);
        wakeup.Signal();
        return new DigestSetResult(await StatusOfAsync(request.Platform, request.ChatId, target, cancellationToken), DigestSetError.None, null, []);
    }

    public async ValueTask<DigestStatus> OffAsync(string platform, string chatId, string? by, CancellationToken cancellationToken = default)
    {
        var target = await catalog.FindForChatAsync(platform, chatId, cancellationToken);
        if (target is not null && target.Enabled)
        {
            await catalog.DisableAsync(target, $"turned off by {by ?? "an admin"}", time.GetUtcNow(), cancellationToken);
            logger.TargetOff(target.Id, by);
            wakeup.Signal();
        }

        return await StatusAsync(platform, chatId, cancellationToken);
    }

    public async ValueTask<DigestStatus> StatusAsync(string platform, string chatId, CancellationToken cancellationToken = default) =>
        await StatusOfAsync(platform, chatId, await catalog.FindForChatAsync(platform, chatId, cancellationToken), cancellationToken);

    public async ValueTask<DigestPreview> PreviewAsync(string platform, string chatId, CancellationToken cancellationToken = default)
    {
        var status = await StatusAsync(platform, chatId, cancellationToken);
        var date = status.NextPostLocal is { } local
            ? DateOnly.FromDateTime(local.DateTime)
            : DailyQuote.Today(time, TimeZoneResolver.TryResolve(status.TimeZone ?? core.Value.TimeZone, out var zone, out _) ? zone : TimeZoneInfo.Utc);
        var target = await catalog.FindForChatAsync(platform, chatId, cancellationToken);
        // A card target previews its card, as the platform will post it.
        return new DigestPreview(content.ReplyFor(date, target?.Language, target?.Card ?? false), date, status.NextPostAt);
    }

    private async ValueTask<DigestStatus> StatusOfAsync(string platform, string chatId, DigestTarget? target, CancellationToken cancellationToken)
    {
        if (target is null)
        {
            return new DigestStatus(platform, chatId, false, false, null, null, null, null, null, null, null);
        }

        var scheduled = await catalog.ScheduleAsync(target, cancellationToken);
        var now = time.GetUtcNow();
        DigestSlot? next = null;
        DeliveryRecord? last = null;
        if (scheduled is not null)
        {
            next = target.Enabled ? await NextUnsentAsync(scheduled, now, cancellationToken) : null;
            last = await LastSentAsync(target.Id, DailyQuote.Today(time, scheduled.Zone), cancellationToken);
        }

        var sent = last;
        return new DigestStatus(
            platform,
            scheduled?.ChatId ?? target.ChatId,
            true,
            target.Enabled && scheduled is not null,
            target.Schedule,
            target.TimeZone,
            next?.DueAt,
            next is { } n && scheduled is not null ? TimeZoneInfo.ConvertTime(n.DueAt, scheduled.Zone) : null,
            target.Enabled && scheduled is null ? "the chat is gone" : target.DisabledReason,
            sent?.LocalDate,
            sent?.MessageId)
        {
            Pin = target.Pin,
            Card = target.Card,
        };
    }

    /// <summary>The next slot whose date has not been posted yet (a cron that fires twice a day posts once).</summary>
    private async ValueTask<DigestSlot?> NextUnsentAsync(ScheduledTarget target, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var after = now;
        for (var i = 0; i < 8 && target.Schedule.NextAfter(after, target.Zone) is { } slot; i++)
        {
            var record = await ledger.FindAsync(target.Id, slot.LocalDate, cancellationToken);
            if (record is null || !record.IsFinal)
            {
                return slot;
            }

            after = slot.DueAt;
        }

        return null;
    }

    /// <summary>The latest sent delivery on <paramref name="today"/> or the days before it.</summary>
    private async ValueTask<DeliveryRecord?> LastSentAsync(string targetId, DateOnly today, CancellationToken cancellationToken)
    {
        for (var date = today; date > today.AddDays(-LastPostDays); date = date.AddDays(-1))
        {
            if (await ledger.FindAsync(targetId, date, cancellationToken) is { State: DeliveryState.Sent } record)
            {
                return record;
            }
        }

        return null;
    }

    private static DigestSetResult Refuse(DigestSetError error, string message, IReadOnlyList<string> suggestions) =>
        new(null, error, message, suggestions);
}
