using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Diagnostics;
using QuoteBot.Core.Resilience;
using QuoteBot.Core.State;
using QuoteBot.Telegram.Sending;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace QuoteBot.Telegram.Receiving;

/// <summary>
/// Long polling (works behind NAT). The offset of the next update is stored after each batch is dispatched (in the
/// background, coalesced, flushed at stop), so a dropped connection or a restart neither repeats an update nor skips
/// one; failures back off with jitter and resume. A 409 Conflict (another poller, or a webhook, on this token) is
/// said once with its cause and fix, keeps <c>/readyz</c> at 503 while it lasts, and backs off like any failure.
/// </summary>
public sealed partial class PollingReceiver(
    ITelegramBotClient bot,
    TelegramStartup startup,
    UpdatePipeline pipeline,
    ICursorStore cursors,
    Readiness readiness,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<PollingReceiver> logger,
    Backoff? backoff = null) : TelegramReceiver(startup, pipeline, time, lifetime, logger)
{
    public const string CursorName = "telegram:update-offset";
    public const string ReadinessName = "telegram";
    private const int BatchSize = 100;
    private readonly Backoff _backoff = backoff ?? TelegramSender.RetryBackoff();
    private readonly CursorWriter _storedOffset = new(cursors, CursorName, logger);

    protected override async Task ReceiveAsync(CancellationToken stoppingToken)
    {
        // A webhook left over from another run would make getUpdates fail with 409.
        await bot.DeleteWebhook(dropPendingUpdates: false, stoppingToken);

        // Telegram took the token and the first long poll is about to go out. Ready now: with nothing pending,
        // that poll is held for the whole poll timeout, which is no reason to report the bot as not ready.
        readiness.Report(ReadinessName, true, "polling");
        var offset = (int)(await cursors.GetAsync(CursorName, stoppingToken) ?? 0);
        try
        {
            await PollAsync(offset, stoppingToken);
        }
        finally
        {
            await _storedOffset.FlushAsync(CancellationToken.None);
        }
    }

    private async Task PollAsync(int offset, CancellationToken stoppingToken)
    {
        var failures = 0;
        var inConflict = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await bot.GetUpdates(offset, BatchSize, options.Value.PollTimeoutSeconds, TelegramUpdateHandler.AllowedUpdates, stoppingToken);
                failures = 0;
                readiness.Report(ReadinessName, true, "polling");
                if (inConflict)
                {
                    inConflict = false;
                    LogConflictOver();
                }
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 401)
            {
                throw new TelegramFatalException("Telegram rejected the bot token (401 Unauthorized): check Bot:Telegram:Token.", ex);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested && ex is RequestException or HttpRequestException or OperationCanceledException)
            {
                failures++;
                var wait = _backoff.Delay(failures);
                var conflict = ex is ApiRequestException { ErrorCode: PollingConflict.ErrorCode };
                readiness.Report(ReadinessName, false, conflict ? PollingConflict.ReadinessDetail : $"getUpdates failing ({failures} in a row)");
                if (conflict && !inConflict)
                {
                    // Once per conflict, not per retry: it ends with the next poll that succeeds.
                    inConflict = true;
                    LogConflict(PollingConflict.Cause(ex.Message), ex.Message, PollingConflict.Fix);
                }

                LogPollFailed(ex is ApiRequestException api ? $"{api.ErrorCode}: {api.Message}" : ex.GetType().Name, wait.TotalSeconds);
                await Task.Delay(wait, Time, stoppingToken);
                continue;
            }

            var next = offset;
            foreach (var update in updates.OrderBy(u => u.Id))
            {
                if (update.Id < next)
                {
                    continue; // already handled: Telegram sent it again
                }

                next = update.Id + 1;
                Pipeline.Dispatch(update);
            }

            if (next != offset)
            {
                // The next poll confirms the batch to Telegram whether or not the offset is on disk yet; storing it
                // in the background keeps the poll from waiting on a disk flush.
                offset = next;
                _storedOffset.Advance(offset);
            }
        }
    }

    [LoggerMessage(EventId = 3301, Level = LogLevel.Warning, Message = "getUpdates failed ({Reason}); polling again in {Seconds:0.#} s")]
    private partial void LogPollFailed(string reason, double seconds);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Warning, Message = "Telegram 409 Conflict: {Cause} (\"{Description}\"). Updates go to one receiver at a time: {Fix}. Polling backs off until the conflict ends")]
    private partial void LogConflict(string cause, string description, string fix);

    [LoggerMessage(EventId = 3303, Level = LogLevel.Information, Message = "Telegram conflict over: polling again")]
    private partial void LogConflictOver();
}
