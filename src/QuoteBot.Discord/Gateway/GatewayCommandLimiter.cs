namespace QuoteBot.Discord.Gateway;

/// <summary>
/// Keeps one connection under Discord's limit of 120 gateway commands per 60 seconds (heartbeats included);
/// going over gets the connection closed. A sliding window: a slot frees 60 s after it was used.
/// </summary>
internal sealed class GatewayCommandLimiter(TimeProvider time, int limit = GatewayCommandLimiter.DefaultLimit, TimeSpan? window = null)
{
    public const int DefaultLimit = 120;

    private readonly TimeSpan _window = window ?? TimeSpan.FromSeconds(60);
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _sync = new();

    /// <summary>Waits until a command may be sent, then counts it.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_sync)
            {
                var now = time.GetUtcNow();
                while (_sent.TryPeek(out var oldest) && now - oldest >= _window)
                {
                    _sent.Dequeue();
                }

                if (_sent.Count < limit)
                {
                    _sent.Enqueue(now);
                    return;
                }

                wait = _sent.Peek() + _window - now;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
