using Microsoft.Extensions.Time.Testing;

namespace QuoteBot.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that knows the timers the code under test is waiting on, so a test moves time
/// only once the code has reached its wait (a positive signal), and by exactly as much as that wait asks. A test can
/// also wait for the bot's own decision to hold something back (a pacer's turn, a <c>retry_after</c>, the digest's
/// next slot) instead of waiting some real time and finding that nothing happened.
/// </summary>
public sealed class TestClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock _sync = new();
    private readonly List<TrackedTimer> _timers = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _created;

    /// <summary>
    /// Whether the code under test is in the middle of something that time must not overtake (a request on its way);
    /// the stepping helpers wait for it to be false before each step.
    /// </summary>
    public Func<bool>? Busy { get; set; }

    /// <summary>Adds <paramref name="busy"/> to what <see cref="Busy"/> holds time for.</summary>
    public void HoldWhile(Func<bool> busy) => Busy = Busy is { } before ? () => before() || busy() : busy;

    /// <summary>Waits (guarded) until nothing is <see cref="Busy"/>.</summary>
    public Task QuietAsync() => Busy is { } busy ? WaitUntil.TrueAsync(() => !busy(), "nothing in flight before time moves") : Task.CompletedTask;

    /// <summary>How many timers were made so far: pass it to the waits to consider only timers made after now.</summary>
    public long Mark()
    {
        lock (_sync)
        {
            return _created;
        }
    }

    /// <summary>Whether a timer is pending for an instant that <paramref name="wakesAt"/> accepts.</summary>
    public bool IsWaiting(Func<DateTimeOffset, bool> wakesAt)
    {
        lock (_sync)
        {
            return _timers.Any(t => t.DueAt is { } at && wakesAt(at));
        }
    }

    /// <summary>
    /// Whether a timer is pending for <paramref name="earliest"/> or less than a second after it: the slack lets a
    /// pacer keep a margin without the test knowing its size, and is short of anything that waits longer.
    /// </summary>
    public bool IsWaitingFor(DateTimeOffset earliest) => IsWaiting(at => at >= earliest && at < earliest + TimeSpan.FromSeconds(1));

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        TrackedTimer tracked;
        lock (_sync)
        {
            tracked = new TrackedTimer(this, ++_created);
            tracked.Schedule(GetUtcNow(), dueTime, period);
            _timers.Add(tracked);
        }

        tracked.Inner = base.CreateTimer(
            s =>
            {
                Update(() => tracked.Fired());
                callback(s);
            },
            state,
            dueTime,
            period);
        Signal();
        return tracked;
    }

    /// <summary>
    /// Waits (real time, guarded) until a timer made after <paramref name="mark"/> is pending and due in a span
    /// from now that <paramref name="dueIn"/> accepts; returns that span.
    /// </summary>
    public async Task<TimeSpan> WaitForTimerAsync(long mark, Func<TimeSpan, bool> dueIn, CancellationToken cancellationToken = default)
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        guard.CancelAfter(WaitUntil.Guard);
        while (true)
        {
            Task changed;
            lock (_sync)
            {
                var now = GetUtcNow();
                foreach (var timer in _timers)
                {
                    if (timer.Number > mark && timer.DueAt is { } at && dueIn(at - now))
                    {
                        return at - now;
                    }
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(guard.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"No timer due as expected within {WaitUntil.Guard} of real time; pending: {Describe()}.");
            }
        }
    }

    /// <summary>Waits for the code to set a timer (made after <paramref name="mark"/>, due as <paramref name="dueIn"/> accepts) and moves time exactly to it.</summary>
    public async Task<TimeSpan> AdvanceToTimerAsync(long mark, Func<TimeSpan, bool> dueIn)
    {
        var span = await WaitForTimerAsync(mark, dueIn);
        await QuietAsync();
        Advance(span);
        return span;
    }

    /// <summary>
    /// Moves time to each timer the code sets after <paramref name="mark"/> (taken before the action that leads to
    /// them; due as <paramref name="dueIn"/> accepts) until <paramref name="done"/> completes: a retry loop runs
    /// exactly as its delays say, however slow the machine.
    /// </summary>
    public async Task<T> StepTimersUntilAsync<T>(long mark, Task<T> done, Func<TimeSpan, bool> dueIn)
    {
        await StepTimersUntilAsync(mark, (Task)done, dueIn);
        return await done;
    }

    /// <inheritdoc cref="StepTimersUntilAsync{T}(long, Task{T}, Func{TimeSpan, bool})"/>
    public async Task StepTimersUntilAsync(long mark, Task done, Func<TimeSpan, bool> dueIn)
    {
        using var stop = new CancellationTokenSource();
        while (!done.IsCompleted)
        {
            var timer = WaitForTimerAsync(mark, dueIn, stop.Token);
            if (await Task.WhenAny(done, timer) == timer)
            {
                mark = Mark();
                await QuietAsync();
                Advance(await timer);
            }
        }

        await stop.CancelAsync();
        await done;
    }

    /// <summary>The pending timers' due times from now, for failure messages.</summary>
    public string Describe()
    {
        lock (_sync)
        {
            var now = GetUtcNow();
            return string.Join(", ", _timers.Where(t => t.DueAt is not null).Select(t => $"#{t.Number} in {t.DueAt - now}"));
        }
    }

    private void Update(Action change)
    {
        lock (_sync)
        {
            change();
        }

        Signal();
    }

    private void Signal()
    {
        TaskCompletionSource changed;
        lock (_sync)
        {
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    private sealed class TrackedTimer(TestClock clock, long number) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public long Number { get; } = number;

        public ITimer Inner { get; set; } = null!;

        /// <summary>When it fires next; null once it will not (fired once, stopped or disposed).</summary>
        public DateTimeOffset? DueAt { get; private set; }

        public void Schedule(DateTimeOffset now, TimeSpan dueTime, TimeSpan period)
        {
            DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : now + dueTime;
            _period = period;
        }

        public void Fired() => DueAt = _period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero ? null : DueAt + _period;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            clock.Update(() => Schedule(clock.GetUtcNow(), dueTime, period));
            return Inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            // Only a disposed timer leaves the list: one that fired, or was made or changed to wait forever, can be
            // set again with Change (a pacer re-arms its one timer).
            clock.Update(() =>
            {
                DueAt = null;
                clock._timers.Remove(this);
            });
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
