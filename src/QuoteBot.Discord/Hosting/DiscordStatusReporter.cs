using QuoteBot.Core.Diagnostics;
using QuoteBot.Discord.Gateway;

namespace QuoteBot.Discord.Hosting;

/// <summary>Gateway sessions report into readiness (<c>/readyz</c>) and the reconnect metric.</summary>
internal sealed class DiscordStatusReporter(Readiness readiness, BotMetrics metrics) : IGatewayStatusObserver
{
    public void OnSessionReady(int shardId, bool resumed) =>
        readiness.Report(DiscordReadiness.Name, true, resumed ? $"shard {shardId} resumed" : $"shard {shardId} ready");

    public void OnDisconnected(int shardId, string reason, string next)
    {
        readiness.Report(DiscordReadiness.Name, false, $"shard {shardId} disconnected ({reason}), {next.ToLowerInvariant()}");
        metrics.GatewayReconnect(next.ToLowerInvariant(), reason);
    }
}
