using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;

namespace QuoteBot.Cards.Tests;

public class CardCacheTests
{
    private static readonly CardRenderer Renderer = new();
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_card_is_drawn_once_per_quote_language_theme_and_size()
    {
        var cache = new CardCache(Renderer);
        var card = Corpus.Card("q14");
        var first = cache.GetOrRender(card, new CardStyle());
        Assert.Same(first, cache.GetOrRender(card, new CardStyle()));
        Assert.NotSame(first, cache.GetOrRender(card, new CardStyle(CardTheme.Dark)));
        Assert.NotSame(first, cache.GetOrRender(card, new CardStyle(Size: CardSize.Square)));
        Assert.NotSame(first, cache.GetOrRender(Corpus.Card("q14", UiLanguage.Chinese), new CardStyle(Language: UiLanguage.Chinese)));
        Assert.Equal(4, cache.Count);
    }

    [Fact]
    public void A_changed_quote_is_drawn_again_not_served_from_the_cache()
    {
        var cache = new CardCache(Renderer);
        var card = Corpus.Card("q14");
        var first = cache.GetOrRender(card, new CardStyle());
        Assert.NotEqual(first, cache.GetOrRender(card with { Speaker = "Someone else" }, new CardStyle()));
    }

    [Fact]
    public void Beyond_its_capacity_the_least_recently_used_card_is_dropped()
    {
        var cache = new CardCache(Renderer, capacity: 2);
        var q06 = cache.GetOrRender(Corpus.Card("q06"), new CardStyle());
        var q12 = cache.GetOrRender(Corpus.Card("q12"), new CardStyle());
        Assert.Same(q06, cache.GetOrRender(Corpus.Card("q06"), new CardStyle())); // q06 is now the most recent
        cache.GetOrRender(Corpus.Card("q14"), new CardStyle());

        Assert.Equal(2, cache.Count);
        Assert.Same(q06, cache.GetOrRender(Corpus.Card("q06"), new CardStyle()));
        Assert.NotSame(q12, cache.GetOrRender(Corpus.Card("q12"), new CardStyle()));
    }

    [Fact]
    public void Beyond_its_bytes_the_least_recently_used_cards_are_dropped()
    {
        var q06 = Renderer.Render(Corpus.Card("q06"), new CardStyle());
        var q12 = Renderer.Render(Corpus.Card("q12"), new CardStyle());
        var q14 = Renderer.Render(Corpus.Card("q14"), new CardStyle());
        // Room for the two newest, not for all three.
        var cache = new CardCache(Renderer, capacity: 100, maxBytes: q12.Length + q14.Length);
        cache.GetOrRender(Corpus.Card("q06"), new CardStyle());
        cache.GetOrRender(Corpus.Card("q12"), new CardStyle());
        cache.GetOrRender(Corpus.Card("q14"), new CardStyle());

        Assert.Equal(2, cache.Count);
        Assert.Equal(q12.Length + q14.Length, cache.Bytes);
        Assert.True(q06.Length + q12.Length + q14.Length > cache.Bytes);
    }

    [Fact]
    public async Task Two_first_requests_for_one_card_draw_it_once()
    {
        var drawings = 0;
        using var firstDrawing = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var cache = new CardCache((card, style) =>
        {
            if (Interlocked.Increment(ref drawings) == 1)
            {
                firstDrawing.Set();
                Assert.True(release.Wait(Guard), "the gate was never opened");
            }

            return Renderer.Render(card, style);
        });
        var card = Corpus.Card("q14");

        var first = Task.Run(() => cache.GetOrRender(card, new CardStyle()));
        Assert.True(firstDrawing.Wait(Guard), "the first request never drew");
        var second = Task.Run(() => cache.GetOrRender(card, new CardStyle()));
        // The second request either joins the drawing under way (fixed) or starts a drawing of its own (the bug).
        Assert.True(SpinWait.SpinUntil(() => cache.Joined == 1 || Volatile.Read(ref drawings) > 1, Guard), "the second request went nowhere");
        release.Set();

        var pngs = await Task.WhenAll(first, second).WaitAsync(Guard);
        Assert.Equal(1, drawings);
        Assert.Same(pngs[0], pngs[1]);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void A_failed_drawing_reaches_the_caller_and_is_not_kept()
    {
        var attempts = 0;
        var cache = new CardCache((card, style) => ++attempts == 1 ? throw new MissingGlyphException(card.Id, ["龘"]) : Renderer.Render(card, style));

        Assert.Throws<MissingGlyphException>(() => cache.GetOrRender(Corpus.Card("q14"), new CardStyle()));
        Assert.NotEmpty(cache.GetOrRender(Corpus.Card("q14"), new CardStyle()));
        Assert.Equal(2, attempts);
    }
}
