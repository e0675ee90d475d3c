using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using QuoteBot.Digest.Delivery;
using QuoteBot.Digest.Targets;
using QuoteBot.Discord.Tests.Commands;
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

    /// <summary>Every target's slot: 00:01 UTC on the harness clock's first day.</summary>
    private static readonly DateTimeOffset SlotAt = new(2026, 1, 1, 0, 1, 0, TimeSpan.Zero);

    [Fact]
    public async Task Ten_thousand_channels_are_all_posted_at_the_global_limit_without_a_single_429()
    {
        var real = Stopwatch.StartNew();
        // The targets and delivery records live in memory here: this measures the Discord pacing, not SQLite writes.
        await using var bot = await DiscordBotHarness.StartAsync(
            new Dictionary<string, string?> { ["Bot:Digest:Enabled"] = "true" },
            connectGateway: false,
            configure: services =>
            {
                services.Replace(ServiceDescriptor.Singleton<IDigestTargetStore, InMemoryDigestTargetStore>());
                services.Replace(ServiceDescriptor.Singleton<IDeliveryLedger, InMemoryDeliveryLedger>());
            });
        bot.Fake.GlobalLimitPerSecond = Limit;
        var store = bot.Get<IDigestTargetStore>();
        var now = bot.Time.GetUtcNow();
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

        var started = real.Elapsed;
        await DriveAsync(bot, () => bot.Fake.Channels.Created.Count >= Targets);

        var posts = bot.Fake.RequestsTo("channels/").Where(r => r.Method == "POST").ToList();
        var first = posts.Min(r => r.At);
        var last = posts.Max(r => r.At);
        // Requests go out in whole fake seconds: N seconds of posting span N - 1 seconds between the first and the last.
        var rate = Targets / (last - first + TimeSpan.FromSeconds(1)).TotalSeconds;
        output.WriteLine($"{Targets} posts in {last - first + TimeSpan.FromSeconds(1)} of fake time: {rate:F1}/s (limit {Limit}/s); {bot.Fake.GlobalRateLimited} 429s; {real.Elapsed - started:g} real for the fan-out, {real.Elapsed:g} in all");

        foreach (var limited in bot.Fake.GlobalRateLimitedRequests)
        {
            output.WriteLine($"429 for {limited.Method} {limited.Path} at {limited.At:HH:mm:ss}: {bot.Fake.RequestsAt(limited.At - TimeSpan.FromSeconds(1))} requests the second before, {bot.Fake.RequestsAt(limited.At)} at it");
        }

        Assert.Equal(Targets, bot.Fake.Channels.Created.Count);
        Assert.Equal(Targets, bot.Fake.Channels.Created.Select(m => m.ChannelId).Distinct().Count());
        Assert.Equal(0, bot.Fake.GlobalRateLimited);
        Assert.Equal(Targets, posts.Count);
        Assert.InRange(rate, Limit * 0.9, Limit);
    }

    /// <summary>
    /// Moves the fake clock a second at a time, as soon as the second's 50 requests have all reached the fake (or, at
    /// the end, when nothing has reached it for a moment of real time: every sender is waiting for the
    /// clock), until <paramref name="done"/> holds. So no request sent in one second arrives stamped with the next.
    /// </summary>
    private static async Task DriveAsync(DiscordBotHarness bot, Func<bool> done)
    {
        var real = Stopwatch.StartNew();
        // Up to the slot, then wait for the first post: starting 10,000 deliveries takes a moment of real time, and
        // the clock must not move while the first second's requests are still on their way.
        while (bot.Time.GetUtcNow() < SlotAt)
        {
            await Task.Delay(2);
            bot.Time.Advance(TimeSpan.FromSeconds(1));
        }

        while (bot.Fake.RequestsAt(SlotAt) == 0)
        {
            Assert.True(real.Elapsed < TimeSpan.FromSeconds(30), "no post at the slot");
            await Task.Delay(5);
        }

        var seen = -1;
        var quietSince = real.Elapsed;
        while (!done())
        {
            Assert.True(real.Elapsed < TimeSpan.FromSeconds(90), $"timed out with {bot.Fake.Channels.Created.Count} posts");
            await Task.Delay(1);
            var full = bot.Fake.RequestsAt(bot.Time.GetUtcNow()) >= Limit;
            var count = bot.Fake.Requests.Count;
            if (!full && count != seen)
            {
                seen = count;
                quietSince = real.Elapsed;
                continue;
            }

            if (full || real.Elapsed - quietSince >= TimeSpan.FromMilliseconds(250))
            {
                bot.Time.Advance(TimeSpan.FromSeconds(1));
                quietSince = real.Elapsed;
            }
        }
    }
}
