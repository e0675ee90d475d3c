using QuoteBot.Cards.Text;

namespace QuoteBot.Cards.Rendering;

/// <summary>The quote broken into lines at the largest size (within a range) at which it fits its box.</summary>
internal sealed record QuoteBlock(float FontSize, float LineHeight, IReadOnlyList<IReadOnlyList<ShapedAtom>> Lines)
{
    public const float LargestSize = 88;
    public const float SmallestSize = 36;
    private const float SizeStep = 2;
    private const float Leading = 1.6f; // line height as a multiple of the size: Chinese text wants air between lines
    private const float Hang = 1f; // em: one full-width mark (or two compressed) may hang past the right edge

    private const float OrphanSearch = 4 * SizeStep;

    /// <summary>The last of several lines holds a single character (and its punctuation).</summary>
    public bool EndsInOrphan => Lines.Count > 1 && Lines[^1].Count(a => a.Atom.Kind is AtomKind.Han or AtomKind.Word) == 1;

    public float Height => Lines.Count == 0 ? 0 : (Lines.Count - 1) * LineHeight + FontSize;

    public static QuoteBlock Fit(CardFont font, string text, float width, float height)
    {
        var atoms = HanLatinSpacing.WithoutWrittenSpaces(TextAtoms.Split(text.Trim()));
        var shaped = ShapedAtom.ShapeAll(font, atoms);
        var steps = (int)((LargestSize - SmallestSize) / SizeStep) + 1;
        var blocks = new QuoteBlock?[steps];
        QuoteBlock At(int step) => blocks[step] ??= Layout(font, atoms, shaped, LargestSize - step * SizeStep, width);
        bool Fits(int step) => At(step) is var block && block.Height <= height && !Overflows(block, font, width);

        // The largest size that fits: the largest itself for most quotes, else found by bisection (a smaller size never
        // needs more room), so a long quote is laid out a handful of times rather than at every size.
        var first = 0;
        if (!Fits(0))
        {
            var (low, high) = (1, steps);
            while (low < high)
            {
                var middle = (low + high) / 2;
                (low, high) = Fits(middle) ? (low, middle) : (middle + 1, high);
            }

            if (low == steps)
            {
                return Truncated(At(steps - 1), shaped, font, height);
            }

            first = low;
        }

        // A last line of one character looks like a mistake: a few sizes smaller may take it back.
        for (var step = first; step < steps && step - first <= OrphanSearch / SizeStep; step++)
        {
            if (Fits(step) && !At(step).EndsInOrphan)
            {
                return At(step);
            }
        }

        return At(first);
    }

    private static QuoteBlock Layout(CardFont font, List<TextAtom> atoms, Dictionary<string, ShapedAtom> shaped, float size, float width)
    {
        var scale = size / font.UnitsPerEm;
        var gap = HanLatinSpacing.Gap * size;
        var ranges = ChineseLineBreaker.Break(atoms, a => shaped[a.Text].Advance * scale, (a, b) => HanLatinSpacing.Between(a, b) ? gap : 0, width, Hang * size);
        var lines = ranges.ConvertAll(range => (IReadOnlyList<ShapedAtom>)atoms.Take(range).Select(a => shaped[a.Text]).ToList());
        return new(size, size * Leading, lines);
    }

    /// <summary>A line wider than the box even after hanging (a word longer than a line): try a smaller size.</summary>
    private static bool Overflows(QuoteBlock block, CardFont font, float width)
    {
        var scale = block.FontSize / font.UnitsPerEm;
        foreach (var line in block.Lines)
        {
            var ink = line.Where(a => a.Atom.Kind != AtomKind.Space && !a.Atom.IsClosing).Sum(a => a.Advance * scale);
            if (ink > width + 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Text too long for the card even at the smallest size: the lines that fit, the last ending in "…".</summary>
    private static QuoteBlock Truncated(QuoteBlock block, Dictionary<string, ShapedAtom> shaped, CardFont font, float height)
    {
        var fitting = Math.Max(1, (int)((height - block.FontSize) / block.LineHeight) + 1);
        if (fitting >= block.Lines.Count)
        {
            return block;
        }

        var lines = block.Lines.Take(fitting).Select(l => l.ToList()).ToList();
        var last = lines[^1];
        last.RemoveAt(last.Count - 1);
        last.Add(shaped.TryGetValue("…", out var ellipsis) ? ellipsis : ShapedAtom.Shape(font, "…"));
        return block with { Lines = lines };
    }
}
