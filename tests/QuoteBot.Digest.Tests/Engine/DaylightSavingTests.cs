using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Digest.Tests.Support;

namespace QuoteBot.Digest.Tests.Engine;

/// <summary>One post per local day at the right instant, across both daylight-saving transitions, on a fake clock.</summary>
public sealed class DaylightSavingTests
{
    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    // Spring forward in New York (2026-03-08): 02:30 does not exist and runs once at 03:00 EDT.
    [InlineData("America/New_York", "02:30", "2026-03-07T07:30:00Z", "2026-03-08T07:00:00Z", "2026-03-09T06:30:00Z", "2026-03-10T06:30:00Z")]
    // Fall back in New York (2026-11-01): 01:30 happens twice and runs once, at the first.
    [InlineData("America/New_York", "01:30", "2026-10-31T05:30:00Z", "2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z", "2026-11-03T06:30:00Z")]
    // An ordinary time keeps its local hour across the change.
    [InlineData("America/New_York", "08:00", "2026-03-07T13:00:00Z", "2026-03-08T12:00:00Z", "2026-03-09T12:00:00Z", "2026-03-10T12:00:00Z")]
    // Spring forward in London (2026-03-29): 01:30 does not exist and runs at 02:00 BST.
    [InlineData("Europe/London", "01:30", "2026-03-28T01:30:00Z", "2026-03-29T01:00:00Z", "2026-03-30T00:30:00Z", "2026-03-31T00:30:00Z")]
    // Fall back in London (2026-10-25): 01:30 happens twice and runs once.
    [InlineData("Europe/London", "01:30", "2026-10-24T00:30:00Z", "2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z", "2026-10-27T01:30:00Z")]
    [InlineData("Asia/Shanghai", "08:00", "2026-03-08T00:00:00Z", "2026-03-09T00:00:00Z", "2026-03-10T00:00:00Z", "2026-03-11T00:00:00Z")]
    [InlineData("UTC", "08:00", "2026-03-08T08:00:00Z", "2026-03-09T08:00:00Z", "2026-03-10T08:00:00Z", "2026-03-11T08:00:00Z")]
    public async Task Each_local_day_gets_one_post_at_the_right_instant(string zone, string time, params string[] expected)
    {
        // Start an hour before the first slot: the day before's slot lies beyond the catch-up grace.
        var clock = new FakeTimeProvider(Utc(expected[0]) - TimeSpan.FromHours(1));
        var telegram = new FakePlatform("telegram", clock);
        await using var bot = new DigestHarness(clock, DigestHarness.Targets(("telegram", "-100", time, zone)), telegram);

        await bot.RunUntilAsync(Utc(expected[^1]) + TimeSpan.FromHours(12));

        Assert.Equal(expected.Select(Utc), telegram.Posts.Select(p => p.At));
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        Assert.Equal(telegram.Posts.Select(p => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(p.At, tz).DateTime)), telegram.Posts.Select(p => p.LocalDate));
    }

    [Fact]
    public async Task A_whole_year_in_four_zones_posts_every_local_date_exactly_once_at_eight()
    {
        var zones = new[] { "UTC", "Asia/Shanghai", "America/New_York", "Europe/London" };
        var clock = new FakeTimeProvider(Utc("2025-12-31T20:00:00Z"));
        var discord = new FakePlatform("discord", clock);
        await using var bot = new DigestHarness(clock, DigestHarness.Targets([.. zones.Select(z => ("discord", z, "08:00", z))]), discord);

        await bot.RunUntilAsync(Utc("2027-01-01T12:00:00Z"));

        foreach (var zone in zones)
        {
            var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
            var posts = discord.PostsTo(zone).Where(p => p.LocalDate.Year == 2026).ToList();
            Assert.Equal(365, posts.Count);
            Assert.Equal(365, posts.Select(p => p.LocalDate).Distinct().Count());
            Assert.Equal(discord.PostsTo(zone).Count, discord.PostsTo(zone).Select(p => p.LocalDate).Distinct().Count());
            Assert.All(posts, p => Assert.Equal(new TimeSpan(8, 0, 0), TimeZoneInfo.ConvertTime(p.At, tz).TimeOfDay));
        }
    }
}
