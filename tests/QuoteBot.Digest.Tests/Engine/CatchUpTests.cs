using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Digest.Delivery;
using QuoteBot.Digest.Tests.Support;

namespace QuoteBot.Digest.Tests.Engine;

/// <summary>After downtime: a slot missed by less than the grace is posted once at start; an older one is skipped and logged.</summary>
public sealed class CatchUpTests
{
    private static readonly DateTimeOffset Slot = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Date = new(2026, 5, 4);

    [Fact]
    public async Task A_slot_missed_by_less_than_the_grace_is_posted_once_at_start()
    {
        var clock = new FakeTimeProvider(Slot + TimeSpan.FromHours(5) + TimeSpan.FromMinutes(59));
        var telegram = new FakePlatform("telegram", clock);
        await using var bot = new DigestHarness(clock, DigestHarness.Targets(("telegram", "-1", "08:00", "UTC")), telegram);

        await bot.RunOnceAsync();
        await bot.RunUntilAsync(Slot + TimeSpan.FromHours(20));

        var post = Assert.Single(telegram.Posts);
        Assert.Equal((Date, Slot + TimeSpan.FromHours(5) + TimeSpan.FromMinutes(59)), (post.LocalDate, post.At));
        Assert.Single(bot.LogsWithId(4604));
        Assert.Equal(DeliveryState.Sent, (await bot.Ledger.FindAsync("telegram:-1", Date))!.State);
    }

    [Fact]
    public async Task A_slot_missed_by_more_than_the_grace_is_skipped_and_logged_and_the_next_day_posts()
    {
        var clock = new FakeTimeProvider(Slot + TimeSpan.FromHours(6) + TimeSpan.FromMinutes(1));
        var telegram = new FakePlatform("telegram", clock);
        await using var bot = new DigestHarness(clock, DigestHarness.Targets(("telegram", "-1", "08:00", "UTC")), telegram);

        await bot.RunUntilAsync(Slot + TimeSpan.FromHours(30));

        var post = Assert.Single(telegram.Posts);
        Assert.Equal(Date.AddDays(1), post.LocalDate);
        var skipped = Assert.Single(bot.LogsWithId(4603));
        Assert.Contains("skipped", skipped.Message, StringComparison.Ordinal);
        Assert.Contains("06:01:00", skipped.Message, StringComparison.Ordinal);
        Assert.Equal(DeliveryState.Skipped, (await bot.Ledger.FindAsync("telegram:-1", Date))!.State);
    }

    [Fact]
    public async Task The_grace_is_configurable()
    {
        var clock = new FakeTimeProvider(Slot + TimeSpan.FromHours(2));
        var telegram = new FakePlatform("telegram", clock);
        var settings = DigestHarness.Targets(("telegram", "-1", "08:00", "UTC"));
        settings["Bot:Digest:CatchUpGrace"] = "01:00:00";
        await using var bot = new DigestHarness(clock, settings, telegram);

        await bot.RunOnceAsync();

        Assert.Empty(telegram.Posts);
        Assert.Single(bot.LogsWithId(4603));
    }

    [Fact]
    public async Task A_target_set_after_todays_slot_first_posts_tomorrow()
    {
        var clock = new FakeTimeProvider(Slot + TimeSpan.FromHours(1));
        var telegram = new FakePlatform("telegram", clock);
        await using var bot = new DigestHarness(clock, DigestHarness.Targets(), telegram);

        await bot.Admin.SetAsync(new("telegram", "-5", "08:00", "UTC", "admin-1"));
        await bot.RunUntilAsync(Slot + TimeSpan.FromHours(25));

        var post = Assert.Single(telegram.Posts);
        Assert.Equal(Slot + TimeSpan.FromDays(1), post.At);
        Assert.Empty(bot.LogsWithId(4603));
    }
}
