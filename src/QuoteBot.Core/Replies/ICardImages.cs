namespace QuoteBot.Core.Replies;

/// <summary>
/// Draws a <see cref="CardRequest"/> as a PNG. Core only asks for the picture; the drawing (and the cache of drawn
/// cards) lives in QuoteBot.Cards, which the host registers, so Core and the platforms never touch the graphics library.
/// </summary>
public interface ICardImages
{
    /// <summary>The card's PNG bytes; throws when the card cannot be drawn (the platform then shows the quote as text).</summary>
    byte[] Render(CardRequest card);
}
