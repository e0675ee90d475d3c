using System.Diagnostics;
using Microsoft.AspNetCore.Builder;

namespace QuoteBot.LoadTest.Drivers;

/// <summary>
/// One platform's side of a run: issues commands into its fake, matches the bot's answers to them and records each
/// latency. A command's clock starts at its intended time in the open loop (so a stalled bot cannot hide its backlog),
/// or when the fake hands it to the bot in the closed loop.
/// </summary>
public abstract class PlatformDriver(long capacity)
{
    /// <summary>A command issued but not yet handed to the bot: its clock starts when it is.</summary>
    protected const long NotYetSent = long.MinValue;

    private long _issued;
    private long _answered;
    private long _unmatched;
    private long _deferred;
    private long _firstAnswer;
    private long _lastAnswer;
    private long _firstSent;

    public abstract string Name { get; }

    public LatencyRecorder Latency { get; } = new(capacity);

    public long Issued => Interlocked.Read(ref _issued);

    public long Answered => Interlocked.Read(ref _answered);

    /// <summary>Answers that matched no command in flight (a repeat, or a reply to an unknown chat or interaction).</summary>
    public long Unmatched => Interlocked.Read(ref _unmatched);

    /// <summary>Discord: answers that were a deferral ("thinking…") rather than the reply itself.</summary>
    public long Deferred => Interlocked.Read(ref _deferred);

    /// <summary>Commands the open loop could not issue because every chat of the pool still waited for an answer.</summary>
    public long Refused { get; private set; }

    /// <summary><see cref="Stopwatch"/> timestamp of the first answer of the whole run (0 before it).</summary>
    public long FirstAnswerTimestamp => Interlocked.Read(ref _firstAnswer);

    public long LastAnswerTimestamp => Interlocked.Read(ref _lastAnswer);

    /// <summary><see cref="Stopwatch"/> timestamp at which the fake first handed a command to the bot since <see cref="StartPhase"/> (0 before).</summary>
    public long FirstSentTimestamp => Interlocked.Read(ref _firstSent);

    /// <summary>Measure from the intended time (open loop) rather than from when the bot was handed the command.</summary>
    public bool FromIntended { get; set; }

    /// <summary>Called after each answer (the closed loop issues the next command from here).</summary>
    public Action? AfterAnswer { get; set; }

    /// <summary>Routes of this platform's fakes.</summary>
    public abstract void Map(WebApplication app);

    /// <summary>The bot's environment for this platform, given the fakes' base address.</summary>
    public abstract IReadOnlyDictionary<string, string> Environment(Uri baseUri);

    /// <summary>Issues one command (alternately <c>/quote</c> and <c>/topic energy</c>); false when it cannot be issued now.</summary>
    public bool TryIssue(long intendedTimestamp)
    {
        var sequence = Interlocked.Increment(ref _issued);
        if (Issue(sequence, FromIntended ? intendedTimestamp : NotYetSent, topic: (sequence & 1) == 0))
        {
            return true;
        }

        Interlocked.Decrement(ref _issued);
        Refused++;
        return false;
    }

    protected abstract bool Issue(long sequence, long start, bool topic);

    /// <summary>Begins the measured phase: the latencies so far and the first hand-out are forgotten. Call with nothing in flight.</summary>
    public void StartPhase()
    {
        Latency.Reset();
        Interlocked.Exchange(ref _firstSent, 0);
    }

    /// <summary>The fake is about to hand a command to the bot: a closed-loop clock starts now.</summary>
    protected void Sending(ref long start)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.CompareExchange(ref _firstSent, now, 0);
        if (Volatile.Read(ref start) == NotYetSent)
        {
            Interlocked.CompareExchange(ref start, now, NotYetSent);
        }
    }

    /// <summary>Claims the command whose clock is <paramref name="start"/> for an answer that just arrived; false (and counted as unmatched) if none is in flight there.</summary>
    protected bool TryClaim(ref long start, out long began)
    {
        began = Interlocked.Exchange(ref start, 0);
        if (began != 0 && began != NotYetSent)
        {
            return true;
        }

        Interlocked.Increment(ref _unmatched);
        return false;
    }

    /// <summary>An answer that matches no command (unknown id or chat).</summary>
    protected void Stray() => Interlocked.Increment(ref _unmatched);

    /// <summary>Counts the answer to a claimed command, then lets the closed loop issue the next one.</summary>
    protected void CountAnswer(long began, bool deferred = false)
    {
        var now = Stopwatch.GetTimestamp();
        Latency.Record(now - began);
        if (deferred)
        {
            Interlocked.Increment(ref _deferred);
        }

        Interlocked.CompareExchange(ref _firstAnswer, now, 0);
        Interlocked.Exchange(ref _lastAnswer, now);
        Interlocked.Increment(ref _answered);
        AfterAnswer?.Invoke();
    }
}
