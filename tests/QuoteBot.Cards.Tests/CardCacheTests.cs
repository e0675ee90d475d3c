using QuoteBot.Core.Localization;

namespace QuoteBot.Cards.Tests;

public class CardCacheTests
{
    private static readonly CardRenderer Renderer = new();

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
}
