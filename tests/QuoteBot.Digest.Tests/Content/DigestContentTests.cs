using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Core.Localization;
using QuoteBot.Core;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Replies;
using QuoteBot.Digest.Tests.Support;

namespace QuoteBot.Digest.Tests.Content;

public sealed class DigestContentTests
{
    private static readonly DateTimeOffset Slot = new(2026, 5, 4, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_post_is_the_today_quote_of_the_targets_date_with_title_and_context_button()
    {
        // 2026-05-04 00:00 UTC is 08:00 on 05-04 in Shanghai but still 05-03 in New York.
        var clock = new FakeTimeProvider(Slot);
        var discord = new FakePlatform("discord", clock);
        var telegram = new FakePlatform("telegram", clock);
        await using var bot = new DigestHarness(clock, DigestHarness.Targets(("discord", "d", "08:00", "Asia/Shanghai"), ("telegram", "t", "08:00", "Asia/Shanghai")), discord, telegram);

        await bot.RunOnceAsync();

        var dispatcher = bot.Services.GetRequiredService<CommandDispatcher>();
        var today = dispatcher.Dispatch(new CommandRequest("today", "", "x", UiLanguage.English) { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai") });
        var post = discord.Posts.Single().Delivery.Reply;
        Assert.Equal(today.Quote!.Id, post.Quote!.Id);
        Assert.Equal(today.Title, post.Title);
        Assert.Equal("Quote of the day · 2026-05-04", post.Title);
        Assert.Equal(ReplyKind.Quote, post.Kind);
        Assert.Contains(post.Actions, a => a.Kind == ReplyActionKind.Context && a.Argument == post.Quote!.Id);
        Assert.Equal(post.Quote.Id, telegram.Posts.Single().QuoteId);
    }

    [Fact]
    public async Task The_highlights_pool_posts_only_featured_quotes_and_a_target_may_post_in_chinese()
    {
        var clock = new FakeTimeProvider(Slot - TimeSpan.FromMinutes(1));
        var telegram = new FakePlatform("telegram", clock);
        var settings = DigestHarness.Targets(("telegram", "t", "00:00", "UTC"));
        settings["Bot:Digest:Pool"] = "highlights";
        settings["Bot:Digest:Targets:0:Language"] = "zh";
        await using var bot = new DigestHarness(clock, settings, telegram);

        await bot.RunUntilAsync(Slot + TimeSpan.FromDays(30));

        var library = bot.Services.GetRequiredService<QuoteLibrary>();
        Assert.Equal(31, telegram.Posts.Count);
        Assert.All(telegram.Posts, p => Assert.True(library.ById[p.QuoteId].Featured));
        Assert.Equal(library.FeaturedCount, telegram.Posts.Select(p => p.QuoteId).Distinct().Count());
        Assert.StartsWith("今日金句", telegram.Posts.First().Delivery.Reply.Title, StringComparison.Ordinal);
    }
}
