namespace QuoteBot.Digest.Engine;

/// <summary>Wakes the digest loop before its timer when something changed: a target was set, a retry was scheduled.</summary>
/// <remarks>
/// A signal is a completed task, not a semaphore count: a semaphore wait that was cancelled (its sleep ended by the
/// timer) can still take a release meant for the next sleep, and the wake-up is lost. Here a signal stays set until
/// the loop has woken, whatever the timing.
/// </remarks>
internal sealed class DigestWakeup
{
    private TaskCompletionSource _signal = NewSignal();
    private Task _sleep = Task.CompletedTask;

    /// <summary>Raised once the loop is asleep (its timer set): lets a test on a fake clock move time only then.</summary>
    internal event Action? Sleeping;

    /// <summary>
    /// Whether the loop is asleep now: its timer not yet due and no wake-up signalled. With no delivery in flight, a
    /// test on a fake clock knows from it that the loop has done all it will do until the clock moves again.
    /// </summary>
    internal bool IsAsleep => !Volatile.Read(ref _sleep).IsCompleted && !Volatile.Read(ref _signal).Task.IsCompleted;

    /// <summary>Asks the loop to look at its targets again now; any number of changes before it wakes make one wake-up.</summary>
    public void Signal() => Volatile.Read(ref _signal).TrySetResult();

    /// <summary>Waits for <paramref name="delay"/> on <paramref name="time"/>'s clock or a <see cref="Signal"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan delay, TimeProvider time, CancellationToken cancellationToken)
    {
        var signal = Volatile.Read(ref _signal);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = Task.Delay(delay, time, stop.Token);
        Volatile.Write(ref _sleep, timer);
        Sleeping?.Invoke();
        await Task.WhenAny(timer, signal.Task.WaitAsync(stop.Token));
        // Ends the timer, so a fake clock is not left with a pending wait.
        await stop.CancelAsync();
        if (signal.Task.IsCompleted)
        {
            // Taken: the round that follows sees every change signalled so far; a later one sets the next signal.
            Interlocked.CompareExchange(ref _signal, NewSignal(), signal);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
