using System.Data.Common;
using QuoteBot.Digest.Targets;
using QuoteBot.Storage.Database;

namespace QuoteBot.Storage.Stores;

/// <summary>The durable <see cref="IDigestTargetStore"/>.</summary>
internal sealed class SqlDigestTargetStore(StateDatabase database) : IDigestTargetStore
{
    private const string Columns = "id, platform, chat_id, schedule, time_zone, enabled, pin, card, thread_id, language, created_by, disabled_reason, active_since, updated_at";

    public async ValueTask<IReadOnlyList<DigestTarget>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(null, $"SELECT {Columns} FROM digest_targets ORDER BY id", Read, cancellationToken);
    }

    public async ValueTask<DigestTarget?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(null, $"SELECT {Columns} FROM digest_targets WHERE id = @id", Read, cancellationToken, ("id", id));
        return rows.FirstOrDefault();
    }

    public async ValueTask UpsertAsync(DigestTarget target, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            null,
            $"""
            INSERT INTO digest_targets ({Columns})
            VALUES (@id, @platform, @chat, @schedule, @zone, @enabled, @pin, @card, @thread, @language, @by, @reason, @since, @at)
            ON CONFLICT (id) DO UPDATE SET
                platform = excluded.platform, chat_id = excluded.chat_id, schedule = excluded.schedule, time_zone = excluded.time_zone,
                enabled = excluded.enabled, pin = excluded.pin, card = excluded.card, thread_id = excluded.thread_id, language = excluded.language,
                created_by = excluded.created_by, disabled_reason = excluded.disabled_reason, active_since = excluded.active_since,
                updated_at = excluded.updated_at
            """,
            cancellationToken,
            ("id", target.Id),
            ("platform", target.Platform),
            ("chat", target.ChatId),
            ("schedule", target.Schedule),
            ("zone", target.TimeZone),
            ("enabled", target.Enabled ? 1 : 0),
            ("pin", target.Pin ? 1 : 0),
            ("card", target.Card ? 1 : 0),
            ("thread", target.ThreadId),
            ("language", target.Language),
            ("by", target.CreatedBy),
            ("reason", target.Enabled ? null : target.DisabledReason),
            ("since", target.ActiveSince?.ToMilliseconds()),
            ("at", target.UpdatedAt.ToMilliseconds()));
    }

    public async ValueTask<bool> DisableAsync(string id, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "UPDATE digest_targets SET enabled = 0, disabled_reason = @reason, updated_at = @at WHERE id = @id",
            cancellationToken, ("id", id), ("reason", reason), ("at", now.ToMilliseconds())) > 0;
    }

    private static DigestTarget Read(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Platform = r.GetString(1),
        ChatId = r.GetString(2),
        Schedule = r.GetString(3),
        TimeZone = r.GetString(4),
        Enabled = r.GetInt32(5) != 0,
        Pin = r.GetInt32(6) != 0,
        Card = r.GetInt32(7) != 0,
        ThreadId = r.NullableString(8),
        Language = r.NullableString(9),
        CreatedBy = r.NullableString(10),
        DisabledReason = r.NullableString(11),
        ActiveSince = r.NullableInstant(12),
        UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(13)),
        Source = DigestTargetSource.Admin,
    };
}
