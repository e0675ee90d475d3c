using QuoteBot.Core.Replies;

namespace QuoteBot.Discord.Commands;

/// <summary>
/// Button ids: <c>qb:a</c> (another), <c>qb:c:q07</c> (context), <c>qb:t:energy</c> (same topic). Discord allows 100
/// characters; anything else decodes to nothing.
/// </summary>
public static class CustomIds
{
    public const int MaxLength = 100;
    private const string Prefix = "qb:";

    public static string? Encode(ReplyAction action)
    {
        var id = action.Kind switch
        {
            ReplyActionKind.Another => Prefix + "a",
            ReplyActionKind.Context => Prefix + "c:" + action.Argument,
            ReplyActionKind.SameTopic => Prefix + "t:" + action.Argument,
            _ => null,
        };
        return id is not null && id.Length <= MaxLength ? id : null;
    }

    public static bool TryDecode(string? customId, out ReplyActionKind kind, out string argument)
    {
        (kind, argument) = (ReplyActionKind.Another, string.Empty);
        if (customId is null || customId.Length > MaxLength || !customId.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = customId.AsSpan(Prefix.Length);
        if (rest is "a")
        {
            return true;
        }

        if (rest.Length > 2 && rest[1] == ':' && rest[0] is 'c' or 't')
        {
            kind = rest[0] == 'c' ? ReplyActionKind.Context : ReplyActionKind.SameTopic;
            argument = rest[2..].ToString();
            return true;
        }

        return false;
    }
}
