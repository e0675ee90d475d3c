namespace QuoteBot.Cards.Text;

/// <summary>
/// Breaks Chinese text (with Latin words and numbers in it) into lines the way Chinese typesetting does: no line starts
/// with closing punctuation or ends with opening punctuation, a Latin word or number is never split, a space stays at
/// the end of its line, and closing punctuation that would start a line hangs into the margin instead (up to
/// <c>hang</c>); only what cannot hang is pushed to the next line together with the character before it. The gap
/// between two atoms (Han next to Latin) counts in a line's width, except at the line's ends.
/// </summary>
public static class ChineseLineBreaker
{
    /// <summary>The lines as ranges of <paramref name="atoms"/>; together they cover every atom once, in order.</summary>
    /// <param name="atoms">The text, cut by <see cref="TextAtoms.Split"/>.</param>
    /// <param name="width">The width of one atom.</param>
    /// <param name="lineWidth">The width a line may fill.</param>
    /// <param name="hang">How far closing punctuation may hang past <paramref name="lineWidth"/>; a full-width mark
    /// whose glyph fills half its box counts half.</param>
    public static List<Range> Break(IReadOnlyList<TextAtom> atoms, Func<TextAtom, float> width, float lineWidth, float hang) =>
        Break(atoms, width, static (_, _) => 0, lineWidth, hang);

    /// <summary>The lines as ranges of <paramref name="atoms"/>, with a gap between atoms side by side.</summary>
    /// <param name="atoms">The text, cut by <see cref="TextAtoms.Split"/>.</param>
    /// <param name="width">The width of one atom.</param>
    /// <param name="lineWidth">The width a line may fill.</param>
    /// <param name="hang">How far closing punctuation may hang past <paramref name="lineWidth"/>.</param>
    /// <param name="gap">The room between two atoms side by side on a line (nothing at a line's ends).</param>
    public static List<Range> Break(IReadOnlyList<TextAtom> atoms, Func<TextAtom, float> width, Func<TextAtom, TextAtom, float> gap, float lineWidth, float hang)
    {
        var lines = new List<Range>();
        var start = 0;
        var used = 0f;
        for (var i = 0; i < atoms.Count; i++)
        {
            var atom = atoms[i];
            var w = width(atom) + (i > start ? gap(atoms[i - 1], atom) : 0);
            if (i == start || used + w <= lineWidth || atom.Kind == AtomKind.Space)
            {
                used += w;
                continue;
            }

            var hanging = atom.IsClosing && Punctuation.IsClosingHalf(atom.Text[0]) ? w / 2 : w;
            if (atom.IsClosing && used + hanging - lineWidth <= hang)
            {
                used += hanging;
                continue;
            }

            var breakAt = LastBreak(atoms, start, i);
            if (breakAt < 0)
            {
                // Nothing between here and the line's start may be broken (a very long word, a run of marks): overflow.
                used += w;
                continue;
            }

            lines.Add(start..breakAt);
            start = breakAt;
            used = 0;
            for (var j = breakAt; j <= i; j++)
            {
                used += width(atoms[j]) + (j > breakAt ? gap(atoms[j - 1], atoms[j]) : 0);
            }
        }

        if (start < atoms.Count)
        {
            lines.Add(start..atoms.Count);
        }

        return lines;
    }

    /// <summary>The lines as text: joined, they give back <paramref name="text"/>.</summary>
    public static List<string> Break(string text, Func<TextAtom, float> width, float lineWidth, float hang) =>
        Break(text, width, static (_, _) => 0, lineWidth, hang);

    /// <summary>The lines as text, with a gap between atoms: joined, they give back <paramref name="text"/>.</summary>
    public static List<string> Break(string text, Func<TextAtom, float> width, Func<TextAtom, TextAtom, float> gap, float lineWidth, float hang)
    {
        var atoms = TextAtoms.Split(text);
        return Break(atoms, width, gap, lineWidth, hang).ConvertAll(range => string.Concat(atoms.Take(range).Select(a => a.Text)));
    }

    /// <summary>The last index in (start, end] where a new line may begin, or -1.</summary>
    private static int LastBreak(IReadOnlyList<TextAtom> atoms, int start, int end)
    {
        for (var b = end; b > start; b--)
        {
            if (CanBreakBefore(atoms, b))
            {
                return b;
            }
        }

        return -1;
    }

    /// <summary>Whether a line may end after <c>atoms[b - 1]</c> and the next begin with <c>atoms[b]</c>.</summary>
    public static bool CanBreakBefore(IReadOnlyList<TextAtom> atoms, int b)
    {
        var after = atoms[b];
        // A space ends its line, so what the line ends with is the last atom before the spaces.
        var last = b - 1;
        while (last > 0 && atoms[last].Kind == AtomKind.Space)
        {
            last--;
        }

        var before = atoms[last];
        return after.Kind != AtomKind.Space
            && !after.IsClosing
            && !before.IsOpening
            // Latin punctuation sticks to the word it follows: "AI," "x-".
            && !(before.Kind == AtomKind.Word && after.Kind == AtomKind.Punctuation && after.Text[0] < 0x80);
    }
}
