using Microsoft.Extensions.Logging;

namespace QuoteBot.Discord.Gateway;

/// <summary>Gateway log events (1000–1099). The token and interaction tokens are never logged.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 5500, Level = LogLevel.Debug, Message = "Shard {ShardId}: connecting to {Url} ({Mode})")]
    public static partial void Connecting(this ILogger logger, int shardId, Uri url, string mode);

    [LoggerMessage(EventId = 5501, Level = LogLevel.Information, Message = "Shard {ShardId}: ready as {User} (session {SessionId})")]
    public static partial void Ready(this ILogger logger, int shardId, string? user, string sessionId);

    [LoggerMessage(EventId = 5502, Level = LogLevel.Information, Message = "Shard {ShardId}: session resumed at sequence {Sequence}")]
    public static partial void Resumed(this ILogger logger, int shardId, int? sequence);

    [LoggerMessage(EventId = 5503, Level = LogLevel.Warning, Message = "Shard {ShardId}: connection ended ({Reason}, close code {CloseCode} {Description}); next: {Action} in {Delay}")]
    public static partial void Disconnected(this ILogger logger, int shardId, GatewayDisconnectReason reason, int? closeCode, string? description, GatewayReconnectAction action, TimeSpan delay, Exception? exception);

    [LoggerMessage(EventId = 5504, Level = LogLevel.Warning, Message = "Shard {ShardId}: heartbeat not acknowledged; dropping the zombie connection to resume")]
    public static partial void Zombie(this ILogger logger, int shardId);

    [LoggerMessage(EventId = 5505, Level = LogLevel.Debug, Message = "Shard {ShardId}: skipped replayed event {Event} (sequence {Sequence})")]
    public static partial void SkippedReplay(this ILogger logger, int shardId, string? @event, int sequence);

    [LoggerMessage(EventId = 5506, Level = LogLevel.Warning, Message = "Shard {ShardId}: undecodable gateway payload skipped")]
    public static partial void Undecodable(this ILogger logger, int shardId, Exception exception);

    [LoggerMessage(EventId = 5507, Level = LogLevel.Information, Message = "Shard {ShardId}: waiting {Wait} before identifying (session start limit)")]
    public static partial void IdentifyDelayed(this ILogger logger, int shardId, TimeSpan wait);

    [LoggerMessage(EventId = 5508, Level = LogLevel.Information, Message = "Gateway: running shards [{ShardIds}] of {ShardCount}")]
    public static partial void Starting(this ILogger logger, string shardIds, int shardCount);

    [LoggerMessage(EventId = 5509, Level = LogLevel.Warning, Message = "Gateway: GET /gateway/bot failed; retrying in {Delay}")]
    public static partial void GatewayInfoFailed(this ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 5510, Level = LogLevel.Warning, Message = "Shard {ShardId}: dispatch {Event} could not be handled")]
    public static partial void DispatchFailed(this ILogger logger, int shardId, string? @event, Exception exception);

    [LoggerMessage(EventId = 5511, Level = LogLevel.Trace, Message = "Shard {ShardId}: heartbeat acknowledged")]
    public static partial void HeartbeatAcknowledged(this ILogger logger, int shardId);
}
