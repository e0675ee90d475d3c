using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace QuoteBot.Discord.Tests.Fakes;

/// <summary>
/// Driving fake time. The code under test waits with <c>Task.Delay(…, TimeProvider)</c>; a timer only fires on an
/// Advance after it was created, so tests advance in small steps until what they wait for has happened. Real time
/// is only a guard that fails a hung test.
/// </summary>
internal static class TestTime
{
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    public static TestClock NewClock() => new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>Advances <paramref name="time"/> by <paramref name="step"/> until <paramref name="task"/> completes.</summary>
    public static async Task<T> AdvanceUntilAsync<T>(this TestClock time, Task<T> task, TimeSpan step, TimeSpan? maxFake = null)
    {
        await time.AdvanceUntilAsync((Task)task, step, maxFake);
        return await task;
    }

    public static async Task AdvanceUntilAsync(this TestClock time, Task task, TimeSpan step, TimeSpan? maxFake = null)
    {
        var real = Stopwatch.StartNew();
        var start = time.GetUtcNow();
        while (!task.IsCompleted)
        {
            // A moment for the code under test to reach its next timer before time moves on.
            await Task.WhenAny(task, Task.Delay(5));
            if (task.IsCompleted)
            {
                break;
            }

            if (real.Elapsed > Guard)
            {
                throw new TimeoutException($"Nothing happened within {Guard} of real time (fake time advanced {time.GetUtcNow() - start}).");
            }

            if (maxFake is { } max && time.GetUtcNow() - start >= max)
            {
                throw new TimeoutException($"Nothing happened within {max} of fake time.");
            }

            time.Advance(step);
        }

        await task;
    }

    /// <summary>Lets <paramref name="total"/> of fake time pass in steps, giving the code under test a moment at each.</summary>
    public static async Task AdvanceByAsync(this TestClock time, TimeSpan total, TimeSpan step)
    {
        for (var passed = TimeSpan.Zero; passed < total; passed += step)
        {
            await Task.Delay(5);
            time.Advance(step);
        }
    }

    /// <summary>
    /// Asserts that <paramref name="held"/> is still waiting after <paramref name="until"/> minus a tenth of a second of
    /// fake time, and completes once the rest has passed.
    /// </summary>
    public static async Task AssertHeldUntilAsync(this TestClock time, Task held, TimeSpan until)
    {
        var margin = TimeSpan.FromMilliseconds(100);
        time.Advance(until - margin);
        await Task.Delay(20);
        Assert.False(held.IsCompleted, $"Released before {until} had passed.");
        time.Advance(margin);
        await held.WithGuard();
    }

    /// <summary>Fails the test if <paramref name="task"/> takes longer than the real-time guard.</summary>
    public static async Task<T> WithGuard<T>(this Task<T> task) => await task.WaitAsync(Guard);

    public static async Task WithGuard(this Task task) => await task.WaitAsync(Guard);
}

/// <summary>A <see cref="Random"/> that returns given values in turn (the last one repeats).</summary>
internal sealed class SequenceRandom(params double[] values) : Random
{
    private int _next;

    public override double NextDouble() => values[Math.Min(_next++, values.Length - 1)];

    protected override double Sample() => NextDouble();
}
