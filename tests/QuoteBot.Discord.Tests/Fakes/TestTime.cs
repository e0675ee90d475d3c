using System.Diagnostics;
using System.Runtime.CompilerServices;
using QuoteBot.Testing;

namespace QuoteBot.Discord.Tests.Fakes;

/// <summary>
/// Driving fake time. The code under test waits with <c>Task.Delay(…, TimeProvider)</c>; a timer only fires on an
/// Advance after it was created, so tests advance in small steps until what they wait for has happened. Real time
/// is only a guard that fails a hung test.
/// </summary>
internal static class TestTime
{
    public static readonly TimeSpan Guard = WaitUntil.Guard;

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

            await time.QuietAsync();
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
            await time.QuietAsync();
            time.Advance(step);
        }
    }

    /// <summary>
    /// Asserts that <paramref name="held"/> waits until <paramref name="until"/> of fake time has passed: first that
    /// the code set a timer ending within the last tenth of a second of that span (a positive signal, no pause), so it
    /// cannot be released before; then that it is released once the span has passed.
    /// </summary>
    public static async Task AssertHeldUntilAsync(this TestClock time, Task held, TimeSpan until)
    {
        var margin = TimeSpan.FromMilliseconds(100);
        using var stop = new CancellationTokenSource();
        var waiting = time.WaitForTimerAsync(0, d => d > until - margin && d <= until, stop.Token);
        if (await Task.WhenAny(held, waiting) == held)
        {
            Assert.Fail($"Released before {until} had passed.");
        }

        var found = await waiting;
        var before = time.Describe();
        time.Advance(until - margin);
        Assert.False(held.IsCompleted, $"Released before {until} had passed.");
        time.Advance(margin);
        try
        {
            await held.WithGuard();
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"Not released after {until}: timer found due in {found}; pending before: {before}; now: {time.Describe()}", ex);
        }
    }

    /// <summary>Waits for <paramref name="condition"/> to hold; the real-time guard only fires when it never does.</summary>
    public static Task WaitUntilAsync(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string what = "") =>
        WaitUntil.TrueAsync(condition, what);

    /// <summary>Fails the test if <paramref name="task"/> takes longer than the real-time guard.</summary>
    public static async Task<T> WithGuard<T>(this Task<T> task) => await task.WaitAsync(Guard);

    public static async Task WithGuard(this Task task) => await task.WaitAsync(Guard);
}
