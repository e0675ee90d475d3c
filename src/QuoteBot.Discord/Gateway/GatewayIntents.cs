namespace QuoteBot.Discord.Gateway;

/// <summary>Gateway intents: which event groups Discord sends. Interactions arrive whatever the intents.</summary>
[Flags]
public enum GatewayIntents
{
    /// <summary>No events beyond those every session gets (READY, INTERACTION_CREATE, …).</summary>
    None = 0,

    /// <summary>Guild create/update/delete, roles, channels.</summary>
    Guilds = 1 << 0,

    /// <summary>Privileged: member joins, updates and leaves.</summary>
    GuildMembers = 1 << 1,

    /// <summary>Privileged: presence updates.</summary>
    GuildPresences = 1 << 8,

    /// <summary>Messages in guilds.</summary>
    GuildMessages = 1 << 9,

    /// <summary>Direct messages.</summary>
    DirectMessages = 1 << 12,

    /// <summary>Privileged: the content of messages.</summary>
    MessageContent = 1 << 15,
}
