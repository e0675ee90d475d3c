using QuoteBot.Discord.Gateway;

namespace QuoteBot.Discord;

/// <summary>Settings of Discord, its transport and its slash commands, bound from <c>Bot:Discord</c>.</summary>
public sealed partial class DiscordOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Bot:Discord";

    /// <summary>The default REST base URL (API v10).</summary>
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>Bot token from the developer portal, without the <c>Bot </c> prefix. Secret: never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>Application id (a snowflake), used by the interaction webhook routes and command registration.</summary>
    public string ApplicationId { get; set; } = "";

    /// <summary>Hex Ed25519 public key of the application; required in <see cref="DiscordMode.Http"/> mode.</summary>
    public string PublicKey { get; set; } = "";

    /// <summary>REST base URL including the version.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Gateway URL to use instead of the one <c>GET /gateway/bot</c> returns (proxies, tests).</summary>
    public string? GatewayUrl { get; set; }

    /// <summary>Total shard count of the bot; empty takes Discord's recommendation.</summary>
    public int? ShardCount { get; set; }

    /// <summary>Shards this process runs; empty runs all of them. Lets several processes split one bot.</summary>
    public IList<int> ShardIds { get; set; } = [];

    /// <summary>How interactions arrive: over the gateway websocket, or posted to the HTTP endpoint.</summary>
    public DiscordMode Mode { get; set; } = DiscordMode.Gateway;

    /// <summary>Gateway intents. Interactions need none, so the default asks for nothing.</summary>
    public GatewayIntents Intents { get; set; } = GatewayIntents.None;

    /// <summary>Register the commands in this guild only (instant, for development); empty registers them globally.</summary>
    public string? GuildId { get; set; }

    /// <summary>Compare the command set with Discord's at start and overwrite it when it differs.</summary>
    public bool RegisterCommands { get; set; } = true;

    /// <summary>How long a reply may take before the bot defers (Discord allows 3 seconds for the first answer).</summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>How interactions reach the bot.</summary>
public enum DiscordMode
{
    /// <summary>A websocket to Discord's gateway (no public URL needed).</summary>
    Gateway,

    /// <summary>Discord posts interactions to <c>MapDiscordInteractions</c> (needs a public HTTPS URL).</summary>
    Http,
}
