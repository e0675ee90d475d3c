namespace QuoteBot.Digest.Delivery;

/// <summary>Process-local delivery records with the same claim rules as the durable stores: for tests and for running without storage.</summary>
public sealed class InMemoryDeliveryLedger : IDeliveryLedger
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string TargetId, DateOnly Date), DeliveryRecord> _records = [];

    public ValueTask<ClaimResult> TryClaimAsync(string targetId, DateOnly localDate, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var key = (targetId, localDate);
            if (!_records.TryGetValue(key, out var record))
            {
                record = new DeliveryRecord(targetId, localDate, DeliveryState.Claimed, IdempotencyKeys.New(), owner, leaseUntil, 1, null, null, null, null);
                _records[key] = record;
                return ValueTask.FromResult(new ClaimResult(true, record));
            }

            if (!CanTakeOver(record, owner, now))
            {
                return ValueTask.FromResult(new ClaimResult(false, record));
            }

            record = record with { Owner = owner, LeaseUntil = leaseUntil, Attempts = record.Attempts + 1 };
            _records[key] = record;
            return ValueTask.FromResult(new ClaimResult(true, record));
        }
    }

    public ValueTask<bool> CompleteAsync(DeliveryRecord claim, string chatId, string messageId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        UpdateOwned(claim, r => r with { State = DeliveryState.Sent, ChatId = chatId, MessageId = messageId, LeaseUntil = null, CompletedAt = now });

    public ValueTask<bool> PostponeAsync(DeliveryRecord claim, DateTimeOffset retryAt, CancellationToken cancellationToken = default) =>
        UpdateOwned(claim, r => r with { LeaseUntil = retryAt });

    public ValueTask<bool> CloseAsync(DeliveryRecord claim, DeliveryState state, string detail, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        UpdateOwned(claim, r => r with { State = state, Detail = detail, LeaseUntil = null, CompletedAt = now });

    public ValueTask<bool> TrySkipAsync(string targetId, DateOnly localDate, string owner, string detail, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var key = (targetId, localDate);
            if (_records.TryGetValue(key, out var record) && !CanTakeOver(record, owner, now))
            {
                return ValueTask.FromResult(false);
            }

            _records[key] = record is null
                ? new DeliveryRecord(targetId, localDate, DeliveryState.Skipped, IdempotencyKeys.New(), owner, null, 0, null, null, detail, now)
                : record with { State = DeliveryState.Skipped, Owner = owner, LeaseUntil = null, Detail = detail, CompletedAt = now };
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask<DeliveryRecord?> FindAsync(string targetId, DateOnly localDate, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return ValueTask.FromResult(_records.GetValueOrDefault((targetId, localDate)));
        }
    }

    private static bool CanTakeOver(DeliveryRecord record, string owner, DateTimeOffset now) =>
        record.State == DeliveryState.Claimed && (record.Owner == owner || record.LeaseUntil is null || record.LeaseUntil <= now);

    private ValueTask<bool> UpdateOwned(DeliveryRecord claim, Func<DeliveryRecord, DeliveryRecord> change)
    {
        lock (_lock)
        {
            var key = (claim.TargetId, claim.LocalDate);
            if (!_records.TryGetValue(key, out var record) || record.State != DeliveryState.Claimed || record.Owner != claim.Owner)
            {
                return ValueTask.FromResult(false);
            }

            _records[key] = change(record);
            return ValueTask.FromResult(true);
        }
    }
}
