using Microsoft.Extensions.Time.Testing;

namespace QuoteBot.Testing;

/// <summary>
/// The one way the tests move a fake clock in steps. The code under test waits with <c>Task.Delay(…, TimeProvider)</c>,
/// and a timer only fires on an advance after it was made, so a wait for an effect moves the clock a step at each look
/// of <see cref="WaitUntil"/> that finds it not there yet. Before each step (and after the last) a <see cref="TestClock"/>
/// waits until nothing is <see cref="TestClock.Busy"/>, so time never overtakes a request on its way or a loop
/// working out its next sleep. No step waits for a span of real time: real time is only the guard.
/// </summary>
internal static class ClockSteps
{
    private static readonly TimeSpan DefaultStep = TimeSpan.FromSeconds(1);

    /// <summary>Advances <paramref name="time"/> by <paramref name="step"/> (a second unless told) until <paramref name="done"/> holds.</summary>
    public static Task AdvanceUntilAsync(this FakeTimeProvider time, Func<bool> done, TimeSpan? step = null) =>
        time.AdvanceUntilAsync(() => Task.FromResult(done()), step);

    /// <inheritdoc cref="AdvanceUntilAsync(FakeTimeProvider, Func{bool}, TimeSpan?)"/>
    public static Task AdvanceUntilAsync(this FakeTimeProvider time, Func<Task<bool>> done, TimeSpan? step = null)
    {
        var start = time.GetUtcNow();
        return WaitUntil.TrueAsync(
            async () =>
            {
                if (await done())
                {
                    return true;
                }

                await QuietAsync(time);
                time.Advance(step ?? DefaultStep);
                return false;
            },
            () => $"the expected effect as the clock advanced (fake time moved {time.GetUtcNow() - start})");
    }

    /// <summary>
    /// Advances <paramref name="time"/> by <paramref name="step"/> until <paramref name="task"/> completes, failing
    /// once <paramref name="maxFake"/> of fake time has passed without it; returns its result.
    /// </summary>
    public static async Task<T> AdvanceUntilAsync<T>(this FakeTimeProvider time, Task<T> task, TimeSpan step, TimeSpan? maxFake = null)
    {
        await time.AdvanceUntilAsync((Task)task, step, maxFake);
        return await task;
    }

    /// <inheritdoc cref="AdvanceUntilAsync{T}(FakeTimeProvider, Task{T}, TimeSpan, TimeSpan?)"/>
    public static async Task AdvanceUntilAsync(this FakeTimeProvider time, Task task, TimeSpan step, TimeSpan? maxFake = null)
    {
        var start = time.GetUtcNow();
        await time.AdvanceUntilAsync(
            () =>
            {
                if (maxFake is { } max && !task.IsCompleted && time.GetUtcNow() - start >= max)
                {
                    throw new TimeoutException($"Nothing happened within {max} of fake time.");
                }

                return task.IsCompleted;
            },
            step);
        await task;
    }

    /// <summary>Lets <paramref name="total"/> of fake time pass in steps of <paramref name="step"/>, each once the code under test is quiet.</summary>
    public static async Task AdvanceByAsync(this FakeTimeProvider time, TimeSpan total, TimeSpan step)
    {
        for (var passed = TimeSpan.Zero; passed < total; passed += step)
        {
            await QuietAsync(time);
            time.Advance(step);
        }

        await QuietAsync(time);
    }

    /// <summary>Moves <paramref name="time"/> to <paramref name="instant"/> in steps of at most <paramref name="step"/> (15 minutes unless told), each once the code under test is quiet.</summary>
    public static async Task AdvanceToAsync(this FakeTimeProvider time, DateTimeOffset instant, TimeSpan? step = null)
    {
        var most = step ?? TimeSpan.FromMinutes(15);
        while (time.GetUtcNow() < instant)
        {
            var left = instant - time.GetUtcNow();
            await QuietAsync(time);
            time.Advance(left < most ? left : most);
        }

        await QuietAsync(time);
    }

    private static Task QuietAsync(FakeTimeProvider time) => time is TestClock clock ? clock.QuietAsync() : Task.CompletedTask;
}
