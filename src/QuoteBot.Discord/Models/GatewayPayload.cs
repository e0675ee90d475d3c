using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuoteBot.Discord.Models;

/// <summary>A payload received from the gateway; <see cref="D"/> is decoded once its opcode and event name are known.</summary>
public sealed class GatewayPayload
{
    /// <summary>Opcode.</summary>
    public required GatewayOpcode Op { get; init; }

    /// <summary>Event data.</summary>
    public JsonElement? D { get; init; }

    /// <summary>Sequence number of a dispatch (op 0).</summary>
    public int? S { get; init; }

    /// <summary>Event name of a dispatch (op 0).</summary>
    public string? T { get; init; }
}

/// <summary>A payload sent to the gateway.</summary>
/// <typeparam name="T">Type of the data.</typeparam>
public sealed class GatewayCommand<T>
{
    /// <summary>Opcode.</summary>
    public required GatewayOpcode Op { get; init; }

    /// <summary>Data; written even when null because a first heartbeat carries <c>"d": null</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required T D { get; init; }
}

/// <summary>Gateway opcodes.</summary>
public enum GatewayOpcode
{
    /// <summary>An event was dispatched.</summary>
    Dispatch = 0,

    /// <summary>Keep-alive, sent by either side.</summary>
    Heartbeat = 1,

    /// <summary>Starts a new session.</summary>
    Identify = 2,

    /// <summary>Resumes a previous session.</summary>
    Resume = 6,

    /// <summary>The server asks the client to reconnect and resume.</summary>
    Reconnect = 7,

    /// <summary>The session was invalidated; <c>d</c> says whether it can be resumed.</summary>
    InvalidSession = 9,

    /// <summary>First message on a connection, with the heartbeat interval.</summary>
    Hello = 10,

    /// <summary>Acknowledges a heartbeat.</summary>
    HeartbeatAck = 11,
}

/// <summary>Data of Hello (op 10).</summary>
public sealed class HelloData
{
    /// <summary>Milliseconds between heartbeats.</summary>
    public required int HeartbeatInterval { get; init; }
}

/// <summary>Data of Identify (op 2).</summary>
public sealed class IdentifyData
{
    /// <summary>Bot token, without the <c>Bot </c> prefix.</summary>
    public required string Token { get; init; }

    /// <summary>Connection properties.</summary>
    public required IdentifyProperties Properties { get; init; }

    /// <summary>Gateway intents.</summary>
    public required int Intents { get; init; }

    /// <summary><c>[shard_id, shard_count]</c>.</summary>
    public IReadOnlyList<int>? Shard { get; init; }
}

/// <summary>Connection properties of Identify.</summary>
public sealed class IdentifyProperties
{
    /// <summary>Operating system.</summary>
    public required string Os { get; init; }

    /// <summary>Library name.</summary>
    public required string Browser { get; init; }

    /// <summary>Library name.</summary>
    public required string Device { get; init; }
}

/// <summary>Data of Resume (op 6).</summary>
public sealed class ResumeData
{
    /// <summary>Bot token.</summary>
    public required string Token { get; init; }

    /// <summary>Session to resume.</summary>
    public required string SessionId { get; init; }

    /// <summary>Last sequence number received.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required int? Seq { get; init; }
}

/// <summary>Data of the READY dispatch.</summary>
public sealed class ReadyEvent
{
    /// <summary>API version.</summary>
    public int V { get; init; }

    /// <summary>The bot user.</summary>
    public DiscordUser? User { get; init; }

    /// <summary>Session id, needed to resume.</summary>
    public required string SessionId { get; init; }

    /// <summary>URL to use when resuming.</summary>
    public required string ResumeGatewayUrl { get; init; }

    /// <summary><c>[shard_id, shard_count]</c> of this session.</summary>
    public IReadOnlyList<int>? Shard { get; init; }

    /// <summary>The application (id and flags).</summary>
    public ReadyApplication? Application { get; init; }
}

/// <summary>The partial application in READY.</summary>
public sealed class ReadyApplication
{
    /// <summary>Application id.</summary>
    public required string Id { get; init; }
}

/// <summary>Response of <c>GET /gateway/bot</c>.</summary>
public sealed class GatewayBotInfo
{
    /// <summary>WSS URL to connect to.</summary>
    public required string Url { get; init; }

    /// <summary>Recommended number of shards.</summary>
    public int Shards { get; init; } = 1;

    /// <summary>Session start limits.</summary>
    public required SessionStartLimit SessionStartLimit { get; init; }
}

/// <summary>How many sessions may still be started, and how many at once.</summary>
public sealed class SessionStartLimit
{
    /// <summary>Session starts allowed per period.</summary>
    public int Total { get; init; }

    /// <summary>Session starts left in this period.</summary>
    public int Remaining { get; init; }

    /// <summary>Milliseconds until <see cref="Remaining"/> resets.</summary>
    public long ResetAfter { get; init; }

    /// <summary>Identify requests allowed per 5 seconds (one per rate-limit key).</summary>
    public int MaxConcurrency { get; init; } = 1;
}
