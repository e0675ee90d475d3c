namespace QuoteBot.Discord.Models;

/// <summary>The parts of a Discord user the bot reads.</summary>
public sealed class DiscordUser
{
    /// <summary>User id.</summary>
    public required string Id { get; init; }

    /// <summary>Unique username.</summary>
    public string? Username { get; init; }

    /// <summary>Display name, if set.</summary>
    public string? GlobalName { get; init; }

    /// <summary>Whether the user is a bot.</summary>
    public bool? Bot { get; init; }
}

/// <summary>The parts of a guild member the bot reads.</summary>
public sealed class GuildMember
{
    /// <summary>The member's user.</summary>
    public DiscordUser? User { get; init; }

    /// <summary>Server nickname.</summary>
    public string? Nick { get; init; }

    /// <summary>The member's permissions in the channel (a bitfield as a decimal string).</summary>
    public string? Permissions { get; init; }
}

/// <summary>The parts of a message the bot reads back (created or edited messages, component sources).</summary>
public sealed class DiscordMessage
{
    /// <summary>Message id.</summary>
    public required string Id { get; init; }

    /// <summary>Channel id.</summary>
    public string? ChannelId { get; init; }

    /// <summary>Text content.</summary>
    public string? Content { get; init; }

    /// <summary>Nonce echoed back by Discord.</summary>
    public string? Nonce { get; init; }

    /// <summary>Author of the message.</summary>
    public DiscordUser? Author { get; init; }
}
