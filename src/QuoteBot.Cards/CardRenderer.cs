using QuoteBot.Cards.Rendering;
using QuoteBot.Core.Replies;
using SkiaSharp;

namespace QuoteBot.Cards;

/// <summary>
/// Draws a quote as a PNG card: a small label, the quote as large as fits, the speaker, the talk and its date, a rule,
/// the topics and the quote id. Pure: the same card and style give the same bytes. A character the font has no glyph
/// for is a <see cref="MissingGlyphException"/>, never an empty box on the card.
/// </summary>
public sealed class CardRenderer(CardFont font)
{
    // Encoding is most of a card's time. Measured on a card (docs/PERFORMANCE.md, "Quote cards"): Skia's default (every
    // filter tried per row, zlib 6) took 60 ms for 236 KB; no filter at zlib 3 takes about 20 ms for 200 KB — a flat
    // background with anti-aliased text gains nothing from the filters.
    private static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.None, 3);

    public CardRenderer()
        : this(CardFont.Embedded)
    {
    }

    /// <exception cref="MissingGlyphException">The card would show a character the font lacks.</exception>
    public byte[] Render(QuoteCard card, CardStyle style)
    {
        var palette = CardPalette.For(style.Theme);
        var strings = CardStrings.For(style.Language);
        var topics = string.Join(strings.Separator, card.Topics);
        var eventLine = CardEventLine.For(card, style.Language);
        if (font.Missing(string.Concat(strings.Label, card.Text, card.Speaker, eventLine, topics, card.Id)) is { Count: > 0 } missing)
        {
            throw new MissingGlyphException(card.Id, missing);
        }

        var g = CardGeometry.For(style);
        var info = new SKImageInfo((int)g.Width, (int)g.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Skia could not create a raster surface.");
        var canvas = surface.Canvas;
        canvas.Clear(palette.Background);
        var text = new TextPainter(canvas, font);
        using (var accent = new SKPaint { Color = palette.Accent, IsAntialias = true })
        {
            canvas.DrawRect(CardGeometry.Margin, CardGeometry.Margin, 44, 6, accent);
        }

        text.Draw(strings.Label, CardGeometry.Margin + 60, CardGeometry.LabelBaseline, CardGeometry.LabelSize, palette.Muted);

        text.Draw(topics, CardGeometry.Margin, g.FooterBaseline, CardGeometry.FooterSize, palette.Accent, g.TextWidth * 0.75f);
        text.DrawRightAligned(card.Id, CardGeometry.Margin + g.TextWidth, g.FooterBaseline, CardGeometry.FooterSize, palette.Muted);
        using (var rule = new SKPaint { Color = palette.Rule, IsAntialias = true })
        {
            canvas.DrawRect(CardGeometry.Margin, g.RuleY, g.TextWidth, 2, rule);
        }

        text.Draw(eventLine, CardGeometry.Margin, g.EventBaseline, CardGeometry.EventSize, palette.Muted, g.TextWidth);
        var dash = strings.DashEms * CardGeometry.SpeakerSize;
        using (var ink = new SKPaint { Color = palette.Text, IsAntialias = true })
        {
            // At the height and weight of the font's full-width dash: 0.36–0.40 em above the baseline.
            canvas.DrawRect(CardGeometry.Margin, g.SpeakerBaseline - 0.40f * CardGeometry.SpeakerSize, dash, 0.04f * CardGeometry.SpeakerSize, ink);
        }

        var speakerX = CardGeometry.Margin + dash + 0.3f * CardGeometry.SpeakerSize;
        text.Draw(card.Speaker, speakerX, g.SpeakerBaseline, CardGeometry.SpeakerSize, palette.Text, CardGeometry.Margin + g.TextWidth - speakerX);

        var block = QuoteBlock.Fit(font, card.Text, g.TextWidth, g.QuoteHeight);
        text.DrawBlock(block, CardGeometry.Margin, CardGeometry.QuoteTop + (g.QuoteHeight - block.Height) / 2, g.TextWidth, palette.Text);

        byte[] bytes;
        using (var pixels = surface.PeekPixels())
        using (var png = pixels.Encode(PngOptions) ?? throw new InvalidOperationException("Skia could not encode the card as PNG."))
        {
            bytes = png.ToArray();
        }

        surface.Dispose();
        NativeHeap.Trim();
        return bytes;
    }
}
