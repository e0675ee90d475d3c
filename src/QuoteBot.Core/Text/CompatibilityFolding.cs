using System.Buffers;
using System.Text;

namespace QuoteBot.Core.Text;

/// <summary>
/// NFKC without ICU, from tables generated out of the Unicode Character Database (<c>CompatibilityFolding.g.cs</c>):
/// full-width and half-width forms, the ideographic space, compatibility ideographs, circled, parenthesised and
/// superscript digits and letters, ligatures and the like become what they stand for, and a letter typed with a
/// separate accent becomes the precomposed letter.
/// </summary>
internal static partial class CompatibilityFolding
{
    /// <summary>Below this (U+00A0 NO-BREAK SPACE) nothing decomposes, combines or is combined with.</summary>
    private const int FirstAffected = 0xA0;

    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, SCount = LCount * VCount * TCount;

    /// <summary>The NFKC of <paramref name="text"/>; the same instance when it is NFKC already, as most text is.</summary>
    public static string Fold(string text)
    {
        var first = FirstAffectedIndex(text);
        if (first < 0)
        {
            return text;
        }

        var codePoints = new List<int>(text.Length + 8);
        for (var i = first; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) is OperationStatus.Done)
            {
                Decompose(rune.Value, codePoints);
            }
            else
            {
                codePoints.Add(text[i]); // a lone surrogate stays as it is
            }

            i += used > 0 ? used : 1;
        }

        Reorder(codePoints);
        Compose(codePoints);

        var builder = new StringBuilder(text.Length + 8);
        builder.Append(text, 0, first);
        Span<char> units = stackalloc char[2];
        foreach (var codePoint in codePoints)
        {
            if (Rune.TryCreate(codePoint, out var rune))
            {
                builder.Append(units[..rune.EncodeToUtf16(units)]);
            }
            else
            {
                builder.Append((char)codePoint);
            }
        }

        var folded = builder.ToString();
        return folded == text ? text : folded;
    }

    /// <summary>
    /// Where the first code point is that normalization might change or join with its neighbour, or -1. Work starts
    /// one code point earlier, at the letter an accent may join.
    /// </summary>
    private static int FirstAffectedIndex(string text)
    {
        var previous = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= FirstAffected && Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out _) is OperationStatus.Done)
            {
                var cp = rune.Value;
                if (!IsPlainIdeographOrSyllable(cp) && (Decomposes(cp) || CombiningClass(cp) != 0 || JoinsPrevious(cp)))
                {
                    return previous;
                }
            }

            if (!char.IsLowSurrogate(text[i]))
            {
                previous = i;
            }
        }

        return -1;
    }

    /// <summary>Most of a Chinese or Korean text: code points that neither change nor join, known without a look-up.</summary>
    private static bool IsPlainIdeographOrSyllable(int codePoint) => codePoint is (>= 0x4E00 and <= 0x9FFF) or (>= SBase and < SBase + SCount);

    private static bool Decomposes(int codePoint) => Run(codePoint) >= 0 || ExpansionKeys.BinarySearch(codePoint) >= 0;

    private static void Decompose(int codePoint, List<int> into)
    {
        var run = Run(codePoint);
        if (run >= 0)
        {
            into.Add(RunTargets[run] + codePoint - RunStarts[run]);
            return;
        }

        var expansion = codePoint < FirstAffected ? -1 : ExpansionKeys.BinarySearch(codePoint);
        if (expansion < 0)
        {
            into.Add(codePoint); // Hangul syllables too: composition below treats a syllable as its jamo
            return;
        }

        var start = expansion == 0 ? 0 : ExpansionEnds[expansion - 1];
        var text = ExpansionText.AsSpan(start, ExpansionEnds[expansion] - start);
        foreach (var rune in text.EnumerateRunes())
        {
            into.Add(rune.Value);
        }
    }

    /// <summary>Canonical ordering: each run of combining marks sorted by combining class, keeping equal classes in order.</summary>
    private static void Reorder(List<int> codePoints)
    {
        for (var i = 1; i < codePoints.Count; i++)
        {
            var mark = codePoints[i];
            var ccc = CombiningClass(mark);
            var j = i;
            while (ccc != 0 && j > 0 && CombiningClass(codePoints[j - 1]) > ccc)
            {
                codePoints[j] = codePoints[j - 1];
                j--;
            }

            codePoints[j] = mark;
        }
    }

    /// <summary>Canonical composition as UAX #15 defines it: a code point joins the last starter unless something between blocks it.</summary>
    private static void Compose(List<int> codePoints)
    {
        var kept = 0;
        var starter = -1;
        var lastClass = -1;
        for (var i = 0; i < codePoints.Count; i++)
        {
            var cp = codePoints[i];
            var ccc = CombiningClass(cp);
            var blocked = kept - 1 != starter && (lastClass >= ccc || lastClass == 0);
            if (starter >= 0 && !blocked && Composite(codePoints[starter], cp) is var composite and >= 0)
            {
                codePoints[starter] = composite;
                continue;
            }

            if (ccc == 0)
            {
                starter = kept;
            }

            lastClass = ccc;
            codePoints[kept++] = cp;
        }

        codePoints.RemoveRange(kept, codePoints.Count - kept);
    }

    /// <summary>The primary composite of the pair, or -1.</summary>
    private static int Composite(int first, int second)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
        {
            return SBase + ((((first - LBase) * VCount) + second - VBase) * TCount);
        }

        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
        {
            return first + second - TBase;
        }

        var index = CompositionKeys.BinarySearch(((long)second << 21) | (uint)first);
        return index >= 0 ? Composites[index] : -1;
    }

    /// <summary>Whether the code point can be the second of a composite (a vowel or final jamo, some vowel signs).</summary>
    private static bool JoinsPrevious(int codePoint)
    {
        if (codePoint is >= VBase and < VBase + VCount or > TBase and < TBase + TCount)
        {
            return true;
        }

        var index = CompositionKeys.BinarySearch((long)codePoint << 21);
        index = index < 0 ? ~index : index;
        return index < CompositionKeys.Length && CompositionKeys[index] >> 21 == codePoint;
    }

    private static int CombiningClass(int codePoint)
    {
        if (codePoint < 0x300)
        {
            return 0;
        }

        var index = ClassStarts.BinarySearch(codePoint);
        index = index < 0 ? ~index - 1 : index;
        return index >= 0 && codePoint < ClassStarts[index] + ClassLengths[index] ? Classes[index] : 0;
    }

    /// <summary>The run of one-to-one mappings that holds <paramref name="codePoint"/>, or -1.</summary>
    private static int Run(int codePoint)
    {
        var index = RunStarts.BinarySearch(codePoint);
        index = index < 0 ? ~index - 1 : index;
        return index >= 0 && codePoint < RunStarts[index] + RunLengths[index] ? index : -1;
    }
}
