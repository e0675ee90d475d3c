using QuoteBot.Core.Localization;
using QuoteBot.Core.Selection;

namespace QuoteBot.Core.Tests.Selection;

public sealed class DailyQuoteTests : IDisposable
{
    private readonly CoreFixture _core = new();

    public void Dispose() => _core.Dispose();

    private DailyQuote Daily => _core.Get<DailyQuote>();

    [Fact]
    public void The_same_date_gives_the_same_quote_every_time_and_in_every_instance()
    {
        var date = new DateOnly(2026, 11, 29);
        using var other = new CoreFixture(seed: 99);
        Assert.Equal(Daily.For(date).Id, other.Get<DailyQuote>().For(date).Id);
        Assert.Equal(Daily.For(date).Id, Daily.For(date).Id);
    }

    [Fact]
    public void Consecutive_days_differ()
    {
        var start = new DateOnly(2025, 1, 1);
        for (var d = 0; d < 400; d++)
        {
            Assert.NotEqual(Daily.For(start.AddDays(d)).Id, Daily.For(start.AddDays(d + 1)).Id);
        }
    }

    [Fact]
    public void Each_cycle_shows_every_featured_highlight_first_then_every_other_quote_once()
    {
        var count = _core.Library.Quotes.Count;
        var featured = _core.Library.Quotes.Count(q => q.Featured);
        for (var cycle = -2; cycle < 5; cycle++)
        {
            var first = DailyQuote.Epoch.AddDays(cycle * count);
            var quotes = Enumerable.Range(0, count).Select(d => Daily.For(first.AddDays(d))).ToList();
            Assert.All(quotes.Take(featured), q => Assert.True(q.Featured));
            Assert.All(quotes.Skip(featured), q => Assert.False(q.Featured));
            Assert.Equal(count, quotes.Select(q => q.Id).Distinct().Count());
        }
    }

    [Fact]
    public void Today_follows_the_time_zone_of_the_chat()
    {
        // 2026-11-29 20:00 UTC is already 2026-11-30 in Shanghai.
        _core.Time.SetUtcNow(new DateTimeOffset(2026, 11, 29, 20, 0, 0, TimeSpan.Zero));
        var utc = _core.Dispatcher.Dispatch(new QuoteBot.Core.Commands.CommandRequest("today", "", "c", UiLanguage.English));
        var shanghai = _core.Dispatcher.Dispatch(new QuoteBot.Core.Commands.CommandRequest("today", "", "c", UiLanguage.English)
        {
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"),
        });

        Assert.Equal(Daily.For(new DateOnly(2026, 11, 29)).Id, utc.Quote!.Id);
        Assert.Equal(Daily.For(new DateOnly(2026, 11, 30)).Id, shanghai.Quote!.Id);
        Assert.Equal("Quote of the day · 2026-11-30", shanghai.Title);
    }

    [Fact]
    public void Today_changes_when_the_date_does()
    {
        var before = _core.Run("/today").Quote!.Id;
        _core.Time.Advance(TimeSpan.FromDays(1));
        var after = _core.Run("/today").Quote!.Id;
        Assert.NotEqual(before, after);
    }
}
