using System.Globalization;
using System.Text;

namespace QuoteBot.Core.Text;

/// <summary>Folds what users type so that "ＥＮＥＲＧＹ ", "energy" and "Energy" compare equal.</summary>
public static class TextNormalizer
{
    /// <summary>Inputs are cut to this many characters before matching: no name or query is longer, and it bounds the work.</summary>
    public const int MaxInputLength = 256;

    /// <summary>
    /// NFKC without ICU (full-width → half-width, see <see cref="CompatibilityFolding"/>), lower case, control characters
    /// dropped, runs of white space as one space, trimmed.
    /// </summary>
    public static string Fold(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return string.Empty;
        }

        if (IsFolded(input))
        {
            return input; // what people type most: "energy", "q14", "agi scaling" need no work and no copy
        }

        var bounded = input.Length > MaxInputLength ? input[..MaxInputLength] : input;
        return CollapseSpaces(CompatibilityFolding.Fold(Clean(bounded)).ToLowerInvariant());
    }

    /// <summary>Text safe to echo back: no control or format characters, no lone surrogates, at most <paramref name="max"/> characters.</summary>
    public static string Sanitize(string? input, int max = 64)
    {
        if (string.IsNullOrEmpty(input))
        {
            return string.Empty;
        }

        var clean = CollapseSpaces(Clean(input.Length > max * 2 ? input[..(max * 2)] : input));
        return Truncate(clean, max);
    }

    /// <summary>Cuts to at most <paramref name="max"/> characters without splitting a surrogate pair, marking the cut with "…".</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        return string.Concat(text.AsSpan(0, Cut(text, max)), "…");
    }

    /// <summary><paramref name="prefix"/> and then <paramref name="text"/> cut as <see cref="Truncate(string, int)"/> cuts, made in one string.</summary>
    internal static string Truncate(string prefix, ReadOnlySpan<char> text, int max) =>
        text.Length <= max ? string.Concat(prefix, text) : string.Concat(prefix, text[..Cut(text, max)], "…");

    /// <summary>How much of a text longer than <paramref name="max"/> to keep: room for "…", and no half surrogate pair.</summary>
    private static int Cut(ReadOnlySpan<char> text, int max)
    {
        var cut = Math.Max(0, max - 1);
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return cut;
    }

    /// <summary>
    /// True when <see cref="Fold"/> would return the text unchanged without needing to look further: short printable ASCII
    /// without capitals, with single spaces between words only. Such text is already NFKC, lower case and clean.
    /// </summary>
    private static bool IsFolded(string input)
    {
        if (input.Length > MaxInputLength || input[0] == ' ' || input[^1] == ' ')
        {
            return false;
        }

        var previous = '\0';
        foreach (var c in input)
        {
            if (c is < ' ' or > '~' or (>= 'A' and <= 'Z') || (c == ' ' && previous == ' '))
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    private static string Clean(string input)
    {
        var keep = 0;
        while (keep < input.Length && KeepsAsIs(input, keep))
        {
            keep += char.IsHighSurrogate(input[keep]) ? 2 : 1;
        }

        if (keep >= input.Length)
        {
            return input; // nothing to drop or replace: no copy
        }

        var builder = new StringBuilder(input.Length);
        builder.Append(input, 0, keep);
        for (var i = keep; i < input.Length; i++)
        {
            var c = input[i];
            if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                builder.Append(c).Append(input[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control)
            {
                if (char.IsWhiteSpace(c))
                {
                    builder.Append(' ');
                }

                continue;
            }

            if (category is UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Whether <see cref="Clean"/> keeps the character (or surrogate pair) at <paramref name="i"/> as it is.</summary>
    private static bool KeepsAsIs(string input, int i)
    {
        var c = input[i];
        if (char.IsSurrogate(c))
        {
            return char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]);
        }

        return char.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned);
    }

    private static string CollapseSpaces(string text)
    {
        if (IsCollapsed(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>True when <see cref="CollapseSpaces"/> would change nothing: white space only as single inner spaces.</summary>
    private static bool IsCollapsed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }
}
