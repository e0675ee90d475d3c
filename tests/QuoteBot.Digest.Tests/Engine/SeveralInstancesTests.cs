using Microsoft.Extensions.Time.Testing;
using QuoteBot.Digest.Tests.Support;
using QuoteBot.Testing;

namespace QuoteBot.Digest.Tests.Engine;

/// <summary>Two hosts on one database with the same targets: one post per target and date.</summary>
public sealed class SeveralInstancesTests : IDisposable
{
    private static readonly DateTimeOffset Slot = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _data = new("quotebot-instances");

    public void Dispose() => _data.Dispose();

    [PostgresFact]
    public async Task Two_hosts_on_one_postgres_database_post_each_target_once_a_day()
    {
        await using var schema = await PostgresSchema.CreateAsync();
        await TwoHostsPostOnce(settings => DigestHarness.OnPostgres(settings, schema.ConnectionString));
    }

    [Fact]
    public async Task Two_processes_on_one_sqlite_file_post_each_target_once_a_day()
    {
        await TwoHostsPostOnce(settings => DigestHarness.OnSqlite(settings, _data.Path));
    }

    private static async Task TwoHostsPostOnce(Func<Dictionary<string, string?>, Dictionary<string, string?>> store)
    {
        const int Targets = 40;
        const int Days = 3;
        var clock = new FakeTimeProvider(Slot - TimeSpan.FromMinutes(1));
        // One fake per platform stands for the chats both hosts post to; a yield lets the hosts interleave.
        var telegram = new FakePlatform("telegram", clock)
        {
            Behave = async (_, _) =>
            {
                await Task.Yield();
                return null;
            },
        };
        var settings = store(DigestHarness.Targets([.. Enumerable.Range(0, Targets).Select(i => ("telegram", $"-{i}", "08:00", "UTC"))]));
        await using var a = new DigestHarness(clock, new Dictionary<string, string?>(settings) { ["Bot:Digest:InstanceId"] = "host-a" }, telegram);
        await using var b = new DigestHarness(clock, new Dictionary<string, string?>(settings) { ["Bot:Digest:InstanceId"] = "host-b" }, telegram);

        for (var day = 0; day < Days; day++)
        {
            clock.SetUtcNow(Slot + TimeSpan.FromDays(day));
            await Task.WhenAll(Task.Run(a.RunOnceAsync), Task.Run(b.RunOnceAsync));
            // Past the claim lease: whatever one host saw held by the other is settled now.
            clock.Advance(TimeSpan.FromMinutes(11));
            await Task.WhenAll(Task.Run(a.RunOnceAsync), Task.Run(b.RunOnceAsync));
        }

        Assert.Equal(Targets * Days, telegram.Posts.Count);
        Assert.All(Enumerable.Range(0, Targets), i =>
            Assert.Equal(Days, telegram.PostsTo($"-{i}").Select(p => p.LocalDate).Distinct().Count()));
    }
}
