using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace QuoteBot.Telegram.Receiving;

/// <summary>
/// The webhook endpoint: a request without the right <c>X-Telegram-Bot-Api-Secret-Token</c> gets 401 and is not
/// processed; an update is acknowledged at once and handled in the background; a repeated update is ignored.
/// </summary>
public static partial class WebhookEndpoint
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Maps the webhook at <c>Bot:Telegram:Webhook:Path</c>, handling updates with <paramref name="services"/> (the bot's container).</summary>
    public static IEndpointConventionBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        var secret = Encoding.UTF8.GetBytes(options.Webhook.SecretToken ?? string.Empty);
        var pipeline = services.GetRequiredService<UpdatePipeline>();
        var seen = services.GetRequiredService<WebhookDeduplicator>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebhookEndpoint));

        // Bot API options with Telegram.Bot's source-generated metadata (and its converters): no reflection, so the
        // endpoint works the same under Native AOT.
        var updateType = (JsonTypeInfo<Update>)JsonBotAPI.Options.GetTypeInfo(typeof(Update));

        return endpoints.MapPost(options.Webhook.LocalPath, async context =>
        {
            var given = Encoding.UTF8.GetBytes(context.Request.Headers[SecretHeader].ToString());
            if (secret.Length == 0 || !CryptographicOperations.FixedTimeEquals(given, secret))
            {
                LogRejected(logger, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            Update? update;
            try
            {
                update = await JsonSerializer.DeserializeAsync(context.Request.Body, updateType, context.RequestAborted);
            }
            catch (JsonException ex)
            {
                // Answer 200 all the same: a non-2xx makes Telegram send the same bad update again and again.
                LogUnreadable(logger, ex.Message);
                return;
            }

            if (update is not null && await seen.FirstTimeAsync(update.Id, context.RequestAborted))
            {
                pipeline.Dispatch(update);
            }
        });
    }

    [LoggerMessage(EventId = 3401, Level = LogLevel.Warning, Message = "Webhook request from {Remote} without the right secret token: refused")]
    private static partial void LogRejected(ILogger logger, string remote);

    [LoggerMessage(EventId = 3402, Level = LogLevel.Warning, Message = "Webhook update could not be read ({Reason}); skipped")]
    private static partial void LogUnreadable(ILogger logger, string reason);
}
