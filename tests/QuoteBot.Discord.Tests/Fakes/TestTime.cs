using System.Runtime.CompilerServices;
using QuoteBot.Testing;

namespace QuoteBot.Discord.Tests.Fakes;

/// <summary>
/// The Discord tests' clock and its assertions; moving it in steps is <see cref="ClockSteps"/>. Real time is only a
/// guard that fails a hung test.
/// </summary>
internal static class TestTime
{
    public static readonly TimeSpan Guard = WaitUntil.Guard;

    public static TestClock NewClock() => new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

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
