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
    public async Task A_slot_that_comes_due_while_the_last_one_is_still_being_posted_follows_as_soon_as_that_post_ends()
    {
        var clock = new FakeTimeProvider(Start);
        var telegram = new FakePlatform("telegram", clock);
        var yesterdayHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        telegram.Behave = async (delivery, _) =>
        {
            if (delivery.LocalDate < DateOnly.FromDateTime(Start.UtcDateTime))
            {
                yesterdayHeld.TrySetResult();
                await release.Task;
            }

            return null;
        };
        var settings = DigestHarness.Targets(("telegram", "-1", "08:00", "UTC"));
        // Yesterday's slot is still within the grace at start: its catch-up is the post still running at 08:00.
        settings["Bot:Digest:CatchUpGrace"] = "1.00:00:00";
        await using var bot = new DigestHarness(clock, settings, telegram);
        var service = Service(bot);
        var asleep = bot.WhenLoopSleeps();
        await service.StartAsync(CancellationToken.None);
        await yesterdayHeld.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await asleep;

        // 08:00: today's slot is due, but the target's catch-up still runs; the loop goes back to sleep.
        asleep = bot.WhenLoopSleeps();
        clock.Advance(TimeSpan.FromSeconds(30));
        await asleep;
        release.SetResult();

        // No further step of the clock: the end of yesterday's post is what wakes the loop for today's.
        await telegram.WhenPosted(2);
        await service.StopAsync(CancellationToken.None);
        Assert.Equal([Start.AddDays(-1).Date, Start.Date], telegram.Posts.Select(p => p.LocalDate.ToDateTime(TimeOnly.MinValue)));
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
    public async Task It_reports_itself_asleep_only_while_its_timer_is_pending()
    {
        var clock = new FakeTimeProvider(Start);
        var telegram = new FakePlatform("telegram", clock);
        await using var bot = new DigestHarness(clock, DigestHarness.Targets(("telegram", "-1", "08:00", "UTC")), telegram);
        var service = Service(bot);
        var wakeup = bot.Services.GetRequiredService<DigestWakeup>();
        Assert.False(wakeup.IsAsleep);

        var asleep = bot.WhenLoopSleeps();
        await service.StartAsync(CancellationToken.None);
        await asleep;
        Assert.True(wakeup.IsAsleep);

        await service.StopAsync(CancellationToken.None);
        Assert.False(wakeup.IsAsleep);
        Assert.Empty(telegram.Posts);
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
