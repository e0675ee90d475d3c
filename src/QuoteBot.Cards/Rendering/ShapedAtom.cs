using HarfBuzzSharp;
using QuoteBot.Cards.Text;
using Buffer = HarfBuzzSharp.Buffer;

namespace QuoteBot.Cards.Rendering;

/// <summary>One atom shaped by HarfBuzz, in font units: its glyphs, where each sits, and its advance.</summary>
internal sealed record ShapedAtom(TextAtom Atom, ushort[] Glyphs, float[] X, float[] Y, float Advance)
{
    private static readonly Language Chinese = new("zh-Hans");

    /// <summary>Shapes each distinct atom once; the card's size changes only the scale.</summary>
    public static Dictionary<string, ShapedAtom> ShapeAll(CardFont font, IEnumerable<TextAtom> atoms)
    {
        var shaped = new Dictionary<string, ShapedAtom>(StringComparer.Ordinal);
        using var buffer = new Buffer();
        foreach (var atom in atoms)
        {
            if (!shaped.ContainsKey(atom.Text))
            {
                shaped[atom.Text] = Shape(font, buffer, atom);
            }
        }

        return shaped;
    }

    public static ShapedAtom Shape(CardFont font, string text) => Shape(font, new TextAtom(text, AtomKind.Word));

    private static ShapedAtom Shape(CardFont font, TextAtom atom)
    {
        using var buffer = new Buffer();
        return Shape(font, buffer, atom);
    }

    private static ShapedAtom Shape(CardFont font, Buffer buffer, TextAtom atom)
    {
        buffer.ClearContents();
        buffer.AddUtf16(atom.Text);
        buffer.GuessSegmentProperties();
        if (atom.Kind is AtomKind.Han or AtomKind.Punctuation && atom.Text[0] >= 0x2000)
        {
            // Marks shared with Latin (— … “ ”) take the Simplified Chinese full-width forms (locl of the Han script).
            buffer.Script = Script.Han;
        }

        buffer.Language = Chinese;
        font.Shaper.Shape(buffer);
        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var glyphs = new ushort[infos.Length];
        var x = new float[infos.Length];
        var y = new float[infos.Length];
        var pen = 0f;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            x[i] = pen + positions[i].XOffset;
            y[i] = -positions[i].YOffset;
            pen += positions[i].XAdvance;
        }

        if (atom.Text.Length > 1 && atom.Text[0] == '—' && font.Shaper.TryGetGlyphExtents(glyphs[0], out var ink) && ink.Width > 0)
        {
            // The font's dashes keep side bearings, so —— would show as two strokes: butt them together (a unit of
            // overlap against a hairline of background), centred in the room the two take.
            var step = ink.Width - 1f;
            var left = (pen - (step * (glyphs.Length - 1) + ink.Width)) / 2 - ink.XBearing;
            for (var i = 0; i < glyphs.Length; i++)
            {
                x[i] = left + i * step;
            }
        }

        return new(atom, glyphs, x, y, pen);
    }
}
