namespace QuoteBot.Core.Text;

/// <summary>Cuts text to a length at sentence boundaries, keeping a given span whole where it can.</summary>
public static class SentenceTrimmer
{
    private const string Enders = "。？！?!；;…\n";

    /// <summary>The sentences around <c>[start, start+length)</c>, added alternately after and before, up to <paramref name="max"/> characters.</summary>
    public static (string Text, int Offset) Around(string text, int start, int length, int max)
    {
        if (text.Length <= max)
        {
            return (text, 0);
        }

        var sentences = Split(text);
        var first = sentences.FindIndex(s => s.End > start);
        var last = sentences.FindLastIndex(s => s.Start < start + length);
        if (first < 0 || last < first)
        {
            return (TextNormalizer.Truncate(text, max), 0);
        }

        var from = sentences[first].Start;
        var to = sentences[last].End;
        if (to - from > max)
        {
            return (TextNormalizer.Truncate(text[from..], max), from);
        }

        var grew = true;
        while (grew)
        {
            grew = false;
            if (last + 1 < sentences.Count && sentences[last + 1].End - from <= max)
            {
                to = sentences[++last].End;
                grew = true;
            }

            if (first > 0 && to - sentences[first - 1].Start <= max)
            {
                from = sentences[--first].Start;
                grew = true;
            }
        }

        var prefix = from > 0 ? "…" : string.Empty;
        var suffix = to < text.Length ? "…" : string.Empty;
        var body = text[from..to];
        if (prefix.Length + body.Length + suffix.Length > max)
        {
            return (body, from);
        }

        return (prefix + body + suffix, from - prefix.Length);
    }

    /// <summary>The last sentences of the text up to <paramref name="max"/> characters: a question is asked at its end.</summary>
    public static string Tail(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var sentences = Split(text);
        var from = text.Length;
        for (var i = sentences.Count - 1; i >= 0 && text.Length - sentences[i].Start <= max - 1; i--)
        {
            from = sentences[i].Start;
        }

        if (from < text.Length)
        {
            return "…" + text[from..];
        }

        var cut = text.Length - (max - 1);
        if (char.IsLowSurrogate(text[cut]))
        {
            cut++;
        }

        return "…" + text[cut..];
    }

    private static List<(int Start, int End)> Split(string text)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (Enders.Contains(text[i], StringComparison.Ordinal))
            {
                var end = i + 1;
                while (end < text.Length && (Enders.Contains(text[end], StringComparison.Ordinal) || text[end] is '”' or '"' or '’' or '）' or ')'))
                {
                    end++;
                }

                sentences.Add((start, end));
                start = end;
                i = end - 1;
            }
        }

        if (start < text.Length)
        {
            sentences.Add((start, text.Length));
        }

        return sentences;
    }
}
