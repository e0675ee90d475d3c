using Microsoft.Extensions.Time.Testing;
using QuoteBot.Core.Corpus;
using QuoteBot.Digest.Tests.Support;
using QuoteBot.Testing;

namespace QuoteBot.Digest.Tests.Content;

/// <summary>A digest over two talks: each day's post is attributed to, and dated by, the talk its quote comes from.</summary>
public sealed class TwoTalkDigestTests
{
    private static readonly DateTimeOffset Slot = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_post_of_the_second_talks_quote_carries_that_talks_attribution_and_date()
    {
        var clock = new FakeTimeProvider(Slot - TimeSpan.FromMinutes(1));
        var discord = new FakePlatform("discord", clock);
        var telegram = new FakePlatform("telegram", clock);
        var corpus = CorpusLoader.Load(TwoSourceCorpus.Path);
        await using var bot = new DigestHarness(
            clock, DigestHarness.Targets(("discord", "d", "08:00", "UTC"), ("telegram", "t", "08:00", "UTC")), corpus, discord, telegram);

        // Six days: every quote of both talks comes round once.
        await bot.RunUntilAsync(Slot + TimeSpan.FromDays(5));

        foreach (var platform in new[] { discord, telegram })
        {
            var cards = platform.Posts.Select(p => p.Delivery.Reply.Quote!).ToList();
            Assert.Equal(6, cards.Count);
            Assert.Contains(cards, c => c.SourceId == "northfield-2025");
            Assert.All(cards, card =>
            {
                Assert.Equal(card.Id[0] == 'n' ? "northfield-2025" : "riverside-2023", card.SourceId);
                Assert.Equal(TwoSourceCorpus.AttributionOf(card.Id), card.Attribution);
                // The date a platform shows with the post (Discord's embed timestamp) is the talk's.
                Assert.Equal(card.Id[0] == 'n' ? new DateOnly(2025, 6, 20) : new DateOnly(2023, 3, 14), card.EventDate);
            });
        }
    }
}
