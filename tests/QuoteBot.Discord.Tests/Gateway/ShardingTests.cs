using Microsoft.Extensions.Time.Testing;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Discord.Tests.Gateway;

/// <summary>Shard sets and identify pacing, over real websockets against the fake gateway.</summary>
public sealed class ShardingTests : IAsyncLifetime
{
    private readonly TestClock _time = TestTime.NewClock();
    private readonly List<DiscordTestHost> _hosts = [];
    private FakeDiscord _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeDiscord.StartAsync(_time);

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task Two_clients_with_different_shard_sets_each_identify_with_their_own_shard()
    {
        var first = Host(new() { ["Bot:Discord:ShardCount"] = "2", ["Bot:Discord:ShardIds:0"] = "0" });
        var second = Host(new() { ["Bot:Discord:ShardCount"] = "2", ["Bot:Discord:ShardIds:0"] = "1" });

        first.StartGateway();
        var firstIdentify = (await (await _fake.NextConnectionAsync()).ExpectAsync(2)).D;
        second.StartGateway();
        var secondIdentify = (await (await _fake.NextConnectionAsync()).ExpectAsync(2)).D;

        Assert.Equal([0, 2], GatewayAcceptanceTests.ShardOf(firstIdentify));
        Assert.Equal([1, 2], GatewayAcceptanceTests.ShardOf(secondIdentify));
        Assert.Equal([0], first.Gateway.Shards.Select(s => s.ShardId));
        Assert.Equal([1], second.Gateway.Shards.Select(s => s.ShardId));
    }

    [Fact]
    public async Task Shard_count_defaults_to_the_recommendation_of_gateway_bot_and_runs_every_shard()
    {
        _fake.RecommendedShards = 3;
        _fake.MaxConcurrency = 3;
        var host = Host([]);

        host.StartGateway();
        var identifies = new List<int[]>();
        for (var i = 0; i < 3; i++)
        {
            identifies.Add(GatewayAcceptanceTests.ShardOf((await (await _fake.NextConnectionAsync()).ExpectAsync(2)).D));
        }

        Assert.Equal([[0, 3], [1, 3], [2, 3]], identifies.OrderBy(s => s[0]));
    }

    [Fact]
    public async Task With_max_concurrency_one_the_second_shard_identifies_five_seconds_after_the_first()
    {
        _fake.MaxConcurrency = 1;
        var host = Host(new() { ["Bot:Discord:ShardCount"] = "2" });
        var start = _time.GetUtcNow();

        host.StartGateway();
        var a = await _fake.NextConnectionAsync();
        var b = await _fake.NextConnectionAsync();
        var identifies = new[] { a.WaitForAsync(2), b.WaitForAsync(2) };
        var firstDone = await Task.WhenAny(identifies).WithGuard();
        var other = identifies.Single(t => t != firstDone);
        await TestTime.WaitUntilAsync(() => host.Logs.WithId(5507).Count > 0);

        await _time.AssertHeldUntilAsync(other, TimeSpan.FromSeconds(5));

        Assert.Equal(start, (await firstDone).At);
        Assert.Equal(TimeSpan.FromSeconds(5), (await other).At - start);
    }

    [Fact]
    public async Task With_max_concurrency_two_both_shards_identify_at_once()
    {
        _fake.MaxConcurrency = 2;
        var host = Host(new() { ["Bot:Discord:ShardCount"] = "2" });
        var start = _time.GetUtcNow();

        host.StartGateway();
        var a = await (await _fake.NextConnectionAsync()).ExpectAsync(2);
        var b = await (await _fake.NextConnectionAsync()).ExpectAsync(2);

        Assert.Equal(start, a.At);
        Assert.Equal(start, b.At);
    }

    private DiscordTestHost Host(Dictionary<string, string?> settings)
    {
        var host = DiscordTestHost.Create(_fake, _time, settings: settings);
        _hosts.Add(host);
        return host;
    }
}
