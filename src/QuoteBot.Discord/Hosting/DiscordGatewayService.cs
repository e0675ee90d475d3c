using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Hosting;
using QuoteBot.Discord.Gateway;

namespace QuoteBot.Discord.Hosting;

/// <summary>
/// Runs <see cref="DiscordGatewayClient"/> in gateway mode. A fatal gateway close is logged as one line and
/// stops the application with exit code <see cref="ExitCodes.DiscordRefused"/>: restarting would
/// only be refused again.
/// </summary>
internal sealed partial class DiscordGatewayService(
    DiscordGatewayClient client,
    IOptions<DiscordOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Mode != DiscordMode.Gateway)
        {
            LogHttpMode();
            return;
        }

        try
        {
            await client.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (DiscordGatewayFatalException ex)
        {
            LogFatal(ex.Message);
            Environment.ExitCode = ExitCodes.DiscordRefused;
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(EventId = 5400, Level = LogLevel.Critical, Message = "{Cause}")]
    private partial void LogFatal(string cause);

    [LoggerMessage(EventId = 5401, Level = LogLevel.Information, Message = "Discord in http mode: interactions arrive at the mapped endpoint, no gateway connection")]
    private partial void LogHttpMode();
}
