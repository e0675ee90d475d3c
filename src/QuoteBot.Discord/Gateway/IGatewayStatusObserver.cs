namespace QuoteBot.Discord.Gateway;

/// <summary>
/// Told when a shard's session becomes usable (READY, RESUMED) and when its connection drops, for health checks and
/// metrics. Called on the receive loop: return at once.
/// </summary>
public interface IGatewayStatusObserver
{
    void OnSessionReady(int shardId, bool resumed);

    /// <summary><paramref name="reason"/>: why it dropped (e.g. <c>ZombieConnection</c>, <c>Closed</c>); <paramref name="next"/>: <c>Resume</c>, <c>Identify</c> or <c>Fatal</c>.</summary>
    void OnDisconnected(int shardId, string reason, string next);
}
