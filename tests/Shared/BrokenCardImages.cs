using QuoteBot.Core.Replies;

namespace QuoteBot.Testing;

/// <summary>Stands in for a renderer that fails (a missing native library, say): the seam's one failure.</summary>
internal sealed class BrokenCardImages : ICardImages
{
    public string KeyOf(CardRequest card) => card.QuoteId;

    public byte[] Render(CardRequest card) => throw new InvalidOperationException("Skia could not create a raster surface.");
}
