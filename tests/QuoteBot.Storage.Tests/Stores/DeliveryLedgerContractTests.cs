using QuoteBot.Digest.Delivery;
using QuoteBot.Storage.Stores;
using QuoteBot.Storage.Tests.Support;

namespace QuoteBot.Storage.Tests.Stores;

/// <summary>The claim rules of exactly-once, the same for the in-memory, SQLite and PostgreSQL ledgers.</summary>
public abstract class DeliveryLedgerContractTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 8, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private static readonly DateOnly Date = new(2026, 3, 8);

    protected abstract IDeliveryLedger Ledger { get; }

    private static string NewTarget() => $"telegram:{Guid.NewGuid():N}";

    [StoreFact]
    public async Task The_first_claim_creates_the_record_with_a_fresh_key()
    {
        var target = NewTarget();
        var claim = await Ledger.TryClaimAsync(target, Date, "a", Now, Now + Lease);

        Assert.True(claim.Claimed);
        Assert.Equal((target, Date, DeliveryState.Claimed, "a", 1), (claim.Record.TargetId, claim.Record.LocalDate, claim.Record.State, claim.Record.Owner, claim.Record.Attempts));
        Assert.Equal(Now + Lease, claim.Record.LeaseUntil);
        Assert.Matches("^[0-9a-f]{20}$", claim.Record.IdempotencyKey);
        Assert.Equal(claim.Record, await Ledger.FindAsync(target, Date));
        Assert.Null(await Ledger.FindAsync(target, Date.AddDays(1)));
    }

    [StoreFact]
    public async Task Another_instance_takes_a_claim_over_only_when_its_lease_ran_out_and_keeps_the_key()
    {
        var target = NewTarget();
        var first = await Ledger.TryClaimAsync(target, Date, "a", Now, Now + Lease);

        var early = await Ledger.TryClaimAsync(target, Date, "b", Now + Lease - TimeSpan.FromSeconds(1), Now + (2 * Lease));
        Assert.False(early.Claimed);
        Assert.Equal("a", early.Record.Owner);

        var late = await Ledger.TryClaimAsync(target, Date, "b", Now + Lease, Now + (2 * Lease));
        Assert.True(late.Claimed);
        Assert.Equal(("b", 2, first.Record.IdempotencyKey), (late.Record.Owner, late.Record.Attempts, late.Record.IdempotencyKey));
        Assert.False(await Ledger.CompleteAsync(first.Record, "chat", "m-1", Now), "the old owner lost the claim");
    }

    [StoreFact]
    public async Task The_owner_takes_its_own_claim_back_at_once_after_a_restart()
    {
        var target = NewTarget();
        var before = await Ledger.TryClaimAsync(target, Date, "a", Now, Now + Lease);

        var after = await Ledger.TryClaimAsync(target, Date, "a", Now + TimeSpan.FromSeconds(5), Now + Lease);

        Assert.True(after.Claimed);
        Assert.Equal((before.Record.IdempotencyKey, 2), (after.Record.IdempotencyKey, after.Record.Attempts));
    }

    [StoreFact]
    public async Task Completing_makes_the_record_final_with_the_message_id()
    {
        var target = NewTarget();
        var claim = (await Ledger.TryClaimAsync(target, Date, "a", Now, Now + Lease)).Record;

        Assert.True(await Ledger.CompleteAsync(claim, "-1001", "m-77", Now + TimeSpan.FromSeconds(1)));

        var record = await Ledger.FindAsync(target, Date);
        Assert.Equal((DeliveryState.Sent, "-1001", "m-77", (DateTimeOffset?)null), (record!.State, record.ChatId, record.MessageId, record.LeaseUntil));
        Assert.Equal(Now + TimeSpan.FromSeconds(1), record.CompletedAt);
        var again = await Ledger.TryClaimAsync(target, Date, "a", Now + (3 * Lease), Now + (4 * Lease));
        Assert.False(again.Claimed);
        Assert.True(again.Record.IsFinal);
        Assert.False(await Ledger.CompleteAsync(claim, "-1001", "m-78", Now), "a final record is not completed twice");
    }

    [StoreFact]
    public async Task Postponing_lets_any_instance_retry_from_the_retry_time()
    {
        var target = NewTarget();
        var claim = (await Ledger.TryClaimAsync(target, Date, "a", Now, Now + Lease)).Record;
        var retryAt = Now + TimeSpan.FromSeconds(30);

        Assert.True(await Ledger.PostponeAsync(claim, retryAt));

        Assert.False((await Ledger.TryClaimAsync(target, Date, "b", retryAt - TimeSpan.FromSeconds(1), retryAt + Lease)).Claimed);
        Assert.True((await Ledger.TryClaimAsync(target, Date, "b", retryAt, retryAt + Lease)).Claimed);
    }

    [StoreFact]
    public async Task A_missed_slot_is_recorded_as_skipped_once_and_never_over_a_post_or_a_live_claim()
    {
        var missed = NewTarget();
        Assert.True(await Ledger.TrySkipAsync(missed, Date, "a", "missed by 07:00:00", Now));
        Assert.False(await Ledger.TrySkipAsync(missed, Date, "a", "again", Now));
        var record = await Ledger.FindAsync(missed, Date);
        Assert.Equal((DeliveryState.Skipped, "missed by 07:00:00"), (record!.State, record.Detail));
        Assert.False((await Ledger.TryClaimAsync(missed, Date, "a", Now, Now + Lease)).Claimed);

        var sent = NewTarget();
        var claim = (await Ledger.TryClaimAsync(sent, Date, "a", Now, Now + Lease)).Record;
        await Ledger.CompleteAsync(claim, "c", "m", Now);
        Assert.False(await Ledger.TrySkipAsync(sent, Date, "a", "late", Now));

        var held = NewTarget();
        await Ledger.TryClaimAsync(held, Date, "b", Now, Now + Lease);
        Assert.False(await Ledger.TrySkipAsync(held, Date, "a", "late", Now));
        Assert.True(await Ledger.TrySkipAsync(held, Date, "a", "late", Now + Lease), "a crashed instance's stale claim is skipped");
    }

    [StoreFact]
    public async Task Closing_a_claim_as_gone_is_final()
    {
        var target = NewTarget();
        var claim = (await Ledger.TryClaimAsync(target, Date, "a", Now, Now + Lease)).Record;

        Assert.True(await Ledger.CloseAsync(claim, DeliveryState.Gone, "403: bot was kicked", Now));

        var record = await Ledger.FindAsync(target, Date);
        Assert.Equal((DeliveryState.Gone, "403: bot was kicked"), (record!.State, record.Detail));
        Assert.False((await Ledger.TryClaimAsync(target, Date, "a", Now, Now + Lease)).Claimed);
    }

    [StoreFact]
    public async Task Many_instances_claiming_the_same_deliveries_at_once_get_exactly_one_winner_each()
    {
        var targets = Enumerable.Range(0, 10).Select(_ => NewTarget()).ToArray();
        var owners = Enumerable.Range(0, 6).Select(i => $"instance-{i}").ToArray();

        var claims = await Task.WhenAll(
            from owner in owners
            from target in targets
            select Task.Run(async () => (target, owner, (await Ledger.TryClaimAsync(target, Date, owner, Now, Now + Lease)).Claimed)));

        Assert.All(targets, target => Assert.Single(claims, c => c.target == target && c.Claimed));
    }
}

public sealed class InMemoryLedgerTests : DeliveryLedgerContractTests
{
    protected override IDeliveryLedger Ledger { get; } = new InMemoryDeliveryLedger();
}

public sealed class SqliteLedgerTests(SqliteFixture fixture) : DeliveryLedgerContractTests, IClassFixture<SqliteFixture>
{
    protected override IDeliveryLedger Ledger { get; } = new SqlDeliveryLedger(fixture.Database);
}

public sealed class PostgresLedgerTests(PostgresFixture fixture) : DeliveryLedgerContractTests, IClassFixture<PostgresFixture>, INeedsPostgres
{
    protected override IDeliveryLedger Ledger { get; } = new SqlDeliveryLedger(fixture.Database);
}
