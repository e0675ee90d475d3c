using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Digest.Engine;
using QuoteBot.Digest.Tests.Support;

namespace QuoteBot.Digest.Tests.Engine;

/// <summary>The hosted loop itself: it sleeps on the injected clock until the slot, wakes early on a change, and can be switched off.</summary>
public sealed class DigestServiceTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 4, 7, 59, 30, TimeSpan.Zero);

    [Fact]
    public async Task The_loop_sleeps_until_the_slot_then_posts()
    {
        var clock = new FakeTimeProvider(Start);
        var telegram = new FakePlatform("telegram", clock);
        await using var bot = new DigestHarness(clock, DigestHarness.Targets(("telegram", "-1", "08:00", "UTC")), telegram);
        var service = Service(bot);
        var asleep = bot.WhenLoopSleeps();

        await service.StartAsync(CancellationToken.None);
        await asleep;
        Assert.Empty(telegram.Posts);

        clock.Advance(TimeSpan.FromSeconds(30));
        await telegram.WhenPosted(1);
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(Start + TimeSpan.FromSeconds(30), Assert.Single(telegram.Posts).At);
        Assert.Single(bot.LogsWithId(4600));
    }

    [Fact]
    public async Task A_target_set_while_the_loop_sleeps_wakes_it()
    {
        var clock = new FakeTimeProvider(Start);
        var telegram = new FakePlatform("telegram", clock);
        await using var bot = new DigestHarness(clock, DigestHarness.Targets(), telegram);
        var service = Service(bot);
        var asleep = bot.WhenLoopSleeps();
        await service.StartAsync(CancellationToken.None);
        await asleep;

        asleep = bot.WhenLoopSleeps();
        await bot.Admin.SetAsync(new("telegram", "-7", "08:00", "UTC", "admin"));
        // Woken by the change, the loop now sleeps until 08:00 rather than its 15-minute idle wait.
        await asleep;
        clock.Advance(TimeSpan.FromSeconds(30));
        await telegram.WhenPosted(1);
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(Start + TimeSpan.FromSeconds(30), Assert.Single(telegram.Posts).At);
    }

    [Fact]
    public async Task Switched_off_it_posts_nothing_and_says_why()
    {
        var clock = new FakeTimeProvider(Start);
        var telegram = new FakePlatform("telegram", clock);
        var settings = DigestHarness.Targets(("telegram", "-1", "08:00", "UTC"));
        settings["Bot:Digest:Enabled"] = "false";
        await using var bot = new DigestHarness(clock, settings, telegram);
        var service = Service(bot);

        await service.StartAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(1));
        await service.ExecuteTask!;

        Assert.Empty(telegram.Posts);
        Assert.Single(bot.LogsWithId(4601));
    }

    private static DigestService Service(DigestHarness bot) =>
        bot.Services.GetServices<IHostedService>().OfType<DigestService>().Single();
}
