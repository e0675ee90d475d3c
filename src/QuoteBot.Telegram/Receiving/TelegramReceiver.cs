using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace QuoteBot.Telegram.Receiving;

/// <summary>
/// What both receiving modes share: start-up first, a fatal refusal (wrong token) stops the application with exit
/// code 4 and one log line instead of a retry loop, and stopping finishes the replies in flight.
/// </summary>
public abstract partial class TelegramReceiver(
    TelegramStartup startup,
    UpdatePipeline pipeline,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger logger) : BackgroundService
{
    public const int FatalExitCode = 4;

    protected UpdatePipeline Pipeline => pipeline;

    protected TimeProvider Time => time;

    protected abstract Task ReceiveAsync(CancellationToken stoppingToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await startup.RunAsync(stoppingToken);
            await ReceiveAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (TelegramFatalException ex)
        {
            LogFatal(logger, ex.Message);
            Environment.ExitCode = FatalExitCode;
            lifetime.StopApplication();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await pipeline.DrainAsync(TimeSpan.FromSeconds(10), time, cancellationToken);
    }

    [LoggerMessage(EventId = 3004, Level = LogLevel.Critical, Message = "{Message}")]
    private static partial void LogFatal(ILogger logger, string message);
}
