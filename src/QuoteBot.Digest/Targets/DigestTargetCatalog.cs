using Microsoft.Extensions.Options;
using QuoteBot.Core.State;
using QuoteBot.Digest.Scheduling;

namespace QuoteBot.Digest.Targets;

/// <summary>
/// All targets in effect: the configuration's, overridden by stored ones with the same id. A stored target is kept
/// current by the store (moved with its chat, turned off when the chat is gone); a configuration target is followed
/// through the <see cref="IChatRegistry"/> each time, since the configuration cannot be rewritten.
/// </summary>
internal sealed class DigestTargetCatalog(IDigestTargetStore store, IChatRegistry registry, IOptions<DigestOptions> options)
{
    /// <summary>A Telegram group migrates once (to a supergroup); more hops than this is a loop in the records.</summary>
    private const int MaxMigrationHops = 4;

    private readonly DigestTarget[] _configured = [.. options.Value.Targets.Select(FromOptions)];

    /// <summary>Every target, enabled or not, as stored or configured.</summary>
    public async ValueTask<IReadOnlyList<DigestTarget>> ListAsync(CancellationToken cancellationToken = default)
    {
        var stored = await store.ListAsync(cancellationToken);
        var ids = stored.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        return [.. stored, .. _configured.Where(t => !ids.Contains(t.Id))];
    }

    /// <summary>The enabled targets whose chat can still be posted to.</summary>
    public async ValueTask<IReadOnlyList<ScheduledTarget>> ActiveAsync(CancellationToken cancellationToken = default)
    {
        var active = new List<ScheduledTarget>();
        foreach (var target in await ListAsync(cancellationToken))
        {
            if (target.Enabled && await ScheduleAsync(target, cancellationToken) is { } scheduled)
            {
                active.Add(scheduled);
            }
        }

        return active;
    }

    /// <summary>The target that posts to this chat (by its chat now, or the chat it was created for), if any.</summary>
    public async ValueTask<DigestTarget?> FindForChatAsync(string platform, string chatId, CancellationToken cancellationToken = default)
    {
        DigestTarget? byOrigin = null;
        foreach (var target in await ListAsync(cancellationToken))
        {
            if (!string.Equals(target.Platform, platform, StringComparison.Ordinal))
            {
                continue;
            }

            if (target.ChatId == chatId || (target.Source == DigestTargetSource.Configuration && await ResolveChatAsync(target, cancellationToken) == chatId))
            {
                return target;
            }

            byOrigin ??= target.Id == DigestTarget.IdFor(platform, chatId) ? target : null;
        }

        return byOrigin;
    }

    /// <summary>Parses the target and follows a configuration target's chat; null when the chat is gone or the schedule no longer parses.</summary>
    public async ValueTask<ScheduledTarget?> ScheduleAsync(DigestTarget target, CancellationToken cancellationToken = default)
    {
        if (!DigestSchedule.TryParse(target.Schedule, out var schedule, out _) || !TimeZoneResolver.TryResolve(target.TimeZone, out var zone, out _))
        {
            return null;
        }

        var chat = target.Source == DigestTargetSource.Configuration ? await ResolveChatAsync(target, cancellationToken) : target.ChatId;
        return chat is null ? null : new ScheduledTarget(target, chat, schedule, zone);
    }

    /// <summary>Turns a target off for good reason; a configuration target is turned off through a stored override.</summary>
    public async ValueTask DisableAsync(DigestTarget target, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!await store.DisableAsync(target.Id, reason, now, cancellationToken))
        {
            await store.UpsertAsync(target with { Enabled = false, DisabledReason = reason, UpdatedAt = now }, cancellationToken);
        }
    }

    /// <summary>
    /// Points a target at the chat it moved to. A durable store has already moved its targets inside
    /// <see cref="IChatRegistry.MigrateAsync"/>; this covers a configuration target and a store that does not.
    /// </summary>
    public async ValueTask FollowMigrationAsync(DigestTarget target, string newChatId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var stored = await store.FindAsync(target.Id, cancellationToken);
        if (stored is not null && stored.ChatId != newChatId)
        {
            await store.UpsertAsync(stored with { ChatId = newChatId, UpdatedAt = now }, cancellationToken);
        }
    }

    /// <summary>The chat to post to now: the target's chat followed through migrations; null once it is gone.</summary>
    private async ValueTask<string?> ResolveChatAsync(DigestTarget target, CancellationToken cancellationToken)
    {
        var chat = target.ChatId;
        for (var hop = 0; hop <= MaxMigrationHops; hop++)
        {
            var record = await registry.FindAsync(target.Platform, chat, cancellationToken);
            switch (record?.Status)
            {
                case null or ChatStatus.Active:
                    return chat;
                case ChatStatus.Migrated when record.MigratedTo is { Length: > 0 } next:
                    chat = next;
                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    private static DigestTarget FromOptions(DigestTargetOptions options)
    {
        TimeZoneResolver.TryResolve(options.TimeZone, out _, out var zoneId);
        return new DigestTarget
        {
            Id = DigestTarget.IdFor(options.Platform, options.ChatId),
            Platform = options.Platform,
            ChatId = options.ChatId,
            Schedule = options.ScheduleText.Trim(),
            TimeZone = zoneId.Length > 0 ? zoneId : options.TimeZone,
            Enabled = options.Enabled,
            Pin = options.Pin,
            Card = options.Card,
            ThreadId = string.IsNullOrWhiteSpace(options.ThreadId) ? null : options.ThreadId,
            Language = string.IsNullOrWhiteSpace(options.Language) ? null : options.Language,
            CreatedBy = "configuration",
            Source = DigestTargetSource.Configuration,
        };
    }
}
