namespace QuoteBot.Discord.Gateway;

/// <summary>
/// The heartbeat of one connection: first beat after a random part of the interval (so clients cut off together
/// don't beat together), then every interval. A beat due while the previous one is still unacknowledged means the
/// connection is a zombie.
/// </summary>
internal sealed class Heartbeat(TimeSpan interval, Func<CancellationToken, Task> sendBeat, TimeProvider time, Random random)
{
    private long _sentAt;
    private volatile bool _awaitingAck;

    /// <summary>Round trip of the last acknowledged beat.</summary>
    public TimeSpan? Latency { get; private set; }

    /// <summary>Beats until cancelled; returns when the connection has turned into a zombie.</summary>
    public async Task RunUntilZombieAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(interval * random.NextDouble(), time, cancellationToken);
        while (!_awaitingAck)
        {
            // The interval runs from the moment a beat is due, however long sending it takes.
            var next = Task.Delay(interval, time, cancellationToken);
            await BeatAsync(cancellationToken);
            await next;
        }
    }

    /// <summary>Sends a beat now: on schedule, or because the server asked with op 1.</summary>
    public Task BeatAsync(CancellationToken cancellationToken)
    {
        _sentAt = time.GetTimestamp();
        _awaitingAck = true;
        return sendBeat(cancellationToken);
    }

    /// <summary>Op 11 arrived.</summary>
    public void Acknowledge()
    {
        _awaitingAck = false;
        Latency = time.GetElapsedTime(_sentAt);
    }
}
