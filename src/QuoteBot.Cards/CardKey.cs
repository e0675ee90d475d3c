using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using QuoteBot.Core.Replies;

namespace QuoteBot.Cards;

/// <summary>
/// Names one exact picture: "q14.zh.light.portrait." and a hash of everything the card is drawn from (the drawing
/// version, the style, every field of the quote). Equal keys give equal bytes; a change to anything a card shows, or may
/// come to show, gives a new key, so a cache or an uploaded file id never serves a stale card.
/// </summary>
public static class CardKey
{
    /// <summary>Raised whenever what a card looks like changes for the same words (layout, font, colours).</summary>
    public const int DrawingVersion = 2;

    public static string Of(QuoteCard quote, CardStyle style)
    {
        var shown = string.Join(
            '\u001f',
            DrawingVersion,
            style.Theme,
            style.Size,
            style.Language,
            quote.Id,
            quote.Text,
            quote.Speaker,
            quote.Attribution,
            quote.Note,
            string.Join('\u001e', quote.Topics),
            quote.Featured,
            quote.SourceId,
            quote.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(shown)).AsSpan(0, 8));
        return $"{quote.Id}.{style.Language}.{style.Theme}.{style.Size}.{hash}".ToLowerInvariant();
    }
}
