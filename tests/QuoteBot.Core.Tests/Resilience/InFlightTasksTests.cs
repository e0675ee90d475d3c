using QuoteBot.Core.Resilience;
using QuoteBot.Testing;

namespace QuoteBot.Core.Tests.Resilience;

/// <summary>The one tracker of work in flight that the Telegram receiver, Discord's deferred replies and the digest drain on stop.</summary>
public sealed class InFlightTasksTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private readonly TestClock _time = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
    private readonly InFlightTasks _tasks = new();

    [Fact]
    public async Task A_task_is_counted_while_it_runs_and_leaves_when_it_ends_however_it_ends()
    {
        var succeeds = new TaskCompletionSource();
        var fails = new TaskCompletionSource();
        _tasks.Track(succeeds.Task);
        _tasks.Track("target-1", fails.Task);
        _tasks.Track(Task.CompletedTask);

        Assert.Equal(2, _tasks.Count);
        Assert.True(_tasks.IsRunning("target-1"));

        succeeds.SetResult();
        fails.SetException(new InvalidOperationException("boom"));

        Assert.Equal(0, _tasks.Count);
        Assert.False(_tasks.IsRunning("target-1"));
        Assert.True(await _tasks.DrainAsync(TimeSpan.FromSeconds(10), _time, CancellationToken.None).WaitAsync(Guard));
    }

    [Fact]
    public async Task Drain_waits_for_the_work_and_for_work_tracked_while_it_waits()
    {
        var first = new TaskCompletionSource();
        var second = new TaskCompletionSource();
        _tasks.Track(first.Task);

        var drain = _tasks.DrainAsync(TimeSpan.FromSeconds(10), _time, CancellationToken.None);
        _tasks.Track(second.Task);
        first.SetResult();
        _time.Advance(TimeSpan.FromSeconds(9));

        Assert.False(drain.IsCompleted);
        second.SetResult();
        Assert.True(await drain.WaitAsync(Guard));
    }

    [Fact]
    public async Task Drain_gives_up_at_its_deadline_on_the_clock_without_throwing()
    {
        var stuck = new TaskCompletionSource();
        _tasks.Track(stuck.Task);

        var drain = _tasks.DrainAsync(TimeSpan.FromSeconds(10), _time, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(9.9));
        Assert.False(drain.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(0.1));

        Assert.False(await drain.WaitAsync(Guard));
        Assert.Equal(1, _tasks.Count);
    }

    [Fact]
    public async Task Drain_stops_early_when_the_host_stops_waiting_and_leaves_no_timer_behind()
    {
        using var hostStop = new CancellationTokenSource();
        _tasks.Track(new TaskCompletionSource().Task);

        var drain = _tasks.DrainAsync(TimeSpan.FromSeconds(10), _time, hostStop.Token);
        Assert.False(drain.IsCompleted);
        await hostStop.CancelAsync();

        Assert.False(await drain.WaitAsync(Guard));
        Assert.False(_time.IsWaiting(_ => true));
    }

    [Fact]
    public async Task A_drain_that_ends_with_the_work_cancels_its_deadline_timer()
    {
        var work = new TaskCompletionSource();
        _tasks.Track(work.Task);

        var drain = _tasks.DrainAsync(TimeSpan.FromSeconds(10), _time, CancellationToken.None);
        work.SetResult();

        Assert.True(await drain.WaitAsync(Guard));
        Assert.False(_time.IsWaiting(_ => true));
    }
}
