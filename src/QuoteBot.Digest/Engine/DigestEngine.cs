using System.Collections.Concurrent;
using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Resilience;
using QuoteBot.Digest.Delivery;
using QuoteBot.Digest.Scheduling;
using QuoteBot.Digest.Targets;

namespace QuoteBot.Digest.Engine;

/// <summary>
/// The digest's state machine, apart from the hosted loop: each <see cref="RunOnceAsync"/> finds the targets whose
/// latest slot is due and not yet handled, starts their deliveries in the background (at most
/// <see cref="DigestOptions.MaxConcurrency"/> sending at once, so a slow chat holds up only itself) and says when
/// it next has something to do.
/// </summary>
internal sealed class DigestEngine : IDisposable
{
    /// <summary>How far back a due slot is looked for: beyond the longest grace (one day), so a missed slot is still seen to be skipped.</summary>
    private static readonly TimeSpan Lookback = TimeSpan.FromDays(2);

    private readonly DigestTargetCatalog _catalog;
    private readonly DeliveryRunner _runner;
    private readonly DigestWakeup _wakeup;
    private readonly TimeProvider _time;
    private readonly ILogger<DigestEngine> _logger;
    private readonly FrozenDictionary<string, IDigestSender> _senders;
    private readonly SemaphoreSlim _gate;
    private readonly ConcurrentDictionary<string, DateOnly> _doneThrough = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DeliveryOutcome> _waiting = new(StringComparer.Ordinal);
    private readonly InFlightTasks _inFlight = new();
    // The slot each target's latest delivery is for (one entry per target, like _doneThrough).
    private readonly ConcurrentDictionary<string, DateOnly> _runningSlot = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _lookingAgain = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _reportedPlatforms = new(StringComparer.OrdinalIgnoreCase);
    private long _started;

    public DigestEngine(
        DigestTargetCatalog catalog,
        DeliveryRunner runner,
        IEnumerable<IDigestSender> senders,
        DigestWakeup wakeup,
        TimeProvider time,
        IOptions<DigestOptions> options,
        ILogger<DigestEngine> logger)
    {
        _catalog = catalog;
        _runner = runner;
        _wakeup = wakeup;
        _time = time;
        _logger = logger;
        _senders = senders.ToFrozenDictionary(s => s.Platform, StringComparer.OrdinalIgnoreCase);
        _gate = new SemaphoreSlim(options.Value.MaxConcurrency);
    }

    /// <summary>Deliveries started and not finished yet.</summary>
    public int InFlight => _inFlight.Count;

    /// <summary>Deliveries started since this engine was made.</summary>
    public long Started => Interlocked.Read(ref _started);

    /// <summary>
    /// Starts every due delivery that is not already running and returns when the engine next has work: the next
    /// slot of any target, or a retry. Null when no target will ever be due.
    /// </summary>
    public async Task<DateTimeOffset?> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        DateTimeOffset? wake = null;
        foreach (var target in await _catalog.ActiveAsync(cancellationToken))
        {
            if (!_senders.TryGetValue(target.Target.Platform, out var sender))
            {
                if (_reportedPlatforms.TryAdd(target.Target.Platform, true))
                {
                    _logger.NoSender(target.Target.Platform);
                }

                continue;
            }

            if (Due(target, now) is { } slot)
            {
                if (_inFlight.Running(target.Id) is { } running)
                {
                    LookAgainWhenDone(target.Id, slot, running);
                }
                else if (_waiting.TryGetValue(target.Id, out var waiting) && waiting.NotBefore > now)
                {
                    wake = Earliest(wake, waiting.NotBefore);
                }
                else
                {
                    Start(target, slot, sender, waiting.Retrying, cancellationToken);
                }
            }

            wake = Earliest(wake, target.Schedule.NextAfter(now, target.Zone)?.DueAt);
        }

        return wake;
    }

    /// <summary>
    /// Waits until every started delivery has finished (or stopped on cancellation: an interrupted delivery keeps its
    /// claim and is resumed at the next start).
    /// </summary>
    public Task DrainAsync() => _inFlight.DrainAsync(Timeout.InfiniteTimeSpan, _time, CancellationToken.None);

    public void Dispose() => _gate.Dispose();

    /// <summary>The target's latest slot, if it is past and not yet handled by this engine.</summary>
    private DigestSlot? Due(ScheduledTarget target, DateTimeOffset now)
    {
        var slot = target.Schedule.LatestAtOrBefore(now, target.Zone, Lookback);
        if (slot is not { } due || (target.Target.ActiveSince is { } since && due.DueAt < since))
        {
            return null;
        }

        return _doneThrough.TryGetValue(target.Id, out var done) && done >= due.LocalDate ? null : due;
    }

    /// <summary>
    /// A later slot came due while the delivery of an earlier one still runs (a catch-up at start, a slow retry): the
    /// loop looks again as soon as that delivery ends, not at its next wake-up, which may be hours away. Only for a
    /// later slot: a round during a fan-out sees thousands of deliveries of the current slot running, and waking the
    /// loop at the end of each would only repeat the round.
    /// </summary>
    private void LookAgainWhenDone(string targetId, DigestSlot slot, Task running)
    {
        // Once per running delivery: each round while it runs would otherwise add another wake-up.
        if (_runningSlot.TryGetValue(targetId, out var runningDate) && runningDate < slot.LocalDate && _lookingAgain.TryAdd(targetId, true))
        {
            _ = running.ContinueWith(
                finished =>
                {
                    _lookingAgain.TryRemove(targetId, out _);
                    _wakeup.Signal();
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    private void Start(ScheduledTarget target, DigestSlot slot, IDigestSender sender, bool knownRetry, CancellationToken cancellationToken)
    {
        _runningSlot[target.Id] = slot.LocalDate;
        Interlocked.Increment(ref _started);
        // Each delivery runs on its own from the start, so one slow chat never holds up the loop that starts the others.
        _inFlight.Track(target.Id, Task.Run(RunAsync, CancellationToken.None));

        async Task RunAsync()
        {
            try
            {
                await _gate.WaitAsync(cancellationToken);
                try
                {
                    Record(target.Id, slot, await _runner.RunAsync(target, slot, sender, knownRetry, cancellationToken));
                }
                finally
                {
                    _gate.Release();
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopping: the claim stays for the next start.
            }
#pragma warning disable CA1031 // One target's failure (a store error, say) must never stop the loop or the other targets.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                var retryAt = _time.GetUtcNow() + DeliveryRunner.Retries.Delay(1);
                _logger.DeliveryFailed(ex, target.Id);
                Record(target.Id, slot, DeliveryOutcome.Wait(retryAt));
            }
        }
    }

    private void Record(string targetId, DigestSlot slot, DeliveryOutcome outcome)
    {
        if (outcome.Done)
        {
            _doneThrough[targetId] = slot.LocalDate;
            _waiting.TryRemove(targetId, out _);
            return;
        }

        _waiting[targetId] = outcome;
        // The loop may be asleep until tomorrow's slot: have it take this retry time into account.
        _wakeup.Signal();
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;
}
