using System.Collections.Concurrent;

namespace QuoteBot.Discord.Commands;

/// <summary>Deferred replies still being finished, so shutdown can wait for them (bounded) instead of dropping them.</summary>
public sealed class PendingReplies
{
    private readonly ConcurrentDictionary<Task, byte> _tasks = new();

    public int Count => _tasks.Count;

    public void Track(Task task)
    {
        _tasks[task] = 0;
        _ = task.ContinueWith(t => _tasks.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    public Task DrainAsync(TimeSpan timeout, TimeProvider time) =>
        _tasks.IsEmpty ? Task.CompletedTask : Task.WhenAny(Task.WhenAll(_tasks.Keys), Task.Delay(timeout, time));
}
