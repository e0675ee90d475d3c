namespace QuoteBot.Core.Commands;

/// <summary>A command line split into its parts: <c>/topic@QuoteBot energy</c> → topic, QuoteBot, energy.</summary>
public readonly record struct ParsedCommand(string Name, string? Mention, string Argument);

/// <summary>Parses the text of a message that starts with a slash (or, when allowed, a bare command word).</summary>
public static class CommandText
{
    private const int MaxNameLength = 64;

    public static bool TryParse(string? text, out ParsedCommand command, bool requireSlash = true)
    {
        command = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        var hasSlash = span.Length > 0 && (span[0] == '/' || span[0] == '／');
        if (hasSlash)
        {
            span = span[1..];
        }
        else if (requireSlash)
        {
            return false;
        }

        var end = 0;
        while (end < span.Length && !char.IsWhiteSpace(span[end]))
        {
            end++;
        }

        var head = span[..end];
        var argument = span[end..].Trim().ToString();
        var at = head.IndexOf('@');
        var name = at >= 0 ? head[..at] : head;
        var mention = at >= 0 ? head[(at + 1)..].ToString() : null;
        if (name.Length is 0 or > MaxNameLength)
        {
            return false;
        }

        command = new ParsedCommand(name.ToString().ToLowerInvariant(), mention, argument);
        return true;
    }
}
