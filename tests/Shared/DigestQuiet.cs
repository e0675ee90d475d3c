using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QuoteBot.Digest.Engine;

namespace QuoteBot.Testing;

/// <summary>
/// The positive signal before a test asserts that the digest posted nothing more: the host's digest loop is asleep on
/// the fake clock (its timer pending, no wake-up signalled) and no delivery is in flight. At that point the bot has done
/// everything the clock allows so far, so a post that is not there will not come until the clock moves again.
/// </summary>
internal static class DigestQuiet
{
    /// <summary>Waits (guarded) until the digest of the host behind <paramref name="services"/> is asleep with nothing in flight.</summary>
    public static Task DigestAsleepAsync(this IServiceProvider services)
    {
        var wakeup = services.GetRequiredService<DigestWakeup>();
        var engine = services.GetRequiredService<DigestEngine>();
        return WaitUntil.TrueAsync(() => engine.InFlight == 0 && wakeup.IsAsleep, "the digest loop asleep with no post in flight");
    }

    /// <summary>
    /// Holds <paramref name="clock"/>'s steps while the host's digest loop is awake: it reads the clock to work out its
    /// next sleep, and a step taken meanwhile would have it sleep past the instant it meant. A loop that has ended
    /// (switched off, host stopped) holds nothing.
    /// </summary>
    public static void HoldClockWhileDigestAwake(this IServiceProvider services, TestClock clock)
    {
        if (services.GetServices<IHostedService>().OfType<DigestService>().SingleOrDefault() is not { } loop)
        {
            return;
        }

        var wakeup = services.GetRequiredService<DigestWakeup>();
        clock.HoldWhile(() => loop.ExecuteTask is { IsCompleted: false } && !wakeup.IsAsleep);
    }
}
