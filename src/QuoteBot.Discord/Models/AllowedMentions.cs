namespace QuoteBot.Discord.Models;

/// <summary>
/// Which mentions in a message may notify someone. Quotes are user-visible text that can contain
/// <c>@everyone</c> or user ids, so every outgoing payload defaults to <see cref="None"/>.
/// </summary>
public sealed class AllowedMentions
{
    /// <summary>Nothing pings: <c>{"parse": []}</c>.</summary>
    public static AllowedMentions None => new();

    /// <summary>Mention types Discord parses from the content (<c>roles</c>, <c>users</c>, <c>everyone</c>); empty means none.</summary>
    public IReadOnlyList<string> Parse { get; init; } = [];

    /// <summary>Role ids that may be pinged.</summary>
    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary>User ids that may be pinged.</summary>
    public IReadOnlyList<string>? Users { get; init; }

    /// <summary>Whether a reply pings the author of the message it replies to.</summary>
    public bool? RepliedUser { get; init; }
}
