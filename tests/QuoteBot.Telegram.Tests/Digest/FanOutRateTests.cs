using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Digest.Delivery;
using QuoteBot.Digest.Targets;
using QuoteBot.Telegram.Tests.Fakes;
using Xunit.Abstractions;

namespace QuoteBot.Telegram.Tests.Digest;

/// <summary>
/// Ten thousand chats due at the same minute, against a Bot API that answers 429 to anything faster than the configured
/// rate: the pacer must deliver every one, draw no 429, and still use the rate it is given. It runs alone, after the
/// other classes: it keeps both cores busy for seconds, which would upset the real-time waits of tests beside it.
/// </summary>
[Collection(Alone.Name)]
public sealed class FanOutRateTests(ITestOutputHelper output)
{
    private const int Targets = 10_000;
    private const int PerSecond = 30;

    [Fact]
    public async Task Ten_thousand_targets_are_all_delivered_at_the_configured_rate_with_no_429()
    {
        var start = new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
        var slot = start.AddMinutes(30);
        var time = new FakeTimeProvider(start);
        // The targets and the delivery records live in memory here: this test is about the Telegram edge's pace, and a
        // SQLite commit (an fsync, ~4 ms on a test machine) per claim and per completion would make it a disk benchmark.
        var targets = new InMemoryDigestTargetStore();
        var ledger = new InMemoryDeliveryLedger();
        for (var i = 0; i < Targets; i++)
        {
            await targets.UpsertAsync(new DigestTarget
            {
                Id = $"telegram:{Chat(i)}",
                Platform = "telegram",
                ChatId = Chat(i),
                Schedule = "08:30",
                TimeZone = "UTC",
                ActiveSince = start,
                UpdatedAt = start,
            });
        }

        await using var bot = await TelegramBotHarness.StartAsync(
            new Dictionary<string, string?>
            {
                ["Bot:Telegram:Pacing:GlobalMessagesPerSecond"] = PerSecond.ToString(CultureInfo.InvariantCulture),
                ["Bot:Telegram:Pacing:PerChatInterval"] = "00:00:01",
                ["Bot:Telegram:Pacing:GroupMessagesPerMinute"] = "20",
            },
            time: time,
            services: s =>
            {
                s.Replace(ServiceDescriptor.Singleton<IDigestTargetStore>(targets));
                s.Replace(ServiceDescriptor.Singleton<IDeliveryLedger>(ledger));
            });
        bot.Api.LimitMessagesPerSecond(PerSecond);
        var clock = Stopwatch.StartNew();

        await bot.AdvanceToAsync(slot);
        // One second of the fake clock at a time: each lets the pacer release PerSecond messages, and the clock moves
        // on only when they have all arrived, so the fake measures exactly what the pacer let through.
        var seconds = 0;
        while (bot.Api.Accepted < Targets)
        {
            // Counted by steps, not from what has arrived: moving the clock can release the next second's messages at once.
            await bot.Api.WhenAccepted(Math.Min(Targets, PerSecond * (seconds + 1)), TimeSpan.FromSeconds(10));
            if (bot.Api.Accepted < Targets)
            {
                time.Advance(TimeSpan.FromSeconds(1));
                seconds++;
            }
        }

        var sent = bot.Api.Sent;
        var first = sent.Min(c => c.At);
        var last = sent.Max(c => c.At);
        var span = (last - first).TotalSeconds + 1;
        var rate = Targets / span;
        var busiest = BusiestSecond([.. sent.Select(c => c.At).Order()]);
        output.WriteLine($"{Targets} posts in {span:0} s of the fake clock ({seconds} one-second steps): {rate:0.00}/s against a limit of {PerSecond}/s ({rate / PerSecond:P1}); busiest second {busiest}; 429s {bot.Api.RateLimited}; real time {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.Equal(0, bot.Api.RateLimited);
        Assert.Equal(Targets, sent.Count);
        Assert.Equal(Targets, sent.Select(c => c.ChatId).Distinct().Count());
        Assert.Equal(slot, first);
        Assert.InRange(rate, 0.9 * PerSecond, PerSecond);
        Assert.True(busiest <= PerSecond);
        for (var i = 0; i < Targets; i += 997)
        {
            Assert.Equal(DeliveryState.Sent, (await ledger.FindAsync($"telegram:{Chat(i)}", DateOnly.FromDateTime(slot.UtcDateTime)))!.State);
        }
    }

    /// <summary>The most messages in any window [t, t + 1 s) of the fake clock.</summary>
    private static int BusiestSecond(IReadOnlyList<DateTimeOffset> times)
    {
        var most = 0;
        for (int from = 0, to = 0; from < times.Count; from++)
        {
            while (to < times.Count && times[to] - times[from] < TimeSpan.FromSeconds(1))
            {
                to++;
            }

            most = Math.Max(most, to - from);
        }

        return most;
    }

    /// <summary>Supergroup ids, as Telegram writes them.</summary>
    private static string Chat(int i) => (-1_001_000_000_000L - i).ToString(CultureInfo.InvariantCulture);
}

/// <summary>Tests that must not share the machine with others: xUnit runs this collection on its own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Alone
{
    public const string Name = "alone";
}
