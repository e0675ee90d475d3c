using System.Diagnostics;

namespace QuoteBot.Testing;

/// <summary>
/// The one poll-until-true of the tests: a positive wait for something the bot is expected to do. The guard is
/// generous on purpose: it only runs out when the bot is broken, never because a loaded machine is slow, so nothing
/// decides pass or fail by how fast the wall clock runs.
/// </summary>
internal static class WaitUntil
{
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(10);

    /// <summary>Looks at <paramref name="done"/> every few milliseconds until it holds; fails naming <paramref name="what"/> after the guard.</summary>
    public static Task TrueAsync(Func<bool> done, string what) => TrueAsync(() => Task.FromResult(done()), () => what);

    /// <inheritdoc cref="TrueAsync(Func{bool}, string)"/>
    public static Task TrueAsync(Func<Task<bool>> done, string what) => TrueAsync(done, () => what);

    /// <summary>As <see cref="TrueAsync(Func{bool}, string)"/>, with the failure told by <paramref name="what"/> at the time it fails (the state it was stuck in).</summary>
    public static Task TrueAsync(Func<bool> done, Func<string> what) => TrueAsync(() => Task.FromResult(done()), what);

    /// <inheritdoc cref="TrueAsync(Func{bool}, Func{string})"/>
    public static async Task TrueAsync(Func<Task<bool>> done, Func<string> what)
    {
        var started = Stopwatch.GetTimestamp();
        while (!await done())
        {
            if (Stopwatch.GetElapsedTime(started) > Guard)
            {
                throw new TimeoutException($"{what()}: still not the case after {Guard.TotalSeconds:0} s");
            }

            // Only the interval between two looks: what the test decides by is the look, never this pause.
            await Task.Delay(Pause);
        }
    }
}
