using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace QuoteBot.Digest.Engine;

/// <summary>
/// The digest loop and nothing else: run the engine, sleep on the <see cref="TimeProvider"/> until the next slot or
/// a wake-up, repeat. Its first round is the start-up reconciliation: slots missed within the grace are posted,
/// claims left by a crash are resumed, older slots are skipped and logged.
/// </summary>
internal sealed class DigestService(
    DigestEngine engine,
    DigestWakeup wakeup,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestService> logger) : BackgroundService
{
    /// <summary>Never sleep longer than this, so a wall-clock jump or a missed wake-up costs minutes, not a day.</summary>
    internal static readonly TimeSpan MaxSleep = TimeSpan.FromMinutes(15);

    private static readonly TimeSpan AfterFailure = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.Disabled();
            return;
        }

        // Let the host finish starting before the first round.
        await Task.Yield();
        try
        {
            logger.Started(settings.Targets.Count, settings.EffectiveInstanceId, settings.CatchUpGrace);
            while (!stoppingToken.IsCancellationRequested)
            {
                TimeSpan delay;
                try
                {
                    var next = await engine.RunOnceAsync(stoppingToken);
                    delay = next is { } at ? at - time.GetUtcNow() : MaxSleep;
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
#pragma warning disable CA1031 // The store may be briefly unreachable: log, wait, try again rather than stop posting for good.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    logger.CycleFailed(ex, AfterFailure);
                    delay = AfterFailure;
                }

                await wakeup.WaitAsync(Clamp(delay), time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            await engine.DrainAsync();
        }
    }

    private static TimeSpan Clamp(TimeSpan delay) => delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxSleep ? MaxSleep : delay;
}
