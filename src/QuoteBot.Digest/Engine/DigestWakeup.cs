namespace QuoteBot.Digest.Engine;

/// <summary>Wakes the digest loop before its timer when something changed: a target was set, a retry was scheduled.</summary>
internal sealed class DigestWakeup : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    /// <summary>Raised once the loop is asleep (its timer set): lets a test on a fake clock move time only then.</summary>
    internal event Action? Sleeping;

    /// <summary>Asks the loop to look at its targets again now.</summary>
    public void Signal()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one pending wake-up covers any number of changes.
        }
    }

    /// <summary>Waits for <paramref name="delay"/> on <paramref name="time"/>'s clock or a <see cref="Signal"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan delay, TimeProvider time, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = Task.Delay(delay, time, stop.Token);
        var signal = _signal.WaitAsync(stop.Token);
        Sleeping?.Invoke();
        await Task.WhenAny(timer, signal);
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    public void Dispose() => _signal.Dispose();
}
