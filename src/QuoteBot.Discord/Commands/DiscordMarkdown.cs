using System.Text;

namespace QuoteBot.Discord.Commands;

/// <summary>
/// Makes text show as itself in Discord: markdown characters escaped, and mentions (<c>@everyone</c>,
/// <c>&lt;@123&gt;</c>, <c>&lt;@&amp;456&gt;</c>) broken with a zero-width space so they do not even render as
/// mentions. (Nothing pings anyway: every message carries <c>allowed_mentions: {"parse": []}</c>.)
/// </summary>
public static class DiscordMarkdown
{
    private const char ZeroWidthSpace = '\u200B';

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or '*' or '_' or '~' or '`' or '|' or '[' or ']':
                    builder.Append('\\').Append(c);
                    break;
                case '>' or '#' or '-' when lineStart:
                    builder.Append('\\').Append(c);
                    break;
                case '@':
                    builder.Append(c).Append(ZeroWidthSpace);
                    break;
                case '<' when i + 1 < text.Length && text[i + 1] is '@' or '#' or ':' or 't' or '/':
                    builder.Append(c).Append(ZeroWidthSpace);
                    break;
                default:
                    builder.Append(c);
                    break;
            }

            lineStart = c == '\n' || (lineStart && c == ' ');
        }

        return builder.ToString();
    }

    /// <summary>Cuts to <paramref name="max"/> characters without leaving a dangling escape or half a surrogate pair.</summary>
    public static string Fit(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        while (cut > 0 && (text[cut - 1] == '\\' || char.IsHighSurrogate(text[cut - 1])))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
