using System.Collections.Concurrent;

namespace QuoteBot.Core.Resilience;

/// <summary>
/// Work started and not finished yet (replies being written, digest posts being sent), so that stopping can wait for
/// it, within a deadline, instead of dropping it. A task leaves the set on its own when it ends, however it ends.
/// </summary>
public sealed class InFlightTasks
{
    private readonly ConcurrentDictionary<object, Task> _tasks = new();

    /// <summary>Tasks tracked and not finished.</summary>
    public int Count => Unfinished().Length;

    /// <summary>Whether work tracked under <paramref name="key"/> is still running.</summary>
    public bool IsRunning(object key) => Running(key) is not null;

    /// <summary>The work tracked under <paramref name="key"/> while it runs; null once it has ended.</summary>
    public Task? Running(object key) => _tasks.TryGetValue(key, out var task) && !task.IsCompleted ? task : null;

    /// <summary>Tracks <paramref name="task"/> until it ends.</summary>
    public void Track(Task task) => Track(task, task);

    /// <summary>Tracks <paramref name="task"/> under <paramref name="key"/> (one piece of work per key) until it ends.</summary>
    public void Track(object key, Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        _tasks[key] = task;
        // Added before the continuation exists, so a task that has already ended is still removed.
        _ = task.ContinueWith(
            t => _tasks.TryRemove(new KeyValuePair<object, Task>(key, t)),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>
    /// Waits until every tracked task has ended, including any tracked while waiting, for at most
    /// <paramref name="deadline"/> on <paramref name="time"/>, or until <paramref name="cancellationToken"/> (the host's
    /// own stop deadline) fires. Never throws for the tasks' failures or for the wait being cut short: the work's owner
    /// logs its own failures. True when nothing is left running.
    /// </summary>
    public async Task<bool> DrainAsync(TimeSpan deadline, TimeProvider time, CancellationToken cancellationToken)
    {
        if (_tasks.IsEmpty)
        {
            return true;
        }

        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stop = Task.Delay(deadline, time, giveUp.Token);
        while (!stop.IsCompleted && Unfinished() is { Length: > 0 } unfinished)
        {
            await Task.WhenAny(Task.WhenAll(unfinished), stop);
        }

        // Ends the timer, so a fake clock is not left with a pending wait.
        await giveUp.CancelAsync();
        return Unfinished().Length == 0;
    }

    /// <summary>
    /// A task that has just ended may not have left the set yet (its removal runs as its continuation): it no longer
    /// counts, so whoever awaited it sees it gone.
    /// </summary>
    private Task[] Unfinished() => [.. _tasks.Values.Where(t => !t.IsCompleted)];
}
