using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace QuoteBot.Telegram.Receiving;

/// <summary>
/// The webhook endpoint: a request without the right <c>X-Telegram-Bot-Api-Secret-Token</c> gets 401 and is not
/// processed; an update is acknowledged at once and handled in the background; a repeated update is ignored. A body
/// that is not an update gets 400, one over <see cref="MaxBodyBytes"/> gets 413: Telegram never sends either, so
/// such a request is someone else's, and its sender should hear that it was refused rather than be acknowledged
/// (Telegram retries a non-2xx answer, which matters only for a body it would never have sent).
/// </summary>
public static partial class WebhookEndpoint
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>
    /// The largest body read. An update carries at most one message (4,096 characters of text or 1,024 of caption,
    /// with its entities, the message it replies to and a keyboard): tens of kilobytes at the very most, so 1 MiB
    /// never refuses a real update and keeps Kestrel's 30 MB default from being anyone's to fill.
    /// </summary>
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>
    /// Telegram.Bot's source-generated metadata for <see cref="Update"/>, bound to our own copy of its options (naming,
    /// number handling). Our copy, because <c>JsonBotAPI.Options</c> has no resolver of its own when reflection is on
    /// (JIT) and stays mutable until the client first uses it; the source-generated context, because that works the
    /// same under Native AOT and needs no reflection.
    /// </summary>
    private static readonly JsonTypeInfo<Update> UpdateType = CreateUpdateType();

    /// <summary>Maps the webhook at <c>Bot:Telegram:Webhook:Path</c>, handling updates with <paramref name="services"/> (the bot's container).</summary>
    public static IEndpointConventionBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        var secret = Encoding.UTF8.GetBytes(options.Webhook.SecretToken ?? string.Empty);
        var pipeline = services.GetRequiredService<UpdatePipeline>();
        var seen = services.GetRequiredService<WebhookDeduplicator>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebhookEndpoint));

        return endpoints.MapPost(options.Webhook.LocalPath, async context =>
        {
            var given = Encoding.UTF8.GetBytes(context.Request.Headers[SecretHeader].ToString());
            if (secret.Length == 0 || !CryptographicOperations.FixedTimeEquals(given, secret))
            {
                logger.LogRejected(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            if (context.Request.ContentLength > MaxBodyBytes)
            {
                logger.LogRefusedBody(StatusCodes.Status413PayloadTooLarge, $"a body of {context.Request.ContentLength} bytes, over the limit of {MaxBodyBytes}");
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                // A chunked body has no length to check up front: Kestrel stops reading it at the limit.
                limit.MaxRequestBodySize = MaxBodyBytes;
            }

            Update? update;
            try
            {
                update = await JsonSerializer.DeserializeAsync(context.Request.Body, UpdateType, context.RequestAborted);
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                logger.LogRefusedBody(ex.StatusCode, $"a body over the limit of {MaxBodyBytes} bytes");
                context.Response.StatusCode = ex.StatusCode;
                return;
            }
            catch (JsonException ex)
            {
                // Telegram never sends a body that is not an update, so no real update is lost by refusing it.
                logger.LogRefusedBody(StatusCodes.Status400BadRequest, $"not an update: {ex.Message}");
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            if (update is null)
            {
                logger.LogRefusedBody(StatusCodes.Status400BadRequest, "not an update: the body is null");
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            if (await seen.FirstTimeAsync(update.Id, context.RequestAborted))
            {
                pipeline.Dispatch(update);
            }
        });
    }

    private static JsonTypeInfo<Update> CreateUpdateType()
    {
        var options = new JsonSerializerOptions(JsonBotAPI.Options) { TypeInfoResolver = JsonBotSerializerContext.Default };
        options.MakeReadOnly();
        return (JsonTypeInfo<Update>)options.GetTypeInfo(typeof(Update));
    }

    [LoggerMessage(EventId = 3401, Level = LogLevel.Warning, Message = "Webhook request from {Remote} without the right secret token: refused")]
    private static partial void LogRejected(this ILogger logger, string remote);

    [LoggerMessage(EventId = 3402, Level = LogLevel.Warning, Message = "Webhook request refused with {Status}: {Reason}. Telegram never sends such a request")]
    private static partial void LogRefusedBody(this ILogger logger, int status, string reason);
}
