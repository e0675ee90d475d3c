using System.Globalization;
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
        var hash = Fnv1a64(Encoding.UTF8.GetBytes(shown)).ToString("x16", CultureInfo.InvariantCulture);
        return $"{quote.Id}.{style.Language}.{style.Theme}.{style.Size}.{hash}".ToLowerInvariant();
    }

    // FNV-1a, 64 bits: stable across processes (the key outlives them in the uploaded-files store) and free of OpenSSL,
    // which SHA-256 loads on Linux at a cost of about 5 MB of resident memory (docs/PERFORMANCE.md, "Quote cards").
    // Keys only need to tell apart the few versions of one quote's card, which also share id, language and style.
    private static ulong Fnv1a64(ReadOnlySpan<byte> data)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in data)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
