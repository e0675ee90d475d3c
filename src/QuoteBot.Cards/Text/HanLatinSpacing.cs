namespace QuoteBot.Cards.Text;

/// <summary>
/// The space between Han and a Latin word or number: one fixed quarter em wherever the two meet, whether the text has a
/// space there or not, so mixed lines look even. The line breaker counts it as the painter draws it.
/// </summary>
public static class HanLatinSpacing
{
    /// <summary>The gap, in ems.</summary>
    public const float Gap = 0.25f;

    /// <summary>Whether the gap goes between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static bool Between(TextAtom a, TextAtom b) =>
        (TextAtoms.IsHan(a) && b.Kind == AtomKind.Word) || (a.Kind == AtomKind.Word && TextAtoms.IsHan(b));

    /// <summary>The atoms without the spaces written between Han and Latin: the gap takes their place.</summary>
    public static List<TextAtom> WithoutWrittenSpaces(IReadOnlyList<TextAtom> atoms)
    {
        var kept = new List<TextAtom>(atoms.Count);
        for (var i = 0; i < atoms.Count; i++)
        {
            if (atoms[i].Kind == AtomKind.Space && i > 0 && i + 1 < atoms.Count && Between(atoms[i - 1], atoms[i + 1]))
            {
                continue;
            }

            kept.Add(atoms[i]);
        }

        return kept;
    }
}
