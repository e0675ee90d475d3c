using QuoteBot.Core.Replies;

namespace QuoteBot.Cards;

/// <summary>Core's card seam: a reply's card drawn in the default style and its language, through the cache.</summary>
public sealed class CardImages(CardCache cache) : ICardImages
{
    public byte[] Render(CardRequest card) => cache.GetOrRender(card.Quote, new CardStyle(Language: card.Language));
}
