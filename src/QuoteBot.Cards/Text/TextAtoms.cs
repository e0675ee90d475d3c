using System.Globalization;

namespace QuoteBot.Cards.Text;

/// <summary>Cuts text into atoms: lines break only between them.</summary>
public static class TextAtoms
{
    public static List<TextAtom> Split(string text)
    {
        var atoms = new List<TextAtom>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                atoms.Add(new(text[start..i], AtomKind.Space));
            }
            else if (IsWordCharacter(c) || (IsCurrency(c) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                i = LinkEnd(text, i) is var link and > 0 ? link : WordEnd(text, i + 1);
                atoms.Add(new(text[start..i], AtomKind.Word));
            }
            else if (Punctuation.IsDoubled(c))
            {
                // …… and —— are one mark written with two characters: one atom, never split.
                while (i < text.Length && text[i] == c)
                {
                    i++;
                }

                atoms.Add(new(text[start..i], AtomKind.Punctuation));
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                var kind = Punctuation.IsClosing(c) || Punctuation.IsOpening(c) || char.IsPunctuation(c) ? AtomKind.Punctuation : AtomKind.Han;
                atoms.Add(new(text[start..i], kind));
            }
        }

        return atoms;
    }

    /// <summary>Letters and digits of alphabetic scripts, half- or full-width; Han characters are atoms of their own.</summary>
    public static bool IsWordCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || (c > 0x7F && c < 0x2000 && char.IsLetterOrDigit(c)) ||
        (c >= 0xFF10 && c <= 0xFF5A && char.IsLetterOrDigit(c));

    /// <summary>True for a Han character (or another letter without case, such as kana), for the Han–Latin spacing.</summary>
    public static bool IsHan(TextAtom atom) =>
        atom.Kind == AtomKind.Han && CharUnicodeInfo.GetUnicodeCategory(atom.Text, 0) == UnicodeCategory.OtherLetter;

    /// <summary>Where the word that starts before <paramref name="i"/> ends: its letters and digits, the connectors
    /// between them (GPT-4, 3.5, don't, AT&amp;T, km/h; 1,000 and 10:30 between digits), a per cent after a number
    /// (50%) and the signs a language name ends with (C++, C#).</summary>
    private static int WordEnd(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (IsWordCharacter(c)
                || (IsConnector(c) && IsWordCharacter(next))
                || (c is ',' or ':' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(next))
                || (c is '%' or '％' && char.IsAsciiDigit(text[i - 1])))
            {
                i++;
            }
            else if (c is '+' or '#' && (char.IsAsciiLetter(text[i - 1]) || text[i - 1] == '+'))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>The end of a URL or e-mail address starting at <paramref name="start"/> (its trailing punctuation left
    /// out, as a sentence ends it), or 0 when the text there is no such thing.</summary>
    private static int LinkEnd(string text, int start)
    {
        // The first character opened the word (a letter, a digit, a currency sign); the rest is printable ASCII.
        var end = start + 1;
        while (end < text.Length && text[end] is > ' ' and < (char)0x7F)
        {
            end++;
        }

        var run = text.AsSpan(start, end - start);
        var at = run.IndexOf('@');
        var isLink = run.Contains("://", StringComparison.Ordinal)
            || run.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || (at > 0 && at + 1 < run.Length && char.IsAsciiLetterOrDigit(run[at + 1]) && run[(at + 1)..].Contains('.'));
        if (!isLink)
        {
            return 0;
        }

        while (end > start && ".,;:!?)]}'\"".Contains(text[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        return end;
    }

    private static bool IsConnector(char c) => c is '-' or '.' or '\'' or '’' or '&' or '/' or '_' or '+';

    private static bool IsCurrency(char c) => c is '¥' or '￥' or '$' or '€' or '£';
}
