using Microsoft.Extensions.Time.Testing;
using QuoteBot.Core.Replies;
using QuoteBot.Digest.Admin;
using QuoteBot.Digest.Tests.Support;

namespace QuoteBot.Digest.Tests.Admin;

/// <summary>What the platforms' /daily commands get back from <see cref="IDigestAdmin"/>.</summary>
public sealed class DigestAdminTests
{
    // 2026-05-04 10:00 UTC = 18:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 10, 0, 0, TimeSpan.Zero);

    private static (DigestHarness Bot, FakePlatform Discord) Bot(Dictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider(Now);
        var discord = new FakePlatform("discord", clock);
        return (new DigestHarness(clock, settings ?? DigestHarness.Targets(), discord), discord);
    }

    [Fact]
    public async Task Set_stores_the_target_and_status_gives_the_next_post_as_an_instant()
    {
        var (bot, _) = Bot();
        await using var _ = bot;

        var result = await bot.Admin.SetAsync(new("discord", "123", "8:00", "asia/shanghai", "user-1") { Pin = true, ThreadId = "456" });

        Assert.True(result.Succeeded);
        var status = result.Status!;
        Assert.True(status.Configured && status.Enabled);
        Assert.Equal(("08:00", "Asia/Shanghai"), (status.Schedule, status.TimeZone));
        // Next 08:00 in Shanghai is tomorrow 00:00 UTC; Discord shows it as <t:unix:F>.
        Assert.Equal(new DateTimeOffset(2026, 5, 5, 0, 0, 0, TimeSpan.Zero), status.NextPostAt);
        Assert.Equal(1777939200, status.NextPostAt!.Value.ToUnixTimeSeconds());
        Assert.Equal(new DateTimeOffset(2026, 5, 5, 8, 0, 0, TimeSpan.FromHours(8)), status.NextPostLocal);
        Assert.Equal(TimeSpan.FromHours(8), status.NextPostLocal!.Value.Offset);
        var stored = await bot.TargetStore.FindAsync("discord:123");
        Assert.Equal((true, "456", "user-1"), (stored!.Pin, stored.ThreadId, stored.CreatedBy));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Card_is_stored_with_the_target_and_given_back_by_status_in_memory_and_on_sqlite(bool onSqlite)
    {
        using var data = new QuoteBot.Testing.TempDirectory("quotebot-card-admin");
        var (bot, _) = Bot(onSqlite ? DigestHarness.OnSqlite(DigestHarness.Targets(), data.Path) : null);
        await using var _ = bot;

        var result = await bot.Admin.SetAsync(new("discord", "123", "08:00", "UTC", "user-1") { Card = true });

        Assert.True(result.Status!.Card);
        Assert.False(result.Status.Pin);
        Assert.True((await bot.TargetStore.FindAsync("discord:123"))!.Card);
        Assert.True((await bot.Admin.StatusAsync("discord", "123")).Card);
        Assert.NotNull((await bot.Admin.PreviewAsync("discord", "123")).Reply.Card);

        await bot.Admin.SetAsync(new("discord", "123", "08:00", "UTC", "user-1") { Pin = true });
        Assert.Equal((true, false), ((await bot.TargetStore.FindAsync("discord:123"))!.Pin, (await bot.Admin.StatusAsync("discord", "123")).Card));
    }

    [Fact]
    public async Task A_bad_time_zone_is_refused_with_suggestions()
    {
        var (bot, _) = Bot();
        await using var _ = bot;

        var result = await bot.Admin.SetAsync(new("telegram", "-1", "08:00", "Asia/Shangai", "user-1"));

        Assert.Equal(DigestSetError.UnknownTimeZone, result.Error);
        Assert.Equal("Asia/Shanghai", result.Suggestions[0]);
        Assert.Equal("'Asia/Shangai' is not a known time zone; did you mean " + string.Join(", ", result.Suggestions) + "?", result.Message);
        Assert.False((await bot.Admin.StatusAsync("telegram", "-1")).Configured);
    }

    [Theory]
    [InlineData("25:00", DigestSetError.InvalidSchedule)]
    [InlineData("0 8 * *", DigestSetError.InvalidSchedule)]
    public async Task A_bad_schedule_is_refused_with_the_reason(string schedule, DigestSetError error)
    {
        var (bot, _) = Bot();
        await using var _ = bot;

        var result = await bot.Admin.SetAsync(new("telegram", "-1", schedule, "UTC", "user-1"));

        Assert.Equal(error, result.Error);
        Assert.Contains("08:00", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Off_stops_the_posts_and_status_says_so()
    {
        var (bot, discord) = Bot();
        await using var _ = bot;
        await bot.Admin.SetAsync(new("discord", "123", "12:00", "UTC", "user-1"));

        var status = await bot.Admin.OffAsync("discord", "123", "user-2");
        await bot.RunUntilAsync(Now + TimeSpan.FromDays(2));

        Assert.True(status.Configured);
        Assert.False(status.Enabled);
        Assert.Null(status.NextPostAt);
        Assert.Equal("turned off by user-2", status.DisabledReason);
        Assert.Empty(discord.Posts);
    }

    [Fact]
    public async Task Off_turns_off_a_target_from_the_configuration_and_set_takes_it_over()
    {
        var (bot, discord) = Bot(DigestHarness.Targets(("discord", "777", "12:00", "UTC")));
        await using var _ = bot;

        Assert.True((await bot.Admin.StatusAsync("discord", "777")).Enabled);
        Assert.False((await bot.Admin.OffAsync("discord", "777", "user-2")).Enabled);
        await bot.RunUntilAsync(Now + TimeSpan.FromDays(1));
        Assert.Empty(discord.Posts);

        var set = await bot.Admin.SetAsync(new("discord", "777", "13:00", "UTC", "user-2"));
        await bot.RunUntilAsync(Now + TimeSpan.FromDays(2));
        Assert.Equal("13:00", set.Status!.Schedule);
        Assert.Single(discord.Posts);
    }

    [Fact]
    public async Task Changing_the_time_after_todays_post_does_not_post_the_date_twice()
    {
        var (bot, discord) = Bot();
        await using var _ = bot;
        await bot.Admin.SetAsync(new("discord", "123", "10:30", "UTC", "user-1"));
        await bot.RunUntilAsync(Now + TimeSpan.FromHours(1));
        Assert.Single(discord.Posts);

        var status = (await bot.Admin.SetAsync(new("discord", "123", "20:00", "UTC", "user-1"))).Status!;
        await bot.RunUntilAsync(Now + TimeSpan.FromHours(23));

        Assert.Single(discord.Posts);
        Assert.Equal(new DateTimeOffset(2026, 5, 5, 20, 0, 0, TimeSpan.Zero), status.NextPostAt);
        Assert.Equal(new DateOnly(2026, 5, 4), status.LastPostDate);
        Assert.Equal(discord.Posts.Single().MessageId, status.LastMessageId);
    }

    [Fact]
    public async Task Preview_shows_the_post_of_the_next_slot()
    {
        var (bot, discord) = Bot();
        await using var _ = bot;
        await bot.Admin.SetAsync(new("discord", "123", "08:00", "Asia/Shanghai", "user-1"));

        var preview = await bot.Admin.PreviewAsync("discord", "123");
        Time(bot).SetUtcNow(new DateTimeOffset(2026, 5, 5, 0, 0, 0, TimeSpan.Zero));
        await bot.RunOnceAsync();

        Assert.Equal(new DateOnly(2026, 5, 5), preview.LocalDate);
        Assert.Equal("Quote of the day · 2026-05-05", preview.Reply.Title);
        Assert.Contains(preview.Reply.Actions, a => a.Kind == ReplyActionKind.Context);
        var posted = discord.Posts.Single().Delivery.Reply;
        Assert.Equal((preview.Reply.Title, preview.Reply.Quote!.Id), (posted.Title, posted.Quote!.Id));
    }

    [Fact]
    public async Task Status_of_a_chat_without_a_digest_says_it_is_not_configured()
    {
        var (bot, _) = Bot();
        await using var _ = bot;

        var status = await bot.Admin.StatusAsync("telegram", "-9");

        Assert.False(status.Configured);
        Assert.Null(status.NextPostAt);
        Assert.Equal(new DateOnly(2026, 5, 4), (await bot.Admin.PreviewAsync("telegram", "-9")).LocalDate);
    }

    private static FakeTimeProvider Time(DigestHarness bot) => bot.Time;
}
