namespace QuoteBot.Discord.Commands;

/// <summary>Settings of the slash-command layer (section <c>Bot:Discord</c>, beside the transport's).</summary>
public sealed class DiscordCommandOptions
{
    /// <summary>Register the commands in this guild only (instant, for development); empty registers them globally.</summary>
    public string? GuildId { get; set; }

    /// <summary>Compare the command set with Discord's at start and overwrite it when it differs.</summary>
    public bool RegisterCommands { get; set; } = true;

    /// <summary>How long a reply may take before the bot defers (Discord allows 3 seconds for the first answer).</summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(2);
}
