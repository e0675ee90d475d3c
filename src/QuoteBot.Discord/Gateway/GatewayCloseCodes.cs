namespace QuoteBot.Discord.Gateway;

/// <summary>What to do after the gateway connection ends.</summary>
public enum GatewayReconnectAction
{
    /// <summary>Reconnect (to the resume URL) and resume the session: missed events are replayed.</summary>
    Resume,

    /// <summary>Reconnect and identify anew: the session is gone.</summary>
    Identify,

    /// <summary>Stop: reconnecting cannot succeed until the configuration changes.</summary>
    Fatal,
}

/// <summary>Discord's gateway close codes and what each one means for the client.</summary>
public static class GatewayCloseCodes
{
    /// <summary>Used by the client to drop a connection it will resume (any code but 1000/1001 keeps the session).</summary>
    public const int ClientReconnecting = 4900;

    /// <summary>Unknown error.</summary>
    public const int UnknownError = 4000;

    /// <summary>Authentication failed: the token is wrong.</summary>
    public const int AuthenticationFailed = 4004;

    /// <summary>Invalid shard.</summary>
    public const int InvalidShard = 4010;

    /// <summary>Sharding required.</summary>
    public const int ShardingRequired = 4011;

    /// <summary>Invalid API version.</summary>
    public const int InvalidApiVersion = 4012;

    /// <summary>Invalid intents.</summary>
    public const int InvalidIntents = 4013;

    /// <summary>Disallowed intents.</summary>
    public const int DisallowedIntents = 4014;

    /// <summary>
    /// Classifies a close code (null when the connection dropped without one). Codes Discord marks as not
    /// reconnectable are fatal; codes that end the session need a new Identify; anything else is worth a resume,
    /// which costs nothing if the session turns out to be gone (Discord answers with op 9).
    /// </summary>
    public static GatewayReconnectAction Classify(int? closeCode) => closeCode switch
    {
        AuthenticationFailed or InvalidShard or ShardingRequired or InvalidApiVersion or InvalidIntents or DisallowedIntents
            => GatewayReconnectAction.Fatal,
        // 4003 not authenticated / invalidated, 4007 invalid seq, 4009 session timed out.
        4003 or 4007 or 4009 => GatewayReconnectAction.Identify,
        _ => GatewayReconnectAction.Resume,
    };

    /// <summary>The operator-facing cause of a fatal close, naming the setting to fix.</summary>
    public static string DescribeFatal(int closeCode) => closeCode switch
    {
        AuthenticationFailed => "authentication failed: the bot token is wrong or was reset (check Bot:Discord:Token)",
        InvalidShard => "invalid shard: the shard id or count is not valid for this bot (check Bot:Discord:ShardIds and Bot:Discord:ShardCount)",
        ShardingRequired => "sharding required: the bot is in too many servers for this shard count (raise or clear Bot:Discord:ShardCount)",
        InvalidApiVersion => "invalid API version: the gateway no longer accepts v10 (update the bot)",
        InvalidIntents => "invalid intents: Bot:Discord:Intents is not a valid intents bitfield",
        DisallowedIntents => "disallowed intents: Bot:Discord:Intents asks for a privileged intent the application is not approved for (enable it in the developer portal or remove it)",
        _ => $"close code {closeCode}",
    };
}
