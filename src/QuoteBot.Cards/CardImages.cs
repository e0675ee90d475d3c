using Microsoft.Extensions.Options;
using QuoteBot.Core.Replies;

namespace QuoteBot.Cards;

/// <summary>Core's card seam: a reply's card drawn in the configured style (<see cref="CardOptions"/>) and the reply's
/// language, through the cache. A drawing failure (<see cref="MissingGlyphException"/>) reaches the platform, which
/// sends the quote as text.</summary>
public sealed class CardImages(CardCache cache, IOptions<CardOptions> options) : ICardImages
{
    public byte[] Render(CardRequest card) => cache.GetOrRender(card.Quote, StyleOf(card));

    /// <inheritdoc cref="CardKey.Of"/>
    public string KeyOf(CardRequest card) => CardKey.Of(card.Quote, StyleOf(card));

    private CardStyle StyleOf(CardRequest card) => options.Value.StyleFor(card.Language);
}
