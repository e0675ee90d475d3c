using SkiaSharp;

namespace QuoteBot.Cards.Rendering;

/// <summary>The colours of a theme: warm paper with ink and vermilion, or the same inverted for the night.</summary>
internal sealed record CardPalette(SKColor Background, SKColor Text, SKColor Muted, SKColor Accent, SKColor Rule)
{
    public static readonly CardPalette Light = new(new(0xF7, 0xF3, 0xEA), new(0x1E, 0x1B, 0x16), new(0x7A, 0x72, 0x66), new(0xB5, 0x45, 0x2E), new(0xDD, 0xD5, 0xC6));
    public static readonly CardPalette Dark = new(new(0x16, 0x18, 0x1D), new(0xEE, 0xE9, 0xDF), new(0x9A, 0x93, 0x89), new(0xE0, 0x79, 0x5A), new(0x30, 0x33, 0x3B));

    public static CardPalette For(CardTheme theme) => theme == CardTheme.Dark ? Dark : Light;
}
