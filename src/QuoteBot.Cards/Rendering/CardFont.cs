using HarfBuzzSharp;
using System.Runtime.InteropServices;
using System.Text;
using SkiaSharp;

namespace QuoteBot.Cards.Rendering;

/// <summary>
/// The one face every card is set in: Noto Serif CJK SC, subset to the corpus (Fonts/CardFont.otf, embedded), loaded
/// once per process for Skia (drawing) and HarfBuzz (shaping). Nothing is read from the system's fonts.
/// There is one instance, <see cref="Embedded"/>, shared by every render on every thread for the life of the process:
/// it has no Dispose, so no user can free the native font under another.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "One instance for the life of the process; its native font is never freed.")]
public sealed class CardFont
{
    private const string ResourceName = "QuoteBot.Cards.CardFont.otf";
    private static readonly Lazy<CardFont> Shared = new(Load);

    private readonly Blob _blob;
    private readonly Face _face;

    private CardFont(byte[] data)
    {
        using (var skData = SKData.CreateCopy(data))
        {
            Typeface = SKTypeface.FromData(skData) ?? throw new InvalidOperationException("The card font could not be read by Skia.");
        }

        // HarfBuzz reads the font in place for as long as the face lives: a copy in native memory, which the GC never
        // moves, freed with the blob.
        var native = Marshal.AllocHGlobal(data.Length);
        Marshal.Copy(data, 0, native, data.Length);
        _blob = new Blob(native, data.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(native));
        _blob.MakeImmutable();
        _face = new Face(_blob, 0);
        UnitsPerEm = _face.UnitsPerEm;
        Shaper = new HarfBuzzSharp.Font(_face);
        Shaper.SetFunctionsOpenType();
        Shaper.SetScale(UnitsPerEm, UnitsPerEm);
        // Immutable, the face and font are shared by renders on any thread (each shapes with a buffer of its own).
        _face.MakeImmutable();
    }

    /// <summary>The font shipped in the assembly, loaded on first use.</summary>
    public static CardFont Embedded => Shared.Value;

    public SKTypeface Typeface { get; }

    /// <summary>HarfBuzz's font, scaled to font units (one em is <see cref="UnitsPerEm"/>).</summary>
    internal HarfBuzzSharp.Font Shaper { get; }

    public int UnitsPerEm { get; }

    /// <summary>The ideographic em box above the baseline, as a fraction of the em (the face's typo ascender).</summary>
    public static float Ascent => 0.88f;

    /// <summary>The ideographic em box below the baseline, as a fraction of the em.</summary>
    public static float Descent => 0.12f;

    /// <summary>Whether the font has a glyph for the character (its cmap maps it).</summary>
    public bool Covers(int codePoint) => Shaper.TryGetNominalGlyph(codePoint, out var glyph) && glyph != 0;

    /// <summary>The characters of <paramref name="text"/> the font has no glyph for (white space aside).</summary>
    public IReadOnlyList<string> Missing(string text)
    {
        var missing = new List<string>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune) && !Covers(rune.Value) && !missing.Contains(rune.ToString()))
            {
                missing.Add(rune.ToString());
            }
        }

        return missing;
    }

    /// <summary>The raw font file, as shipped.</summary>
    public static byte[] ReadEmbedded()
    {
        using var stream = typeof(CardFont).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The card font resource {ResourceName} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Skia keeps the glyph images it drew (2 MB by default); one card's glyphs at the quote's size fit in 1 MB,
    /// and a card is drawn once (then cached), so more buys nothing but resident memory.</summary>
    public const long GlyphCacheBytes = 1024 * 1024;

    private static CardFont Load()
    {
        SKGraphics.SetFontCacheLimit(GlyphCacheBytes);
        return new(ReadEmbedded());
    }
}
