using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Digest.Content;
using QuoteBot.Digest.Daily;
using QuoteBot.Digest.Tests.Support;
using QuoteBot.Testing;

namespace QuoteBot.Digest.Tests.Engine;

/// <summary>Targets that post the quote's card: what the platform's sender is handed, from configuration and from <c>/daily … card</c>.</summary>
public sealed class CardDigestTests : IDisposable
{
    private static readonly DateTimeOffset Slot = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _data = new("quotebot-card-digest");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_configured_card_target_is_handed_the_card_captioned_with_the_day_the_words_the_attribution_and_the_id()
    {
        var clock = new FakeTimeProvider(Slot - TimeSpan.FromMinutes(1));
        var telegram = new FakePlatform("telegram", clock);
        var settings = DigestHarness.Targets(("telegram", "-1", "08:00", "UTC"), ("telegram", "-2", "08:00", "UTC"), ("telegram", "-3", "08:00", "UTC"));
        settings["Bot:Digest:Targets:0:Card"] = "true";
        settings["Bot:Digest:Targets:1:Card"] = "true";
        settings["Bot:Digest:Targets:1:Language"] = "zh";
        await using var bot = new DigestHarness(clock, settings, telegram);

        await bot.RunUntilAsync(Slot + TimeSpan.FromMinutes(1));

        var library = bot.Services.GetRequiredService<QuoteLibrary>();
        var english = telegram.PostsTo("-1").Single().Delivery.Reply;
        var card = english.Card!;
        var quote = library.ById[card.QuoteId];
        Assert.Same(english.Quote, card.Quote);
        Assert.Equal(UiLanguage.English, card.Language);
        Assert.Contains(quote.Speaker, card.Quote.Attribution, StringComparison.Ordinal);
        Assert.Equal($"Quote of the day · 2026-05-04\n\n{card.Quote.Text}\n— {card.Quote.Attribution} · {quote.Id}", card.Caption);
        Assert.Equal($"card-{quote.Id}.png", card.FileName);

        // The same day's quote, in the target's language.
        var chinese = telegram.PostsTo("-2").Single().Delivery.Reply.Card!;
        Assert.Equal((quote.Id, UiLanguage.Chinese), (chinese.QuoteId, chinese.Language));
        Assert.StartsWith("今日金句 · 2026-05-04\n\n", chinese.Caption, StringComparison.Ordinal);
        Assert.EndsWith($"\n— {chinese.Quote.Attribution} · {quote.Id}", chinese.Caption, StringComparison.Ordinal);

        // A target without cards gets the text post, as before.
        var text = telegram.PostsTo("-3").Single().Delivery.Reply;
        Assert.Null(text.Card);
        Assert.Equal(quote.Id, text.Quote!.Id);
    }

    [Fact]
    public async Task The_highlights_pool_card_is_of_a_featured_quote_the_same_as_the_text_post()
    {
        var settings = DigestHarness.Targets();
        settings["Bot:Digest:Pool"] = "highlights";
        await using var bot = new DigestHarness(new FakeTimeProvider(Slot), settings);
        var content = bot.Services.GetRequiredService<DigestContent>();
        var library = bot.Services.GetRequiredService<QuoteLibrary>();

        for (var date = new DateOnly(2026, 5, 1); date < new DateOnly(2026, 5, 15); date = date.AddDays(1))
        {
            var card = content.ReplyFor(date, "zh", card: true);
            var text = content.ReplyFor(date, "zh");
            Assert.True(library.ById[card.Card!.QuoteId].Featured);
            Assert.Equal(text.Quote!.Id, card.Card.QuoteId);
            Assert.Equal(text.Title, card.Title);
            Assert.Equal(UiLanguage.Chinese, card.Card.Language);
            Assert.StartsWith($"今日金句 · {date:yyyy-MM-dd}\n\n", card.Card.Caption, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Daily_with_card_posts_one_card_a_day_also_across_a_restart()
    {
        var clock = new FakeTimeProvider(Slot - TimeSpan.FromHours(1));
        var telegram = new FakePlatform("telegram", clock);
        var settings = DigestHarness.OnSqlite(DigestHarness.Targets(), _data.Path);

        await using (var first = new DigestHarness(clock, settings, telegram))
        {
            var saved = await first.Services.GetRequiredService<DailyHandler>().AnswerAsync(
                new DailyRequest("telegram", "-100", DailyArguments.Parse("08:00 UTC card 中文"), DailyAsker.Admin, UiLanguage.English) { By = "555" },
                CancellationToken.None);
            Assert.StartsWith("Done. Each post is the quote's card", saved.Text, StringComparison.Ordinal);
            await first.RunUntilAsync(Slot + TimeSpan.FromHours(1));
        }

        // A new process on the same file: the target still asks for cards, and the posted day is not posted again.
        await using var second = new DigestHarness(clock, settings, telegram);
        Assert.True((await second.TargetStore.FindAsync("telegram:-100"))!.Card);
        await second.RunUntilAsync(Slot + TimeSpan.FromDays(1) + TimeSpan.FromHours(1));

        var posts = telegram.PostsTo("-100");
        Assert.Equal([new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 5)], posts.Select(p => p.LocalDate));
        Assert.All(posts, p => Assert.Equal((p.QuoteId, UiLanguage.Chinese), (p.Delivery.Reply.Card!.QuoteId, p.Delivery.Reply.Card.Language)));
    }
}
