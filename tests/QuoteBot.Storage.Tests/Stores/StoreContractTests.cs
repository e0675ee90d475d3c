using Microsoft.Extensions.Time.Testing;
using QuoteBot.Core.State;
using QuoteBot.Digest.Targets;
using QuoteBot.Storage.Database;
using QuoteBot.Storage.Stores;
using QuoteBot.Storage.Tests.Support;

namespace QuoteBot.Storage.Tests.Stores;

/// <summary>The durable stores' behaviour, run against every provider by the subclasses below.</summary>
public abstract class StoreContractTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : class, IDatabaseFixture
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private StateDatabase Database => fixture.Database;

    private static string NewChat() => $"-100{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}";

    [StoreFact]
    public async Task The_schema_is_at_the_latest_version_and_migrating_again_changes_nothing()
    {
        Assert.Equal(Schema.LatestVersion, await Database.MigrateAsync());

        var again = fixture.OpenAnother();
        Assert.Equal(Schema.LatestVersion, await again.MigrateAsync());
        await using var connection = await again.OpenAsync();
        var rows = await connection.ScalarAsync(null, "SELECT COUNT(*) FROM schema_version", default);
        Assert.Equal(Schema.LatestVersion, Convert.ToInt32(rows, System.Globalization.CultureInfo.InvariantCulture));
    }

    [StoreFact]
    public async Task What_one_instance_writes_another_reads_after_a_restart()
    {
        var name = $"telegram:offset:{Guid.NewGuid():N}";
        await new SqlCursorStore(Database).SetAsync(name, 42);

        Assert.Equal(42, await new SqlCursorStore(fixture.OpenAnother()).GetAsync(name));
    }

    [StoreFact]
    public async Task A_cursor_is_missing_until_set_and_keeps_the_last_value()
    {
        var cursors = new SqlCursorStore(Database);
        var name = $"cursor-{Guid.NewGuid():N}";

        Assert.Null(await cursors.GetAsync(name));
        await cursors.SetAsync(name, 1);
        await cursors.SetAsync(name, long.MaxValue);
        Assert.Equal(long.MaxValue, await cursors.GetAsync(name));
    }

    [StoreFact]
    public async Task The_chat_registry_records_blocked_and_active_chats_with_the_reason_and_time()
    {
        var registry = new SqlChatRegistry(Database, _time);
        var chat = NewChat();

        Assert.Null(await registry.FindAsync("telegram", chat));
        await registry.MarkBlockedAsync("telegram", chat, "403: bot was blocked by the user");
        var blocked = await registry.FindAsync("telegram", chat);
        Assert.Equal(new ChatRecord("telegram", chat, ChatStatus.Blocked, null, "403: bot was blocked by the user", _time.GetUtcNow()), blocked);

        _time.Advance(TimeSpan.FromHours(1));
        await registry.MarkActiveAsync("telegram", chat);
        Assert.Equal(new ChatRecord("telegram", chat, ChatStatus.Active, null, null, _time.GetUtcNow()), await registry.FindAsync("telegram", chat));
        Assert.Null(await registry.FindAsync("discord", chat));
    }

    [StoreFact]
    public async Task Migrating_a_chat_moves_its_digest_targets_keeping_their_ids()
    {
        var registry = new SqlChatRegistry(Database, _time);
        var targets = new SqlDigestTargetStore(Database);
        var (from, to) = (NewChat(), NewChat());
        var target = Target("telegram", from);
        await targets.UpsertAsync(target);

        await registry.MigrateAsync("telegram", from, to);

        Assert.Equal(target with { ChatId = to, UpdatedAt = _time.GetUtcNow() }, await targets.FindAsync(target.Id));
        var old = await registry.FindAsync("telegram", from);
        Assert.Equal((ChatStatus.Migrated, to), (old!.Status, old.MigratedTo));
        Assert.Equal(ChatStatus.Active, (await registry.FindAsync("telegram", to))!.Status);
    }

    [StoreFact]
    public async Task Migrating_into_a_chat_that_has_its_own_target_keeps_that_one()
    {
        var registry = new SqlChatRegistry(Database, _time);
        var targets = new SqlDigestTargetStore(Database);
        var (from, to) = (NewChat(), NewChat());
        await targets.UpsertAsync(Target("telegram", from));
        var newer = Target("telegram", to) with { Schedule = "20:00" };
        await targets.UpsertAsync(newer);

        await registry.MigrateAsync("telegram", from, to);

        Assert.Null(await targets.FindAsync(DigestTarget.IdFor("telegram", from)));
        Assert.Equal(newer, await targets.FindAsync(newer.Id));
    }

    [StoreFact]
    public async Task Targets_round_trip_every_field_and_an_upsert_replaces()
    {
        var targets = new SqlDigestTargetStore(Database);
        var target = Target("discord", NewChat()) with
        {
            Pin = true,
            Card = true,
            ThreadId = "1234567890",
            Language = "zh",
            CreatedBy = "user-7",
            ActiveSince = _time.GetUtcNow(),
        };

        await targets.UpsertAsync(target);
        Assert.Equal(target, await targets.FindAsync(target.Id));
        Assert.Contains(target, await targets.ListAsync());

        var changed = target with { Schedule = "0 9 * * 1-5", TimeZone = "Europe/London", Pin = false, Card = false, ThreadId = null, Language = null };
        await targets.UpsertAsync(changed);
        Assert.Equal(changed, await targets.FindAsync(target.Id));
        Assert.Null(await targets.FindAsync("discord:nothing-here"));
    }

    [StoreFact]
    public async Task Disabling_a_target_keeps_it_with_the_reason()
    {
        var targets = new SqlDigestTargetStore(Database);
        var target = Target("discord", NewChat());
        await targets.UpsertAsync(target);

        Assert.True(await targets.DisableAsync(target.Id, "50013: missing permissions", _time.GetUtcNow()));
        Assert.False(await targets.DisableAsync("discord:unknown", "x", _time.GetUtcNow()));

        var stored = await targets.FindAsync(target.Id);
        Assert.False(stored!.Enabled);
        Assert.Equal("50013: missing permissions", stored.DisabledReason);
    }

    private DigestTarget Target(string platform, string chat) => new()
    {
        Id = DigestTarget.IdFor(platform, chat),
        Platform = platform,
        ChatId = chat,
        Schedule = "08:00",
        TimeZone = "Asia/Shanghai",
        CreatedBy = "admin",
        UpdatedAt = _time.GetUtcNow(),
    };
}

public sealed class SqliteStoreTests(SqliteFixture fixture) : StoreContractTests<SqliteFixture>(fixture);

public sealed class PostgresStoreTests(PostgresFixture fixture) : StoreContractTests<PostgresFixture>(fixture), INeedsPostgres;
