using System.Diagnostics;

namespace QuoteBot.Telegram.Tests.Fakes;

/// <summary>Waits (real time, polling) for a state the bot reaches by itself; the guard fires only when it is broken.</summary>
public static class Until
{
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    /// <summary>Completes once <paramref name="condition"/> holds; throws after <see cref="Guard"/>, naming <paramref name="describe"/>'s account of the state.</summary>
    public static async Task TrueAsync(Func<bool> condition, Func<string>? describe = null)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > Guard)
            {
                throw new TimeoutException($"not reached in {Guard.TotalSeconds:0} s: {describe?.Invoke() ?? "condition"}");
            }

            await Task.Delay(1);
        }
    }
}
