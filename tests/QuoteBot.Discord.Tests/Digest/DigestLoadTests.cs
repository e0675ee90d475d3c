using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using QuoteBot.Digest.Delivery;
using QuoteBot.Digest.Targets;
using QuoteBot.Discord.Tests.Commands;
using QuoteBot.Discord.Tests.Fakes;
using Xunit.Abstractions;

namespace QuoteBot.Discord.Tests.Digest;

/// <summary>
/// Fan-out at Discord's pace: many channels due at the same minute, against a fake Discord that answers a global 429
/// whenever more than 50 requests arrive within one second of the fake clock.
/// </summary>
/// <summary>The load test measures pacing on the fake clock; it runs alone so other tests' hosts do not starve it.</summary>
[CollectionDefinition(nameof(DigestLoadTests), DisableParallelization = true)]
public sealed class DigestLoadTestsRunAlone;

[Collection(nameof(DigestLoadTests))]
public sealed class DigestLoadTests(ITestOutputHelper output)
{
    private const int Targets = 10_000;
    private const int Limit = 50;
    private const int CommandsRegistered = 5002;

    /// <summary>Every target's slot: 00:01 UTC on the harness clock's first day.</summary>
    private static readonly DateTimeOffset SlotAt = new(2026, 1, 1, 0, 1, 0, TimeSpan.Zero);

    [Fact]
    public async Task Ten_thousand_channels_are_all_posted_at_the_global_limit_without_a_single_429()
    {
        // The targets are in the store before the bot starts, as after a restart. Stored behind the engine's back
        // after it started, they could miss its first round: finding nothing due, it sleeps its longest sleep
        // (15 minutes), past the slot this test moves the clock to. The targets and delivery records live in
        // memory here: this measures the Discord pacing, not SQLite writes.
        var store = new InMemoryDigestTargetStore();
        var time = TestTime.NewClock();
        var now = time.GetUtcNow();
        for (var i = 0; i < Targets; i++)
        {
            var channel = (1_500_000_000_000_000_000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await store.UpsertAsync(new DigestTarget
            {
                Id = DigestTarget.IdFor("discord", channel),
                Platform = "discord",
                ChatId = channel,
                Schedule = "00:01",
                TimeZone = "UTC",
                ActiveSince = now,
                UpdatedAt = now,
            });
        }

        await using var bot = await DiscordBotHarness.StartAsync(
            new Dictionary<string, string?> { ["Bot:Digest:Enabled"] = "true", ["Serilog:MinimumLevel:Default"] = "Information" },
            time: time,
            connectGateway: false,
            configure: services =>
            {
                services.Replace(ServiceDescriptor.Singleton<IDigestTargetStore>(store));
                services.Replace(ServiceDescriptor.Singleton<IDeliveryLedger, InMemoryDeliveryLedger>());
            });
        bot.Fake.GlobalLimitPerSecond = Limit;

        // Only reported, never a deadline: the fake clock alone decides what the test asserts.
        var real = Stopwatch.StartNew();
        await DriveAsync(bot);

        var posts = bot.Fake.RequestsTo("channels/").Where(r => r.Method == "POST").ToList();
        var first = posts.Min(r => r.At);
        var last = posts.Max(r => r.At);
        // Requests go out in whole fake seconds: N seconds of posting span N - 1 seconds between the first and the last.
        var rate = Targets / (last - first + TimeSpan.FromSeconds(1)).TotalSeconds;
        output.WriteLine($"{Targets} posts in {last - first + TimeSpan.FromSeconds(1)} of fake time: {rate:F1}/s (limit {Limit}/s); {bot.Fake.GlobalRateLimited} 429s; {real.Elapsed:g} real for the fan-out");

        foreach (var limited in bot.Fake.GlobalRateLimitedRequests)
        {
            output.WriteLine($"429 for {limited.Method} {limited.Path} at {limited.At:HH:mm:ss}: {bot.Fake.RequestsAt(limited.At - TimeSpan.FromSeconds(1))} requests the second before, {bot.Fake.RequestsAt(limited.At)} at it");
        }

        Assert.Equal(SlotAt, first);
        Assert.Equal(Targets, bot.Fake.Channels.Created.Count);
        Assert.Equal(Targets, bot.Fake.Channels.Created.Select(m => m.ChannelId).Distinct().Count());
        Assert.Equal(0, bot.Fake.GlobalRateLimited);
        Assert.Equal(Targets, posts.Count);
        Assert.InRange(rate, Limit * 0.9, Limit);
    }

    /// <summary>
    /// Moves the fake clock to the slot, then a second at a time, each time only once the second's whole budget of
    /// requests (<see cref="Limit"/>) has reached the fake, until every target is posted. So no request given its
    /// turn in one second arrives stamped with the next, and nothing depends on how fast the machine is.
    /// </summary>
    private static async Task DriveAsync(DiscordBotHarness bot)
    {
        // The start-up requests (command registration, GET /gateway/bot) count toward the same global limit: they
        // must have arrived before the clock jumps, or they would arrive stamped with the slot's second.
        await bot.Logs.WaitForAsync(CommandsRegistered);
        await bot.Fake.NextConnectionAsync();
        await bot.Time.QuietAsync();
        bot.Time.Advance(SlotAt - bot.Time.GetUtcNow());
        while (true)
        {
            await TestTime.WaitUntilAsync(() => bot.Fake.Channels.Created.Count >= Targets || bot.Fake.RequestsAt(bot.Time.GetUtcNow()) >= Limit);
            if (bot.Fake.Channels.Created.Count >= Targets)
            {
                return;
            }

            await bot.Time.QuietAsync();
            bot.Time.Advance(TimeSpan.FromSeconds(1));
        }
    }
}
