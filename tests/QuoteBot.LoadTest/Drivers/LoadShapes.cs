using System.Diagnostics;

namespace QuoteBot.LoadTest.Drivers;

/// <summary>The ways of driving a platform: a closed loop (N in flight, as fast as the bot answers), an open loop (a fixed rate) and, on Telegram, a backlog.</summary>
public static class LoadShapes
{
    /// <summary>Keeps <paramref name="concurrency"/> commands in flight until <paramref name="commands"/> were issued or <paramref name="limit"/> passed, then waits for the answers.</summary>
    public static async Task ClosedAsync(PlatformDriver driver, int concurrency, long commands, TimeSpan limit, CancellationToken cancellationToken)
    {
        var remaining = commands;
        var stopped = 0;
        driver.FromIntended = false;
        driver.AfterAnswer = () =>
        {
            if (Volatile.Read(ref stopped) == 0 && Interlocked.Decrement(ref remaining) >= 0)
            {
                driver.TryIssue(Stopwatch.GetTimestamp());
            }
        };
        for (var i = 0; i < concurrency && Interlocked.Decrement(ref remaining) >= 0; i++)
        {
            driver.TryIssue(Stopwatch.GetTimestamp());
        }

        var deadline = Stopwatch.GetTimestamp() + Ticks(limit);
        while (Volatile.Read(ref remaining) > 0 && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(10, cancellationToken);
        }

        Volatile.Write(ref stopped, 1);
        await DrainAsync(driver, TimeSpan.FromSeconds(60), cancellationToken);
        driver.AfterAnswer = null;
    }

    /// <summary>Issues <paramref name="rate"/> commands a second for <paramref name="duration"/>, each clocked from when it was due, then waits for the answers.</summary>
    public static async Task OpenAsync(PlatformDriver driver, int rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        driver.FromIntended = true;
        driver.AfterAnswer = null;
        var total = (long)(rate * duration.TotalSeconds);
        var interval = (double)Stopwatch.Frequency / rate;
        var start = Stopwatch.GetTimestamp();
        long issued = 0;
        while (issued < total)
        {
            // Everything due by now goes out now, each with its own due time: a late loop never hides latency.
            var due = Math.Min(total, (long)((Stopwatch.GetTimestamp() - start) / interval) + 1);
            for (; issued < due; issued++)
            {
                driver.TryIssue(start + (long)(issued * interval));
            }

            await Task.Delay(1, cancellationToken);
        }

        await DrainAsync(driver, TimeSpan.FromSeconds(60), cancellationToken);
    }

    /// <summary>
    /// Telegram's backlog: <paramref name="commands"/> updates pending at once, as after the bot was away, drained as
    /// fast as the bot can; each clocked from when a <c>getUpdates</c> answer hands it out.
    /// </summary>
    public static async Task BacklogAsync(TelegramDriver driver, long commands, TimeSpan limit, CancellationToken cancellationToken)
    {
        driver.FromIntended = false;
        driver.AfterAnswer = null;
        driver.QueueAtOnce(commands);
        await DrainAsync(driver, limit, cancellationToken);
    }

    /// <summary>Waits until every issued command was answered, or <paramref name="timeout"/>.</summary>
    public static async Task DrainAsync(PlatformDriver driver, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + Ticks(timeout);
        while (driver.Answered < driver.Issued && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(10, cancellationToken);
        }
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
