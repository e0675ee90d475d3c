using QuoteBot.Core.Replies;
using QuoteBot.Core.Text;

namespace QuoteBot.Telegram.Rendering;

/// <summary>
/// The caption under a card photo and its buttons. Telegram takes at most 1024 characters of caption, counted after
/// entity parsing (<see cref="TelegramHtml.VisibleLength"/>); the picture carries the whole quote, so a caption that
/// would not fit is made shorter rather than refused.
/// </summary>
public static class TelegramCaption
{
    /// <summary>Telegram's limit on a photo's caption, in characters after entity parsing.</summary>
    public const int MaxLength = 1024;

    /// <summary>The card's own short caption (<c>/card</c>: id, speaker, the <c>/context</c> hint) with the reply's buttons (a card's reply has no 🖼 Card button: <see cref="Core.Commands.QuoteCards.AsCard"/>).</summary>
    public static TelegramMessage Plain(Reply reply, CardRequest card, string? shareLabel = null) =>
        new(Html(card), TelegramRenderer.Keyboard(reply, shareLabel));

    /// <summary>The card's own caption as HTML, cut to fit.</summary>
    public static string Html(CardRequest card) => TelegramHtml.Escape(PairedMarks.Truncate(card.Caption, MaxLength));

    /// <summary>
    /// The reply rendered as its text message would be (the digest: bold title, the quote, its attribution and topics)
    /// when that fits under the photo, else <see cref="Plain"/>.
    /// </summary>
    public static TelegramMessage Rich(Reply reply, CardRequest card, string? shareLabel = null)
    {
        var rendered = TelegramRenderer.Render(reply, shareLabel);
        return TelegramHtml.VisibleLength(rendered.Html) <= MaxLength ? rendered : Plain(reply, card, shareLabel);
    }
}
