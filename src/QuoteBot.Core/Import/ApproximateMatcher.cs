namespace QuoteBot.Core.Import;

/// <summary>The span of a text that a pattern matches best, and at what edit distance.</summary>
internal readonly record struct ApproximateMatch(TextSpan Span, int Distance);

/// <summary>
/// Approximate substring matching (Sellers' algorithm): the substring of a text with the smallest edit distance to a pattern.
/// White space is ignored on both sides, since the export breaks lines at random.
/// </summary>
internal static class ApproximateMatcher
{
    public static ApproximateMatch Find(string pattern, string text)
    {
        var (p, _) = Squeeze(pattern);
        var (t, map) = Squeeze(text);
        if (p.Length == 0 || t.Length == 0)
        {
            return new ApproximateMatch(default, Math.Max(p.Length, 1));
        }

        var m = p.Length;
        var previous = new int[m + 1];
        var current = new int[m + 1];
        var previousStart = new int[m + 1];
        var currentStart = new int[m + 1];
        for (var i = 0; i <= m; i++)
        {
            previous[i] = i;
        }

        var best = int.MaxValue;
        var bestStart = 0;
        var bestEnd = 0;
        for (var j = 1; j <= t.Length; j++)
        {
            // A match may begin anywhere in the text: row 0 costs nothing and starts here.
            current[0] = 0;
            currentStart[0] = j;
            for (var i = 1; i <= m; i++)
            {
                var substitute = previous[i - 1] + (p[i - 1] == t[j - 1] ? 0 : 1);
                var skipText = previous[i] + 1;
                var skipPattern = current[i - 1] + 1;
                if (substitute <= skipText && substitute <= skipPattern)
                {
                    current[i] = substitute;
                    currentStart[i] = previousStart[i - 1];
                }
                else if (skipText <= skipPattern)
                {
                    current[i] = skipText;
                    currentStart[i] = previousStart[i];
                }
                else
                {
                    current[i] = skipPattern;
                    currentStart[i] = currentStart[i - 1];
                }
            }

            if (current[m] < best)
            {
                best = current[m];
                bestStart = currentStart[m];
                bestEnd = j;
            }

            (previous, current) = (current, previous);
            (previousStart, currentStart) = (currentStart, previousStart);
        }

        var span = new TextSpan(map[bestStart], map[bestEnd - 1] + 1);
        return new ApproximateMatch(span, best);
    }

    /// <summary>The text without white space, and for each kept character its index in the original.</summary>
    private static (string Text, int[] Map) Squeeze(string text)
    {
        var chars = new char[text.Length];
        var map = new int[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                chars[n] = text[i];
                map[n] = i;
                n++;
            }
        }

        return (new string(chars, 0, n), map[..n]);
    }
}
