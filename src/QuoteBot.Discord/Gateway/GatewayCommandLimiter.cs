using QuoteBot.Core.Pacing;

namespace QuoteBot.Discord.Gateway;

/// <summary>
/// Keeps one connection under Discord's limit of 120 gateway commands per 60 seconds (heartbeats included);
/// going over gets the connection closed. A sliding window: a slot frees 60 s after it was used.
/// </summary>
internal sealed class GatewayCommandLimiter(TimeProvider time, int limit = GatewayCommandLimiter.DefaultLimit, TimeSpan? window = null)
    : SlidingWindowLimiter(limit, window ?? TimeSpan.FromSeconds(60), time)
{
    public const int DefaultLimit = 120;
}
