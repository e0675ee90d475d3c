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
        var terms = new TermList(new List<string>());
        Tokenize(text, ref terms);
        return terms.Terms;
    }

    /// <summary>
    /// Hands each term to <paramref name="sink"/> as where it stands in the folded text, in the order <see cref="Tokenize(string?)"/>
    /// lists them, without making a string of it: every term is a contiguous piece of the folded text.
    /// </summary>
    internal static void Tokenize<TSink>(string? text, ref TSink sink)
        where TSink : ITermSink, allows ref struct
    {
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

                AddHanRun(folded, start, i - start, ref sink);
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

                AddWord(folded, start, i - start, ref sink);
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < folded.Length ? 2 : 1;
            }
        }
    }

    /// <summary>One character alone gives itself; more give each pair of neighbouring text elements.</summary>
    private static void AddHanRun<TSink>(string text, int start, int length, ref TSink sink)
        where TSink : ITermSink, allows ref struct
    {
        var run = text.AsSpan(start, length);
        var previous = StringInfo.GetNextTextElementLength(run);
        if (previous >= run.Length)
        {
            sink.Add(text, start, length);
            return;
        }

        for (var at = previous; at < run.Length;)
        {
            var next = StringInfo.GetNextTextElementLength(run[at..]);
            sink.Add(text, start + at - previous, previous + next);
            previous = next;
            at += next;
        }
    }

    private static void AddWord<TSink>(string text, int start, int length, ref TSink sink)
        where TSink : ITermSink, allows ref struct
    {
        sink.Add(text, start, length);
        var word = text.AsSpan(start, length);
        if (word.IndexOfAny('-', '.', '_') < 0)
        {
            return;
        }

        foreach (var part in word.SplitAny('-', '.', '_'))
        {
            var (offset, partLength) = part.GetOffsetAndLength(length);
            if (partLength > 0)
            {
                sink.Add(text, start + offset, partLength);
            }
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

    /// <summary>Collects the terms as strings: what <see cref="Tokenize(string?)"/> returns.</summary>
    private readonly struct TermList(List<string> terms) : ITermSink
    {
        public List<string> Terms => terms;

        public void Add(string text, int start, int length) => terms.Add(text.Substring(start, length));
    }
}

/// <summary>Receives the terms of a text one by one from <see cref="SearchTokenizer"/>.</summary>
internal interface ITermSink
{
    /// <summary>The term <c>text[start..(start + length)]</c>; <paramref name="text"/> is the folded text, the same for every term of one call.</summary>
    void Add(string text, int start, int length);
}
