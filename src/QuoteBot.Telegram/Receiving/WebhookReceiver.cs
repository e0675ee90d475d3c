using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Telegram.Sending;
using Telegram.Bot;

namespace QuoteBot.Telegram.Receiving;

/// <summary>Webhook mode: at start, tells Telegram where to post (with the secret token and only the update kinds we use).</summary>
public sealed partial class WebhookReceiver(
    ITelegramBotClient bot,
    TelegramStartup startup,
    TelegramSender sender,
    UpdatePipeline pipeline,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<WebhookReceiver> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await startup.RunAsync(stoppingToken);
            var webhook = options.Value.Webhook;
            await sender.CallAsync(
                "setWebhook",
                ct => bot.SetWebhook(webhook.Url!, allowedUpdates: TelegramUpdateHandler.AllowedUpdates, dropPendingUpdates: false, secretToken: webhook.SecretToken, cancellationToken: ct),
                stoppingToken);
            LogWebhookSet(webhook.LocalPath);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (TelegramFatalException ex)
        {
            LogFatal(ex.Message);
            Environment.ExitCode = 4;
            lifetime.StopApplication();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await pipeline.DrainAsync(TimeSpan.FromSeconds(10), time);
    }

    [LoggerMessage(EventId = 3501, Level = LogLevel.Information, Message = "Telegram webhook set; listening on {Path}")]
    private partial void LogWebhookSet(string path);

    [LoggerMessage(EventId = 3502, Level = LogLevel.Critical, Message = "{Message}")]
    private partial void LogFatal(string message);
}
