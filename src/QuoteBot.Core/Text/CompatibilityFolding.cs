using System.Text;

namespace QuoteBot.Core.Text;

/// <summary>
/// NFKC character by character, from a table generated out of the Unicode Character Database
/// (<c>CompatibilityFolding.g.cs</c>), so the bot needs no ICU: full-width and half-width forms, the ideographic space,
/// compatibility ideographs, circled, parenthesised and superscript digits and letters, ligatures and the like become
/// what they stand for.
/// </summary>
/// <remarks>
/// Each character is replaced by its own NFKC. That equals NFKC of the whole text except where a character combines
/// with its neighbour (a letter followed by a separate combining accent, conjoining jamo): such sequences are left as
/// typed. Names, topics and quotes are stored precomposed and people's keyboards send them so.
/// </remarks>
internal static partial class CompatibilityFolding
{
    /// <summary>The first code point the table changes (U+00A0 NO-BREAK SPACE); everything below passes as is.</summary>
    private const char FirstFolded = '\u00A0';

    /// <summary><paramref name="text"/> with every character replaced by its NFKC; the same instance when nothing changes.</summary>
    public static string Fold(string text)
    {
        var first = FirstChange(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) is not System.Buffers.OperationStatus.Done)
            {
                builder.Append(text[i]); // a lone surrogate: nothing to fold
                i++;
                continue;
            }

            AppendFolded(builder, rune);
            i += used;
        }

        return builder.ToString();
    }

    /// <summary>The NFKC of one code point, as the Unicode Character Database gives it.</summary>
    public static string Fold(Rune rune)
    {
        var builder = new StringBuilder(2);
        AppendFolded(builder, rune);
        return builder.ToString();
    }

    private static int FirstChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= FirstFolded && Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out _) is System.Buffers.OperationStatus.Done && Changes(rune.Value))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Changes(int codePoint) => Run(codePoint) >= 0 || ExpansionKeys.BinarySearch(codePoint) >= 0;

    private static void AppendFolded(StringBuilder builder, Rune rune)
    {
        var codePoint = rune.Value;
        if (codePoint < FirstFolded)
        {
            builder.Append((char)codePoint);
            return;
        }

        var run = Run(codePoint);
        if (run >= 0)
        {
            AppendCodePoint(builder, RunTargets[run] + codePoint - RunStarts[run]);
            return;
        }

        var expansion = ExpansionKeys.BinarySearch(codePoint);
        if (expansion >= 0)
        {
            var start = expansion == 0 ? 0 : ExpansionEnds[expansion - 1];
            builder.Append(ExpansionText.AsSpan(start, ExpansionEnds[expansion] - start));
            return;
        }

        AppendCodePoint(builder, codePoint);
    }

    /// <summary>The run of one-to-one mappings that holds <paramref name="codePoint"/>, or -1.</summary>
    private static int Run(int codePoint)
    {
        var index = RunStarts.BinarySearch(codePoint);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index >= 0 && codePoint < RunStarts[index] + RunLengths[index] ? index : -1;
    }

    private static void AppendCodePoint(StringBuilder builder, int codePoint)
    {
        Span<char> units = stackalloc char[2];
        builder.Append(units[..new Rune(codePoint).EncodeToUtf16(units)]);
    }
}
