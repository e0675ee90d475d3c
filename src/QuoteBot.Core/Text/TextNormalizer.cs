using System.Globalization;
using System.Text;

namespace QuoteBot.Core.Text;

/// <summary>Folds what users type so that "ＥＮＥＲＧＹ ", "energy" and "Energy" compare equal.</summary>
public static class TextNormalizer
{
    /// <summary>Inputs are cut to this many characters before matching: no name or query is longer, and it bounds the work.</summary>
    public const int MaxInputLength = 256;

    /// <summary>NFKC (full-width → half-width), lower case, control characters dropped, runs of white space as one space, trimmed.</summary>
    public static string Fold(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return string.Empty;
        }

        var bounded = input.Length > MaxInputLength ? input[..MaxInputLength] : input;
        var clean = Clean(bounded);
        string normalized;
        try
        {
            normalized = clean.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            normalized = clean; // unpaired surrogates cannot be normalized; they were replaced by Clean already
        }

        return CollapseSpaces(normalized.ToLowerInvariant());
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

        var cut = Math.Max(0, max - 1);
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }

    private static string Clean(string input)
    {
        var builder = new StringBuilder(input.Length);
        for (var i = 0; i < input.Length; i++)
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

    private static string CollapseSpaces(string text)
    {
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
}
