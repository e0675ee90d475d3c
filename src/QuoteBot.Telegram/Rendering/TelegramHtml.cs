using System.Text;

namespace QuoteBot.Telegram.Rendering;

/// <summary>Escaping for Telegram's HTML parse mode (only &amp;, &lt; and &gt; are special), and how long Telegram counts the result.</summary>
internal static class TelegramHtml
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }

    /// <summary>
    /// The length of the text Telegram shows for <paramref name="html"/> (what its limits count, "after entities
    /// parsing"): tags left out, each entity (&amp;lt; …) one character. Counted in UTF-16 code units, the unit of
    /// Telegram's entity offsets, which is never less than the characters (code points) Telegram may count instead.
    /// Reads the HTML this renderer writes: tags without a &gt; in their attributes, entities ended by ;.
    /// </summary>
    public static int VisibleLength(string html)
    {
        var length = 0;
        for (var i = 0; i < html.Length; i++)
        {
            switch (html[i])
            {
                case '<':
                    var close = html.IndexOf('>', i);
                    i = close < 0 ? html.Length : close;
                    break;
                case '&':
                    var end = html.IndexOf(';', i);
                    i = end < 0 ? i : end;
                    length++;
                    break;
                default:
                    length++;
                    break;
            }
        }

        return length;
    }
}
