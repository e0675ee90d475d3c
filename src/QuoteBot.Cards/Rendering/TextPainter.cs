using QuoteBot.Cards.Text;
using SkiaSharp;

namespace QuoteBot.Cards.Rendering;

/// <summary>Draws shaped text on a canvas as positioned glyph runs.</summary>
internal sealed class TextPainter(SKCanvas canvas, CardFont font)
{
    /// <summary>One line of text at a baseline, fitted to <paramref name="maxWidth"/> (<see cref="SingleLine"/>).</summary>
    public void Draw(string text, float x, float baseline, float size, SKColor color, float maxWidth = float.MaxValue)
    {
        if (text.Length == 0)
        {
            return;
        }

        var (shaped, fitted) = SingleLine.Fit(font, text, size, maxWidth);
        DrawRun([new PlacedAtom(shaped, 0, 0)], x, baseline, fitted, color);
    }

    public void DrawRightAligned(string text, float right, float baseline, float size, SKColor color)
    {
        var shaped = ShapedAtom.Shape(font, text);
        DrawRun([new PlacedAtom(shaped, 0, 0)], right - shaped.Advance * size / font.UnitsPerEm, baseline, size, color);
    }

    /// <summary>The quote's lines from <paramref name="top"/> down, every line but the last justified.</summary>
    public void DrawBlock(QuoteBlock block, float x, float top, float width, SKColor color)
    {
        var scale = block.FontSize / font.UnitsPerEm;
        var baseline = top + block.FontSize * CardFont.Ascent;
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var placed = LineLayout.Place(block.Lines[i], scale, block.FontSize, width, justify: i < block.Lines.Count - 1);
            DrawRun(placed, x, baseline, block.FontSize, color);
            baseline += block.LineHeight;
        }
    }

    private void DrawRun(IReadOnlyList<PlacedAtom> atoms, float x, float baseline, float size, SKColor color)
    {
        var count = atoms.Where(a => a.Shaped.Atom.Kind != AtomKind.Space || a.Shaped.Glyphs.Length > 0).Sum(a => a.Shaped.Glyphs.Length);
        if (count == 0)
        {
            return;
        }

        var scale = size / font.UnitsPerEm;
        var glyphs = new ushort[count];
        var positions = new SKPoint[count];
        var k = 0;
        foreach (var atom in atoms)
        {
            var shaped = atom.Shaped;
            for (var g = 0; g < shaped.Glyphs.Length; g++)
            {
                glyphs[k] = shaped.Glyphs[g];
                positions[k] = new(x + atom.X - atom.Shift + shaped.X[g] * scale, baseline + shaped.Y[g] * scale);
                k++;
            }
        }

        using var skFont = new SKFont(font.Typeface, size)
        {
            Edging = SKFontEdging.Antialias,
            Hinting = SKFontHinting.None,
            Subpixel = true,
            LinearMetrics = true,
        };
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedRun(skFont, count);
        run.SetGlyphs(glyphs);
        run.SetPositions(positions);
        using var blob = builder.Build();
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(blob, 0, 0, paint);
    }
}
