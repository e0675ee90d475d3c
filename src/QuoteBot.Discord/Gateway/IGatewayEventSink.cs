using System.Text.Json;

namespace QuoteBot.Discord.Gateway;

/// <summary>Receives each dispatch once, in order, on the connection's receive loop: it must return quickly.</summary>
internal interface IGatewayEventSink
{
    /// <summary>One dispatch; <paramref name="data"/> lives in the receive buffer and is gone once this returns: read it here.</summary>
    void OnDispatch(int shardId, string eventName, JsonElement data);

    /// <summary>The shard's connection ended; <paramref name="next"/> is what the shard does about it.</summary>
    void OnDisconnected(int shardId, GatewayDisconnect outcome, GatewayReconnectAction next)
    {
    }
}
