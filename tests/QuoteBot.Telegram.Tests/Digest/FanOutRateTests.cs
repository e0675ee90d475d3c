using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Digest;
using QuoteBot.Digest.Delivery;
using QuoteBot.Digest.Targets;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Telegram.Sending;
using QuoteBot.Telegram.Tests.Fakes;
using QuoteBot.Telegram.Tests.Sending;
using QuoteBot.Testing;
using Xunit.Abstractions;

namespace QuoteBot.Telegram.Tests.Digest;

/// <summary>
/// Ten thousand chats due at the same minute, against Telegram's flood control read the strict way
/// (<see cref="FloodControl"/>: arrivals counted in every second, penalties that refuse every send) over a network
/// whose 10 ms there and back are split unevenly: with the shipped pacing the pacer must deliver every one, draw no
/// 429, and still keep close to the limit. It runs alone, after the other classes: it keeps both cores busy for
/// seconds, which would upset the real-time waits of tests beside it.
/// </summary>
[Collection(Alone.Name)]
public sealed class FanOutRateTests(ITestOutputHelper output)
{
    private const int Targets = 10_000;

    [Fact]
    public async Task Ten_thousand_targets_are_all_delivered_at_27_a_second_or_more_with_no_429()
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
            FloodControlTests.StrictPacing(),
            time: time,
            services: s =>
            {
                s.Replace(ServiceDescriptor.Singleton<IDigestTargetStore>(targets));
                s.Replace(ServiceDescriptor.Singleton<IDeliveryLedger>(ledger));
            });
        var flood = bot.Api.EnforceFloodControl();
        flood.Latency = FloodControlTests.Uneven;
        var concurrency = new DigestOptions().MaxConcurrency;
        var real = Stopwatch.StartNew();

        await bot.Time.AdvanceToAsync(slot);
        // The engine keeps MaxConcurrency deliveries going; the clock moves only when they are all at the pacer.
        var clock = new QuiescentClock(time, bot.Get<ChatPacer>(), flood);
        await clock.RunUntilAsync(() => flood.DeliveredCount == Targets, () => Math.Min(concurrency, Targets - flood.DeliveredCount));

        var delivered = flood.Delivered;
        var first = delivered.Min(v => v.ArrivedAt);
        var last = delivered.Max(v => v.ArrivedAt);
        var span = (last - first).TotalSeconds + 1;
        var rate = Targets / span;
        var busiest = BusiestSecond([.. delivered.Select(v => v.ArrivedAt).Order()]);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Targets} posts in {span:0.0} s of the fake clock: {rate:0.00}/s (Telegram's limit {FloodControl.PerSecond}/s); busiest second {busiest}; {flood.Received} sends, {flood.TooManyRequests} answered 429, {flood.InsideKnownPenalty.Count} inside a known penalty; {clock.Steps} clock steps, {real.Elapsed.TotalSeconds:0.0} s real"));

        Assert.Equal(0, flood.TooManyRequests);
        Assert.Equal(Targets, delivered.Count);
        Assert.Equal(Targets, delivered.Select(v => v.ChatId).Distinct().Count());
        Assert.Equal(slot, delivered.Min(v => v.SentAt));
        Assert.True(rate >= 27, $"{rate:0.00} posts/s");
        Assert.True(busiest <= FloodControl.PerSecond);
        // The ledger records a delivery once Telegram's answer is back, a moment after the fake accepted the message.
        var day = DateOnly.FromDateTime(slot.UtcDateTime);
        await WaitUntil.TrueAsync(
            async () =>
            {
                for (var i = 0; i < Targets; i++)
                {
                    if ((await ledger.FindAsync($"telegram:{Chat(i)}", day))?.State != DeliveryState.Sent)
                    {
                        return false;
                    }
                }

                return true;
            },
            "every delivery recorded as sent");
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
