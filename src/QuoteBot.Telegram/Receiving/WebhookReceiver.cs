using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Diagnostics;
using QuoteBot.Telegram.Sending;
using Telegram.Bot;

namespace QuoteBot.Telegram.Receiving;

/// <summary>Webhook mode: at start, tells Telegram where to post (with the secret token and only the update kinds we use).</summary>
public sealed partial class WebhookReceiver(
    ITelegramBotClient bot,
    TelegramStartup startup,
    TelegramSender sender,
    UpdatePipeline pipeline,
    WebhookDeduplicator deduplicator,
    Readiness readiness,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<WebhookReceiver> logger) : TelegramReceiver(startup, pipeline, time, lifetime, logger)
{
    protected override async Task ReceiveAsync(CancellationToken stoppingToken)
    {
        var webhook = options.Value.Webhook;
        await sender.CallAsync(
            "setWebhook",
            ct => bot.SetWebhook(webhook.Url!, allowedUpdates: TelegramUpdateHandler.AllowedUpdates, dropPendingUpdates: false, secretToken: webhook.SecretToken, cancellationToken: ct),
            stoppingToken);
        readiness.Report(PollingReceiver.ReadinessName, true, "webhook set");
        LogWebhookSet(webhook.LocalPath);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await deduplicator.FlushAsync();
    }

    [LoggerMessage(EventId = 3501, Level = LogLevel.Information, Message = "Telegram webhook set; listening on {Path}")]
    private partial void LogWebhookSet(string path);
}
