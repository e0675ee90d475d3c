using Microsoft.Extensions.Time.Testing;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Telegram.Sending;
using QuoteBot.Testing;

namespace QuoteBot.Telegram.Tests.Fakes;

/// <summary>
/// Drives the fake clock through a run of paced sends against <see cref="FloodControl"/>, moving it only when the bot
/// is quiescent: every message it should be handling is in the pacer, every send given a turn is held by the fake
/// (none on the wire, where the clock moving would make its arrival later than it is), and neither the pacer nor the
/// fake has anything due now. Then it steps to the next thing either of them has to do. Each wait is for a positive
/// state, with a generous real-time guard that only fires when the bot is broken.
/// </summary>
public sealed class QuiescentClock(FakeTimeProvider time, ChatPacer pacer, FloodControl flood)
{
    /// <summary>Times the clock was moved.</summary>
    public int Steps { get; private set; }

    /// <summary>
    /// Steps the clock until <paramref name="done"/> holds. <paramref name="expectedAtPacer"/> is how many messages
    /// the bot should have at the pacer (waiting or in flight) once it has caught up with what happened so far.
    /// </summary>
    public async Task RunUntilAsync(Func<bool> done, Func<int> expectedAtPacer)
    {
        while (true)
        {
            await SettleAsync(expectedAtPacer);
            if (done())
            {
                return;
            }

            var now = time.GetUtcNow();
            var next = Earliest(flood.Network.NextAnswerAt, pacer.Snapshot().NextTurnAt);
            time.Advance(next is { } at ? at - now : TimeSpan.FromSeconds(1));
            Steps++;
        }
    }

    private Task SettleAsync(Func<int> expectedAtPacer)
    {
        var state = string.Empty;
        return WaitUntil.TrueAsync(() => Settled(expectedAtPacer(), out state), () => $"the bot did not settle at {time.GetUtcNow():HH:mm:ss.fff}: {state}");
    }

    private bool Settled(int expected, out string state)
    {
        var now = time.GetUtcNow();
        var before = flood.Network;
        var pacing = pacer.Snapshot();
        var after = flood.Network;
        state = $"pacer {pacing}, fake holding {after.Parked} answer(s), next due {after.NextAnswerAt:HH:mm:ss.fff}, {expected} message(s) expected at the pacer";
        return before == after
            && pacing.InFlight == after.Parked
            && !(after.NextAnswerAt <= now)
            && !(pacing.NextTurnAt <= now)
            && pacing.Waiting + pacing.InFlight == expected;
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;
}
