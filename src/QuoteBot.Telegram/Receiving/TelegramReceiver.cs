using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QuoteBot.Core.Hosting;

namespace QuoteBot.Telegram.Receiving;

/// <summary>
/// What both receiving modes share: start-up first, a fatal refusal (wrong token) stops the application with exit
/// code <see cref="ExitCodes.TelegramRefused"/> and one log line instead of a retry loop, and stopping finishes the replies in flight.
/// </summary>
public abstract partial class TelegramReceiver(
    TelegramStartup startup,
    UpdatePipeline pipeline,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger logger) : BackgroundService
{
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
            LogFatal(ex.Message);
            Environment.ExitCode = ExitCodes.TelegramRefused;
            lifetime.StopApplication();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await pipeline.DrainAsync(TimeSpan.FromSeconds(10), time, cancellationToken);
    }

    [LoggerMessage(EventId = 3004, Level = LogLevel.Critical, Message = "{Message}")]
    private partial void LogFatal(string message);
}
