using System.Data.Common;
using System.Globalization;
using QuoteBot.Digest.Delivery;
using QuoteBot.Storage.Database;

namespace QuoteBot.Storage.Stores;

/// <summary>
/// The durable <see cref="IDeliveryLedger"/>. Every claim is one atomic statement, so any number of instances on one
/// database agree on who sends: <c>INSERT … ON CONFLICT DO NOTHING</c> creates the record for exactly one of them,
/// and a takeover is an <c>UPDATE</c> whose condition (own claim, or lease run out) only one can satisfy, since the
/// winner's update makes it false for the rest.
/// </summary>
internal sealed class SqlDeliveryLedger(StateDatabase database) : IDeliveryLedger
{
    private const string Columns = "target_id, local_date, state, idempotency_key, owner, lease_until, attempts, chat_id, message_id, detail, completed_at";
    private const string Key = "target_id = @target AND local_date = @date";
    private const string Takeable = "state = 'claimed' AND (owner = @owner OR lease_until IS NULL OR lease_until <= @now)";
    private const string Owned = "state = 'claimed' AND owner = @owner";

    public async ValueTask<ClaimResult> TryClaimAsync(string targetId, DateOnly localDate, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        (string, object?)[] parameters =
        [
            ("target", targetId), ("date", Date(localDate)), ("owner", owner), ("now", now.ToMilliseconds()),
            ("lease", leaseUntil.ToMilliseconds()), ("key", IdempotencyKeys.New()),
        ];
        var created = await connection.QueryAsync(
            null,
            $"""
            INSERT INTO digest_deliveries (target_id, local_date, state, idempotency_key, owner, lease_until, attempts)
            VALUES (@target, @date, 'claimed', @key, @owner, @lease, 1)
            ON CONFLICT (target_id, local_date) DO NOTHING
            RETURNING {Columns}
            """,
            Read,
            cancellationToken,
            parameters);
        if (created.Count == 1)
        {
            return new ClaimResult(true, created[0]);
        }

        var taken = await connection.QueryAsync(
            null,
            $"UPDATE digest_deliveries SET owner = @owner, lease_until = @lease, attempts = attempts + 1 WHERE {Key} AND {Takeable} RETURNING {Columns}",
            Read,
            cancellationToken,
            parameters);
        if (taken.Count == 1)
        {
            return new ClaimResult(true, taken[0]);
        }

        return new ClaimResult(false, await FindAsync(connection, targetId, localDate, cancellationToken)
            ?? throw new InvalidOperationException($"delivery {targetId} {localDate} neither created nor found"));
    }

    public ValueTask<bool> CompleteAsync(DeliveryRecord claim, string chatId, string messageId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        UpdateOwnedAsync(claim, "state = 'sent', chat_id = @chat, message_id = @message, lease_until = NULL, completed_at = @now", cancellationToken,
            ("chat", chatId), ("message", messageId), ("now", now.ToMilliseconds()));

    public ValueTask<bool> PostponeAsync(DeliveryRecord claim, DateTimeOffset retryAt, CancellationToken cancellationToken = default) =>
        UpdateOwnedAsync(claim, "lease_until = @until", cancellationToken, ("until", retryAt.ToMilliseconds()));

    public ValueTask<bool> CloseAsync(DeliveryRecord claim, DeliveryState state, string detail, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        UpdateOwnedAsync(claim, "state = @state, detail = @detail, lease_until = NULL, completed_at = @now", cancellationToken,
            ("state", State(state)), ("detail", detail), ("now", now.ToMilliseconds()));

    public async ValueTask<bool> TrySkipAsync(string targetId, DateOnly localDate, string owner, string detail, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        (string, object?)[] parameters =
        [
            ("target", targetId), ("date", Date(localDate)), ("owner", owner), ("now", now.ToMilliseconds()),
            ("detail", detail), ("key", IdempotencyKeys.New()),
        ];
        var inserted = await connection.ExecuteAsync(
            null,
            """
            INSERT INTO digest_deliveries (target_id, local_date, state, idempotency_key, owner, attempts, detail, completed_at)
            VALUES (@target, @date, 'skipped', @key, @owner, 0, @detail, @now)
            ON CONFLICT (target_id, local_date) DO NOTHING
            """,
            cancellationToken,
            parameters);
        return inserted == 1 || await connection.ExecuteAsync(
            null,
            $"UPDATE digest_deliveries SET state = 'skipped', owner = @owner, lease_until = NULL, detail = @detail, completed_at = @now WHERE {Key} AND {Takeable}",
            cancellationToken,
            parameters) == 1;
    }

    public async ValueTask<DeliveryRecord?> FindAsync(string targetId, DateOnly localDate, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindAsync(connection, targetId, localDate, cancellationToken);
    }

    private static async Task<DeliveryRecord?> FindAsync(DbConnection connection, string targetId, DateOnly localDate, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync(null, $"SELECT {Columns} FROM digest_deliveries WHERE {Key}", Read, cancellationToken,
            ("target", targetId), ("date", Date(localDate)));
        return rows.FirstOrDefault();
    }

    private async ValueTask<bool> UpdateOwnedAsync(DeliveryRecord claim, string set, CancellationToken cancellationToken, params (string, object?)[] values)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, $"UPDATE digest_deliveries SET {set} WHERE {Key} AND {Owned}", cancellationToken,
            [("target", claim.TargetId), ("date", Date(claim.LocalDate)), ("owner", claim.Owner), .. values]) == 1;
    }

    private static DeliveryRecord Read(DbDataReader r) => new(
        r.GetString(0),
        DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.GetString(2) switch
        {
            "claimed" => DeliveryState.Claimed,
            "sent" => DeliveryState.Sent,
            "skipped" => DeliveryState.Skipped,
            "gone" => DeliveryState.Gone,
            _ => DeliveryState.Failed,
        },
        r.GetString(3),
        r.NullableString(4),
        r.NullableInstant(5),
        r.GetInt32(6),
        r.NullableString(7),
        r.NullableString(8),
        r.NullableString(9),
        r.NullableInstant(10));

    private static string State(DeliveryState state) => state.ToString().ToLowerInvariant();

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
