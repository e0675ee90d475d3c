using Microsoft.Extensions.Logging;
using QuoteBot.Core.Resilience;
using Telegram.Bot.Types;

namespace QuoteBot.Telegram.Receiving;

/// <summary>
/// Runs each update's handling as its own task, so a slow chat never holds up the rest; a failure is logged and the
/// update skipped (never a crash loop); shutdown waits for the replies in flight.
/// </summary>
public sealed partial class UpdatePipeline(TelegramUpdateHandler handler, ILogger<UpdatePipeline> logger) : IDisposable
{
    private readonly InFlightTasks _inFlight = new();
    private readonly CancellationTokenSource _stopping = new();

    public int InFlight => _inFlight.Count;

    public void Dispatch(Update update)
    {
        _inFlight.Track(Task.Run(() => RunAsync(update)));
    }

    /// <summary>
    /// Waits up to <paramref name="timeout"/> for handling in flight, or until the host's own shutdown deadline
    /// (<paramref name="cancellationToken"/>) if that comes first, then cancels what is left.
    /// </summary>
    public async Task DrainAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (_inFlight.Count is var count and > 0)
        {
            LogDraining(count);
            await _inFlight.DrainAsync(timeout, time, cancellationToken);
        }

        await _stopping.CancelAsync();
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RunAsync(Update update)
    {
        try
        {
            await handler.HandleAsync(update, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            LogCancelled(update.Id);
        }
#pragma warning disable CA1031 // One bad update must not stop the others: it is logged and skipped.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(ex, update.Id);
        }
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Error, Message = "Update {UpdateId} could not be handled; skipped")]
    private partial void LogFailed(Exception exception, int updateId);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "Update {UpdateId} was still being handled at shutdown")]
    private partial void LogCancelled(int updateId);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Information, Message = "Finishing {Count} replies in flight")]
    private partial void LogDraining(int count);
}
