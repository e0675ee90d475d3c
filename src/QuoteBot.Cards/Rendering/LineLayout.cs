using QuoteBot.Cards.Text;

namespace QuoteBot.Cards.Rendering;

/// <summary>
/// Places the atoms of one line, in pixels: of two full-width marks side by side one loses its blank half (the closing
/// one, or the second of two opening ones), as does a closing mark at the line's end; Han next to a Latin word gets the
/// fixed <see cref="HanLatinSpacing.Gap"/> (the breaker counted it too), closing marks past the line's width hang in the margin, and a full line is justified by spreading what is left evenly over every gap.
/// </summary>
internal static class LineLayout
{
    private const float MaxStretch = 0.5f; // em per gap; a line that would need more stays ragged
    private const float MaxSqueeze = 0.08f; // em per gap, for the few pixels a Han–Latin gap may add to a full line

    public static List<PlacedAtom> Place(IReadOnlyList<ShapedAtom> line, float scale, float em, float lineWidth, bool justify)
    {
        var count = line.Count;
        while (count > 0 && line[count - 1].Atom.Kind == AtomKind.Space)
        {
            count--;
        }

        var advance = new float[count];
        var shift = new float[count];
        var gapAfter = new float[count];
        for (var i = 0; i < count; i++)
        {
            var atom = line[i].Atom;
            advance[i] = line[i].Advance * scale;
            var previous = i > 0 ? line[i - 1].Atom : (TextAtom?)null;
            var next = i + 1 < count ? line[i + 1].Atom : (TextAtom?)null;
            if (atom.Kind == AtomKind.Punctuation && Punctuation.IsClosingHalf(atom.Text[0]) && (next is null || IsFullWidthMark(next.Value)))
            {
                advance[i] /= 2;
            }
            else if (atom.Kind == AtomKind.Punctuation && Punctuation.IsOpeningHalf(atom.Text[0]) && previous is { } before && before.IsOpening)
            {
                advance[i] /= 2;
                shift[i] = advance[i];
            }

            if (next is { } following && HanLatinSpacing.Between(atom, following))
            {
                gapAfter[i] = HanLatinSpacing.Gap * em;
            }
        }

        // Closing marks past the width hang: they do not count in the width the line is justified to.
        var content = count;
        var total = Sum(advance, gapAfter, count);
        while (content > 1 && line[content - 1].Atom.IsClosing && total > lineWidth + 0.5f)
        {
            content--;
            total = Sum(advance, gapAfter, content);
        }

        var stretch = 0f;
        if (justify && content > 1)
        {
            var perGap = (lineWidth - total) / (content - 1);
            if (perGap <= MaxStretch * em && perGap >= -MaxSqueeze * em)
            {
                stretch = perGap;
            }
        }

        var placed = new List<PlacedAtom>(count);
        var x = 0f;
        for (var i = 0; i < count; i++)
        {
            placed.Add(new(line[i], x, shift[i]));
            x += advance[i] + gapAfter[i] + (i < content - 1 ? stretch : 0);
        }

        return placed;
    }

    private static float Sum(float[] advance, float[] gapAfter, int count)
    {
        var total = 0f;
        for (var i = 0; i < count; i++)
        {
            total += advance[i] + (i < count - 1 ? gapAfter[i] : 0);
        }

        return total;
    }

    private static bool IsFullWidthMark(TextAtom atom) => atom.Kind == AtomKind.Punctuation && atom.Text[0] >= 0x2000;
}
