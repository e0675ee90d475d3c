namespace QuoteBot.Core.Replies;

/// <summary>
/// Draws a <see cref="CardRequest"/> as a PNG. Core only asks for the picture; the drawing (and the cache of drawn
/// cards) lives in QuoteBot.Cards, which the host registers, so Core and the platforms never touch the graphics library.
/// </summary>
public interface ICardImages
{
    /// <summary>
    /// Names the picture <see cref="Render"/> draws for <paramref name="card"/> in the configured style: equal keys
    /// mean equal pictures, and a change of the quote, the style or the drawing gives a new key. Platforms keep the
    /// ids of uploaded pictures (Telegram's <c>file_id</c>) under it, so a picture is uploaded once and never stale.
    /// Cheap: nothing is drawn.
    /// </summary>
    string KeyOf(CardRequest card);

    /// <summary>The card's PNG bytes; throws when the card cannot be drawn (the platform then shows the quote as text).</summary>
    byte[] Render(CardRequest card);
}
