using System.Globalization;

namespace QuoteBot.Cards.Text;

/// <summary>What kind of unbreakable piece of text an atom is.</summary>
public enum AtomKind
{
    /// <summary>One Han character (or any other character that stands alone: kana, symbols, emoji).</summary>
    Han,
    /// <summary>A Latin word or number with its inner connectors: GPT-4, 2012, OpenAI, 3.5, don't.</summary>
    Word,
    /// <summary>One punctuation mark, CJK or Latin (…… and —— count as one).</summary>
    Punctuation,
    /// <summary>A run of white space.</summary>
    Space,
}

/// <summary>One piece of text a line may not be broken inside.</summary>
public readonly record struct TextAtom(string Text, AtomKind Kind)
{
    public bool IsClosing => Kind == AtomKind.Punctuation && Punctuation.IsClosing(Text[0]);

    public bool IsOpening => Kind == AtomKind.Punctuation && Punctuation.IsOpening(Text[0]);
}

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
            else if (IsWordCharacter(c))
            {
                i++;
                while (i < text.Length && (IsWordCharacter(text[i]) || (IsConnector(text[i]) && i + 1 < text.Length && IsWordCharacter(text[i + 1]))))
                {
                    i++;
                }

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

    /// <summary>Characters that join two word characters into one word: GPT-4, 3.5, don't, AT&amp;T, km/h.</summary>
    private static bool IsConnector(char c) => c is '-' or '.' or '\'' or '’' or '&' or '/' or '_' or '+';

    /// <summary>True for a Han character (or another letter without case, such as kana), for the Han–Latin spacing.</summary>
    public static bool IsHan(TextAtom atom) =>
        atom.Kind == AtomKind.Han && CharUnicodeInfo.GetUnicodeCategory(atom.Text, 0) == UnicodeCategory.OtherLetter;
}
