using QuoteBot.Cards.Rendering;
using QuoteBot.Core.Replies;
using SkiaSharp;

namespace QuoteBot.Cards;

/// <summary>
/// Draws a quote as a PNG card: a small label, the quote as large as fits, the speaker, the talk and its date, a rule,
/// the topics and the quote id. Pure: the same card and style give the same bytes.
/// </summary>
public sealed class CardRenderer(CardFont font)
{
    private const float Margin = 96;
    private const float LabelSize = 28;
    private const float SpeakerSize = 40;
    private const float EventSize = 30;
    private const float FooterSize = 28;

    public CardRenderer()
        : this(CardFont.Embedded)
    {
    }

    public byte[] Render(QuoteCard card, CardStyle style)
    {
        var palette = CardPalette.For(style.Theme);
        var strings = CardStrings.For(style.Language);
        var info = new SKImageInfo(CardStyle.Width, style.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Skia could not create a raster surface.");
        var canvas = surface.Canvas;
        canvas.Clear(palette.Background);
        var text = new TextPainter(canvas, font);
        float width = CardStyle.Width - 2 * Margin;
        float bottom = style.Height - Margin + 8;

        // The label at the top, after a short vermilion bar.
        using (var accent = new SKPaint { Color = palette.Accent, IsAntialias = true })
        {
            canvas.DrawRect(Margin, Margin, 44, 6, accent);
        }

        text.Draw(strings.Label, Margin + 60, Margin + LabelSize * 0.4f, LabelSize, palette.Muted);

        // From the bottom up: topics and id, the rule, the talk, the speaker.
        var footerBaseline = bottom;
        text.Draw(string.Join(strings.Separator, card.Topics), Margin, footerBaseline, FooterSize, palette.Accent, width * 0.75f);
        text.DrawRightAligned(card.Id, Margin + width, footerBaseline, FooterSize, palette.Muted);
        var ruleY = footerBaseline - FooterSize - 28;
        using (var rule = new SKPaint { Color = palette.Rule, IsAntialias = true })
        {
            canvas.DrawRect(Margin, ruleY, width, 2, rule);
        }

        var eventBaseline = ruleY - 40;
        text.Draw(EventAndDate(card), Margin, eventBaseline, EventSize, palette.Muted, width);
        var speakerBaseline = eventBaseline - EventSize - 24;
        text.Draw(strings.SpeakerDash + card.Speaker, Margin, speakerBaseline, SpeakerSize, palette.Text, width);

        // The quote fills what is left, centred vertically in it.
        var top = Margin + 6 + 72;
        var boxBottom = speakerBaseline - SpeakerSize - 72;
        var block = QuoteBlock.Fit(font, card.Text, width, boxBottom - top);
        var y = top + ((boxBottom - top) - block.Height) / 2;
        text.DrawBlock(block, Margin, y, width, palette.Text);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>"Harvard Business School · 2024-05-01": the attribution without the speaker, who has a line of his own.</summary>
    private static string EventAndDate(QuoteCard card)
    {
        var prefix = card.Speaker + " · ";
        return card.Attribution.StartsWith(prefix, StringComparison.Ordinal) ? card.Attribution[prefix.Length..] : card.Attribution;
    }
}
