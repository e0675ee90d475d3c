using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Diagnostics;
using QuoteBot.Core.Resilience;
using QuoteBot.Core.State;
using QuoteBot.Digest.Content;
using QuoteBot.Digest.Delivery;
using QuoteBot.Digest.Scheduling;
using QuoteBot.Digest.Targets;

namespace QuoteBot.Digest.Engine;

/// <summary>
/// One delivery, start to end: skip it if it is too late, else claim it, send it, and record what the platform said.
/// The record is claimed before the send and completed after, so a crash in between leaves a claim that the next
/// start takes back and retries with the same idempotency key. Each post's outcome, once known, is counted in
/// <c>quotebot_digest_posts_total{platform,result}</c> (<see cref="DigestPostResults"/>).
/// </summary>
internal sealed class DeliveryRunner(
    IDeliveryLedger ledger,
    IChatRegistry registry,
    DigestTargetCatalog catalog,
    DigestContent content,
    TimeProvider time,
    IOptions<DigestOptions> options,
    BotMetrics metrics,
    ILogger<DeliveryRunner> logger)
{
    /// <summary>A migration is followed this many times within one delivery before it is treated as a failure.</summary>
    private const int MaxMigrations = 3;

    /// <summary>30 s, 1 min, 2 min … up to 15 min between attempts after a sender fault.</summary>
    internal static readonly Backoff Retries = new(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(15));

    private readonly DigestOptions _options = options.Value;
    private readonly string _owner = options.Value.EffectiveInstanceId;

    public async Task<DeliveryOutcome> RunAsync(ScheduledTarget target, DigestSlot slot, IDigestSender sender, bool knownRetry, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var late = now - slot.DueAt;
        if (late > _options.CatchUpGrace)
        {
            return await SkipAsync(target, slot, late, now, cancellationToken);
        }

        var claim = await ledger.TryClaimAsync(target.Id, slot.LocalDate, _owner, now, now + _options.ClaimLease, cancellationToken);
        if (!claim.Claimed)
        {
            return Unclaimed(target, claim.Record, now);
        }

        var record = claim.Record;
        if (record.Attempts > 1 && !knownRetry)
        {
            logger.Resuming(target.Id, slot.LocalDate, record.Attempts, record.IdempotencyKey);
        }
        else if (record.Attempts == 1 && late > TimeSpan.FromMinutes(1))
        {
            logger.CatchingUp(target.Id, slot.LocalDate, slot.DueAt, late);
        }

        var chat = target.ChatId;
        for (var migrations = 0; ; migrations++)
        {
            var delivery = new DigestDelivery(target.Target, chat, slot.LocalDate, slot.DueAt, content.ReplyFor(slot.LocalDate, target.Target.Language, target.Target.Card), record.IdempotencyKey, record.Attempts);
            var result = await SendAsync(sender, delivery, record.Attempts, cancellationToken);
            now = time.GetUtcNow();
            switch (result)
            {
                case DigestSendResult.Sent sent:
                    if (!await ledger.CompleteAsync(record, chat, sent.MessageId, now, cancellationToken))
                    {
                        logger.LostClaim(target.Id, slot.LocalDate, sent.MessageId);
                    }

                    logger.Sent(target.Target.Platform, chat, slot.LocalDate, target.Id, delivery.Reply.Quote?.Id ?? "?", sent.MessageId);
                    metrics.DigestPost(target.Target.Platform, DigestPostResults.Sent);
                    return DeliveryOutcome.Finished;

                case DigestSendResult.TargetGone gone:
                    await registry.MarkBlockedAsync(target.Target.Platform, chat, gone.Reason, cancellationToken);
                    await catalog.DisableAsync(target.Target, gone.Reason, now, cancellationToken);
                    await ledger.CloseAsync(record, DeliveryState.Gone, gone.Reason, now, cancellationToken);
                    logger.TargetGone(target.Id, target.Target.Platform, chat, gone.Reason);
                    metrics.DigestPost(target.Target.Platform, DigestPostResults.TurnedOff);
                    return DeliveryOutcome.Finished;

                case DigestSendResult.Migrated moved when migrations < MaxMigrations && moved.NewChatId != chat && moved.NewChatId.Length > 0:
                    await registry.MigrateAsync(target.Target.Platform, chat, moved.NewChatId, cancellationToken);
                    await catalog.FollowMigrationAsync(target.Target, moved.NewChatId, now, cancellationToken);
                    logger.Migrated(target.Id, target.Target.Platform, chat, moved.NewChatId);
                    chat = moved.NewChatId;
                    continue;

                case DigestSendResult.RetryLater retry:
                    return await PostponeAsync(target, slot, record, now + Clamp(retry.RetryAfter), cancellationToken);

                default:
                    return await GiveUpAsync(target, slot, record, $"unexpected answer {result}", now, cancellationToken);
            }
        }
    }

    private async Task<DigestSendResult> SendAsync(IDigestSender sender, DigestDelivery delivery, int attempt, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.SendAsync(delivery, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the claim stays, and the next start resumes it with the same key.
            throw;
        }
#pragma warning disable CA1031 // A sender's fault must not stop the other targets; it is logged and retried.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.SenderFailed(ex, sender.Platform, delivery.Target.Id);
            return new DigestSendResult.RetryLater(Retries.Delay(attempt));
        }
    }

    private async Task<DeliveryOutcome> SkipAsync(ScheduledTarget target, DigestSlot slot, TimeSpan late, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var detail = $"missed by {late}, more than the catch-up grace {_options.CatchUpGrace}";
        if (await ledger.TrySkipAsync(target.Id, slot.LocalDate, _owner, detail, now, cancellationToken))
        {
            logger.SkippedLate(target.Id, slot.LocalDate, slot.DueAt, late, _options.CatchUpGrace);
            metrics.DigestPost(target.Target.Platform, DigestPostResults.Skipped);
            return DeliveryOutcome.Finished;
        }

        var record = await ledger.FindAsync(target.Id, slot.LocalDate, cancellationToken);
        return record is null ? DeliveryOutcome.Finished : Unclaimed(target, record, now);
    }

    private DeliveryOutcome Unclaimed(ScheduledTarget target, DeliveryRecord record, DateTimeOffset now)
    {
        if (record.IsFinal)
        {
            return DeliveryOutcome.Finished;
        }

        var until = record.LeaseUntil is { } lease && lease > now ? lease : now + TimeSpan.FromSeconds(1);
        logger.HeldElsewhere(target.Id, record.LocalDate, record.Owner, until);
        return DeliveryOutcome.Wait(until);
    }

    private async Task<DeliveryOutcome> PostponeAsync(ScheduledTarget target, DigestSlot slot, DeliveryRecord record, DateTimeOffset retryAt, CancellationToken cancellationToken)
    {
        if (retryAt - slot.DueAt > _options.CatchUpGrace)
        {
            return await GiveUpAsync(target, slot, record, $"still failing {_options.CatchUpGrace} after the slot", time.GetUtcNow(), cancellationToken);
        }

        await ledger.PostponeAsync(record, retryAt, cancellationToken);
        logger.Postponed(target.Id, slot.LocalDate, retryAt, record.Attempts);
        return DeliveryOutcome.Wait(retryAt, retrying: true);
    }

    private async Task<DeliveryOutcome> GiveUpAsync(ScheduledTarget target, DigestSlot slot, DeliveryRecord record, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await ledger.CloseAsync(record, DeliveryState.Failed, reason, now, cancellationToken);
        logger.GaveUp(target.Id, slot.LocalDate, record.Attempts, reason);
        metrics.DigestPost(target.Target.Platform, DigestPostResults.Failed);
        return DeliveryOutcome.Finished;
    }

    /// <summary>A platform's retry-after is taken as given, within sane bounds.</summary>
    private static TimeSpan Clamp(TimeSpan retryAfter) =>
        retryAfter < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : retryAfter > TimeSpan.FromHours(1) ? TimeSpan.FromHours(1) : retryAfter;
}
