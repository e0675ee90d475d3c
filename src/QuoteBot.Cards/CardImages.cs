using System.Security.Cryptography;
using System.Text;
using QuoteBot.Core.Replies;

namespace QuoteBot.Cards;

/// <summary>Core's card seam: a reply's card drawn in the default style and its language, through the cache.</summary>
public sealed class CardImages(CardCache cache) : ICardImages
{
    /// <summary>Raised whenever what a card looks like changes for the same words (layout, font, colours).</summary>
    public const int DrawingVersion = 1;

    public byte[] Render(CardRequest card) => cache.GetOrRender(card.Quote, StyleOf(card));

    /// <summary>"q14.zh.light.portrait." and a hash of everything the picture shows.</summary>
    public string KeyOf(CardRequest card)
    {
        var style = StyleOf(card);
        var quote = card.Quote;
        var shown = string.Join(
            '\u001f',
            DrawingVersion,
            quote.Id,
            quote.Text,
            quote.Speaker,
            quote.Attribution,
            quote.Note,
            string.Join('\u001e', quote.Topics),
            quote.Featured,
            quote.SourceId,
            quote.EventDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(shown)).AsSpan(0, 8));
        return $"{quote.Id}.{card.Language}.{style.Theme}.{style.Size}.{hash}".ToLowerInvariant();
    }

    private static CardStyle StyleOf(CardRequest card) => new(Language: card.Language);
}
