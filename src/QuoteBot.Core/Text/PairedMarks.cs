namespace QuoteBot.Core.Text;

/// <summary>
/// Balances paired punctuation (“” 「」 『』 《》 （） 【】 〈〉) in text shown to users. A quote is a span of the
/// transcript, so it can start inside a quotation and stop before its closing mark; shown inside the bot's own “…”, a
/// lone opener or closer reads as broken text. The missing marks are added at the ends only, so the text stays a
/// substring of what is shown, and the stored anchor text is never touched.
/// </summary>
public static class PairedMarks
{
    // Only marks that always pair. ASCII () and ‘’ do not: English writes "a) … b)" and "Altmans’", and the ASCII '"'
    // is both opener and closer, so none of them is balanced.
    private const string Openers = "“「『《（【〈";
    private const string Closers = "”」』》）】〉";

    /// <summary>
    /// The text with a closer appended for every opener left open (innermost first) and an opener prepended for every
    /// closer without one; the same instance, without copying, when nothing is missing. Each kind of pair is balanced
    /// on its own.
    /// </summary>
    public static string Balance(string text) => Balance(text, out _);

    /// <summary>As <see cref="Balance(string)"/>; <paramref name="prepended"/> is how many marks went before the text, to shift a position inside it.</summary>
    public static string Balance(string text, out int prepended)
    {
        prepended = 0;
        if (IsBalanced(text))
        {
            return text;
        }

        var open = new List<int>();
        var unmatched = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var kind = Kind(text, i, out var opens);
            if (kind < 0)
            {
                continue;
            }

            if (opens)
            {
                open.Add(kind);
            }
            else if (open.LastIndexOf(kind) is var at and >= 0)
            {
                open.RemoveAt(at);
            }
            else
            {
                unmatched.Add(kind);
            }
        }

        // The first closer without an opener gets the outermost opener: "a”b）" → "（“a”b）".
        var result = new char[unmatched.Count + text.Length + open.Count];
        var n = 0;
        for (var i = unmatched.Count - 1; i >= 0; i--)
        {
            result[n++] = Openers[unmatched[i]];
        }

        prepended = n;
        text.CopyTo(0, result, n, text.Length);
        n += text.Length;
        for (var i = open.Count - 1; i >= 0; i--)
        {
            result[n++] = Closers[open[i]];
        }

        return new string(result);
    }

    /// <summary>
    /// The text cut to at most <paramref name="max"/> characters as <see cref="TextNormalizer.Truncate(string, int)"/>
    /// cuts it, and balanced after the cut (a cut can drop a closer), the marks it adds counted within
    /// <paramref name="max"/>.
    /// </summary>
    public static string Truncate(string text, int max)
    {
        var shown = Balance(TextNormalizer.Truncate(text, max));
        for (var room = max - 1; shown.Length > max && room > 0; room--)
        {
            shown = Balance(TextNormalizer.Truncate(text, room));
        }

        return shown.Length <= max ? shown : TextNormalizer.Truncate(text, max);
    }

    /// <summary>Whether every kind of pair opens before it closes and closes as often as it opens.</summary>
    public static bool IsBalanced(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(Openers.AsSpan()) < 0 && text.IndexOfAny(Closers.AsSpan()) < 0)
        {
            return true;
        }

        Span<int> depth = stackalloc int[Openers.Length];
        depth.Clear();
        for (var i = 0; i < text.Length; i++)
        {
            var kind = Kind(text, i, out var opens);
            if (kind < 0)
            {
                continue;
            }

            if (opens)
            {
                depth[kind]++;
            }
            else if (--depth[kind] < 0)
            {
                return false;
            }
        }

        foreach (var d in depth)
        {
            if (d != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Which pair the character at <paramref name="i"/> belongs to, or -1; whether it opens it.</summary>
    private static int Kind(ReadOnlySpan<char> text, int i, out bool opens)
    {
        var c = text[i];
        var kind = Openers.IndexOf(c, StringComparison.Ordinal);
        opens = kind >= 0;
        return opens ? kind : Closers.IndexOf(c, StringComparison.Ordinal);
    }
}
