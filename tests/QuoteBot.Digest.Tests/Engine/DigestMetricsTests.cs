using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Core.Diagnostics;
using QuoteBot.Digest.Delivery;
using QuoteBot.Digest.Tests.Support;

namespace QuoteBot.Digest.Tests.Engine;

/// <summary>Every post's outcome is counted once in <c>quotebot.digest.posts</c>, by platform and result.</summary>
public sealed class DigestMetricsTests
{
    private static readonly DateTimeOffset Slot = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Sent_skipped_failed_and_turned_off_posts_are_each_counted_once_with_their_platform()
    {
        var clock = new FakeTimeProvider(Slot + TimeSpan.FromHours(5));
        var telegram = new FakePlatform("telegram", clock)
        {
            Behave = (delivery, _) => Task.FromResult<DigestSendResult?>(delivery.ChatId == "-2" ? new DigestSendResult.TargetGone("403: Forbidden: bot was blocked by the user") : null),
        };
        var discord = new FakePlatform("discord", clock)
        {
            Behave = (_, _) => Task.FromResult<DigestSendResult?>(new DigestSendResult.RetryLater(TimeSpan.FromHours(1))),
        };
        var settings = DigestHarness.Targets(
            ("telegram", "-1", "08:00", "UTC"), // 5 h late: caught up and sent
            ("telegram", "-2", "07:00", "UTC"), // the chat is gone: turned off
            ("telegram", "-3", "01:00", "UTC"), // 12 h late: skipped
            ("discord", "4", "09:00", "UTC")); // failing until the grace has passed: failed
        await using var bot = new DigestHarness(clock, settings, telegram, discord);
        using var posts = new MetricCollector<long>(bot.Services.GetRequiredService<IMeterFactory>(), BotMetrics.MeterName, "quotebot.digest.posts");

        await bot.RunUntilAsync(Slot + TimeSpan.FromHours(10));

        var counted = posts.GetMeasurementSnapshot()
            .GroupBy(m => ($"{m.Tags["platform"]}", $"{m.Tags["result"]}"))
            .ToDictionary(g => g.Key, g => g.Sum(m => m.Value));
        Assert.Equal(
            new Dictionary<(string, string), long>
            {
                [("telegram", "sent")] = 1,
                [("telegram", "turned_off")] = 1,
                [("telegram", "skipped")] = 1,
                [("discord", "failed")] = 1,
            },
            counted);
    }
}
