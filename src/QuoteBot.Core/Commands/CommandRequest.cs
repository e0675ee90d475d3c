using QuoteBot.Core.Localization;

namespace QuoteBot.Core.Commands;

/// <summary>
/// A command as every platform hands it to the core: which command, its argument text, the chat it came from
/// (for per-chat state), and the language to answer in.
/// </summary>
public sealed record CommandRequest(string Command, string Argument, string ChatId, UiLanguage Language)
{
    /// <summary>The platform it came from ("console", "telegram", "discord"), for logs and metrics.</summary>
    public string Platform { get; init; } = "console";

    /// <summary>How the user asked: typed it, or pressed a button under an earlier reply.</summary>
    public RequestOrigin Origin { get; init; } = RequestOrigin.Typed;

    /// <summary>
    /// The talk (source id or alias) the command is narrowed to, where the platform passes it apart from the argument
    /// (Discord's <c>source</c> option); null when it is typed in the argument or not given.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>The chat's time zone for /today; the configured default when null.</summary>
    public TimeZoneInfo? TimeZone { get; init; }
}

/// <summary>How a request reached the bot; the core decides from it who sees the answer.</summary>
public enum RequestOrigin
{
    /// <summary>A typed command, a slash command or a line of text.</summary>
    Typed,

    /// <summary>A press of a button under an earlier reply.</summary>
    Button,
}
