using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace QuoteBot.Core.Import;

/// <summary>A block's plain text, with the spans that were bold (<c>**…**</c>) in it.</summary>
internal sealed record InlineText(string Text, IReadOnlyList<TextSpan> BoldSpans);

/// <summary>A half-open character range.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}

/// <summary>Flattens Markdig inlines to text: images dropped, links as their label, soft breaks joined the way the language wants.</summary>
internal static class InlineTextBuilder
{
    public static InlineText Build(ContainerInline? inlines, Func<Inline, bool>? skip = null)
    {
        var builder = new StringBuilder();
        var bold = new List<TextSpan>();
        if (inlines is not null)
        {
            Append(inlines, builder, bold, skip);
        }

        return Trim(builder.ToString(), bold);
    }

    public static InlineText Build(LeafBlock block) => Build(block.Inline);

    private static void Append(ContainerInline container, StringBuilder text, List<TextSpan> bold, Func<Inline, bool>? skip)
    {
        foreach (var inline in container)
        {
            if (skip?.Invoke(inline) == true)
            {
                continue;
            }

            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    AppendBreak(text);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case EmphasisInline { DelimiterCount: 2 } strong:
                    var start = text.Length;
                    Append(strong, text, bold, skip);
                    if (text.Length > start)
                    {
                        bold.Add(new TextSpan(start, text.Length));
                    }

                    break;
                case ContainerInline nested:
                    Append(nested, text, bold, skip);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>
    /// The export wraps lines anywhere. Between two Chinese characters a line break means nothing;
    /// next to a Latin word or a number it stood for a space ("Sam\nAltman", "OpenAI\n的").
    /// </summary>
    private static void AppendBreak(StringBuilder text)
    {
        if (text.Length > 0 && !char.IsWhiteSpace(text[^1]))
        {
            text.Append('\n');
        }
    }

    /// <summary>Resolves the placeholder breaks now that both neighbours are known, trims, and shifts the bold spans to match.</summary>
    private static InlineText Trim(string raw, List<TextSpan> bold)
    {
        var text = new StringBuilder(raw.Length);
        var map = new int[raw.Length + 1];
        for (var i = 0; i < raw.Length; i++)
        {
            map[i] = text.Length;
            var c = raw[i];
            if (c == '\n')
            {
                var before = text.Length > 0 ? text[^1] : ' ';
                var after = NextNonSpace(raw, i + 1);
                if ((IsLatin(before) || IsLatin(after)) && before != '-')
                {
                    if (!char.IsWhiteSpace(before) && !char.IsWhiteSpace(after))
                    {
                        text.Append(' ');
                    }
                }

                continue;
            }

            if (char.IsWhiteSpace(c) && (text.Length == 0 || char.IsWhiteSpace(text[^1])))
            {
                continue;
            }

            text.Append(c == '\u00A0' ? ' ' : c);
        }

        map[raw.Length] = text.Length;
        var result = text.ToString();
        var trimmedEnd = result.TrimEnd();
        var spans = new List<TextSpan>(bold.Count);
        foreach (var span in bold)
        {
            var start = Math.Min(map[span.Start], trimmedEnd.Length);
            var end = Math.Min(map[span.End], trimmedEnd.Length);
            while (start < end && char.IsWhiteSpace(trimmedEnd[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(trimmedEnd[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                spans.Add(new TextSpan(start, end));
            }
        }

        return new InlineText(trimmedEnd, spans);
    }

    private static char NextNonSpace(string raw, int from)
    {
        for (var i = from; i < raw.Length; i++)
        {
            if (raw[i] != '\n' && !char.IsWhiteSpace(raw[i]))
            {
                return raw[i];
            }
        }

        return ' ';
    }

    private static bool IsLatin(char c) => c < 0x2E80 && char.IsLetterOrDigit(c);
}
