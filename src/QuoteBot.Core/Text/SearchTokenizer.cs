using System.Globalization;

namespace QuoteBot.Core.Text;

/// <summary>
/// Splits text into search terms. Chinese has no spaces, so a run of Han characters gives its character bigrams
/// (核聚变 → 核聚, 聚变) and, for one-character runs, the character; Latin words and numbers are whole terms
/// ("gpt-4" also gives "gpt" and "4").
/// </summary>
public static class SearchTokenizer
{
    public static List<string> Tokenize(string? text)
    {
        var terms = new List<string>();
        var folded = TextNormalizer.Fold(text);
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (IsHan(folded, i))
            {
                var start = i;
                while (i < folded.Length && IsHan(folded, i))
                {
                    i += char.IsHighSurrogate(folded[i]) ? 2 : 1;
                }

                AddHanRun(folded.AsSpan(start, i - start), terms);
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < folded.Length && (char.IsLetterOrDigit(folded[i]) || (IsJoiner(folded[i]) && i + 1 < folded.Length && char.IsLetterOrDigit(folded[i + 1]) && !IsHan(folded, i + 1))))
                {
                    if (IsHan(folded, i))
                    {
                        break;
                    }

                    i++;
                }

                AddWord(folded[start..i], terms);
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < folded.Length ? 2 : 1;
            }
        }

        return terms;
    }

    private static void AddHanRun(ReadOnlySpan<char> run, List<string> terms)
    {
        var elements = StringInfo.GetTextElementEnumerator(run.ToString());
        var chars = new List<string>();
        while (elements.MoveNext())
        {
            chars.Add(elements.GetTextElement());
        }

        if (chars.Count == 1)
        {
            terms.Add(chars[0]);
            return;
        }

        for (var k = 0; k + 1 < chars.Count; k++)
        {
            terms.Add(chars[k] + chars[k + 1]);
        }
    }

    private static void AddWord(string word, List<string> terms)
    {
        terms.Add(word);
        if (word.IndexOfAny(['-', '.', '_']) < 0)
        {
            return;
        }

        foreach (var part in word.Split(['-', '.', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            terms.Add(part);
        }
    }

    private static bool IsJoiner(char c) => c is '-' or '.' or '_';

    /// <summary>CJK ideographs, including the extension planes.</summary>
    public static bool IsHan(string s, int i)
    {
        var c = s[i];
        if (c is >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF')
        {
            return true;
        }

        return char.IsHighSurrogate(c) && i + 1 < s.Length && char.ConvertToUtf32(c, s[i + 1]) is >= 0x20000 and <= 0x323AF;
    }
}
