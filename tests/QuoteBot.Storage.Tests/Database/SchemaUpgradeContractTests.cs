using QuoteBot.Core.State;
using QuoteBot.Digest.Delivery;
using QuoteBot.Digest.Targets;
using QuoteBot.Storage.Database;
using QuoteBot.Storage.Stores;
using QuoteBot.Storage.Tests.Support;

namespace QuoteBot.Storage.Tests.Database;

/// <summary>A database written by an older build is upgraded in place, keeping what it holds; on every provider.</summary>
public abstract class SchemaUpgradeContractTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : class, IDatabaseFixture
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [StoreFact]
    public async Task A_schema_1_database_gains_cards_and_upload_ids_and_keeps_its_targets_chats_cursors_and_deliveries()
    {
        var database = await fixture.OpenEmptyAsync();
        // What the schema-1 build wrote, in its own columns (it knew nothing of cards).
        await using (var connection = await database.OpenAtVersionAsync(1))
        {
            Assert.Equal(1L, Convert.ToInt64(await connection.ScalarAsync(null, "SELECT MAX(version) FROM schema_version", default), System.Globalization.CultureInfo.InvariantCulture));
            await connection.ExecuteAsync(null,
                """
                INSERT INTO digest_targets (id, platform, chat_id, schedule, time_zone, enabled, pin, thread_id, language, created_by, disabled_reason, active_since, updated_at)
                VALUES ('telegram:-1001', 'telegram', '-1001', '08:00', 'Asia/Shanghai', 1, 1, NULL, 'zh', 'user-7', NULL, @at, @at)
                """, default, ("at", Now.ToMilliseconds()));
            await connection.ExecuteAsync(null, "INSERT INTO cursors (name, value) VALUES ('telegram:offset', 77)", default);
            await connection.ExecuteAsync(null, "INSERT INTO chats (platform, chat_id, status, migrated_to, reason, updated_at) VALUES ('telegram', '-1002', 'blocked', NULL, '403', @at)",
                default, ("at", Now.ToMilliseconds()));
            await connection.ExecuteAsync(null,
                """
                INSERT INTO digest_deliveries (target_id, local_date, state, idempotency_key, owner, lease_until, attempts, chat_id, message_id, detail, completed_at)
                VALUES ('telegram:-1001', '2026-03-01', 'sent', 'key-1', NULL, NULL, 1, '-1001', '55', NULL, @at)
                """, default, ("at", Now.ToMilliseconds()));
        }

        Assert.Equal(Schema.LatestVersion, await database.MigrateAsync());

        var target = await new SqlDigestTargetStore(database).FindAsync("telegram:-1001");
        Assert.NotNull(target);
        Assert.Equal((true, false, "zh", "08:00", Now), (target.Pin, target.Card, target.Language, target.Schedule, target.ActiveSince));
        Assert.Equal(77, await new SqlCursorStore(database).GetAsync("telegram:offset"));
        Assert.Equal(ChatStatus.Blocked, (await new SqlChatRegistry(database, TimeProvider.System).FindAsync("telegram", "-1002"))!.Status);
        var sent = await new SqlDeliveryLedger(database).FindAsync("telegram:-1001", new DateOnly(2026, 3, 1));
        Assert.Equal((DeliveryState.Sent, "55"), (sent!.State, sent.MessageId));

        // The upgraded database takes what the new columns and tables hold.
        await new SqlDigestTargetStore(database).UpsertAsync(target with { Card = true });
        Assert.True((await new SqlDigestTargetStore(database).FindAsync("telegram:-1001"))!.Card);
        var files = new SqlUploadedFiles(database, TimeProvider.System);
        await files.RememberAsync("telegram:1", "q14", "file-1");
        Assert.Equal("file-1", await files.FindAsync("telegram:1", "q14"));
    }
}

public sealed class SqliteSchemaUpgradeTests(SqliteFixture fixture) : SchemaUpgradeContractTests<SqliteFixture>(fixture);

public sealed class PostgresSchemaUpgradeTests(PostgresFixture fixture) : SchemaUpgradeContractTests<PostgresFixture>(fixture), INeedsPostgres;
