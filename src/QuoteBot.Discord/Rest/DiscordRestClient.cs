using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Discord.Models;
using QuoteBot.Discord.Resilience;
using QuoteBot.Discord.Rest.RateLimits;

namespace QuoteBot.Discord.Rest;

/// <summary>The typed <see cref="HttpClient"/> behind <see cref="IDiscordRestClient"/>.</summary>
internal sealed class DiscordRestClient : IDiscordRestClient
{
    private readonly DiscordRestPipeline _pipeline;
    private readonly string _applicationId;

    public DiscordRestClient(
        HttpClient http,
        GlobalRateLimiter globalLimiter,
        RouteBucketRegistry buckets,
        InvalidRequestMonitor invalidRequests,
        DiscordRandom random,
        TimeProvider time,
        IOptions<DiscordOptions> options,
        ILogger<DiscordRestClient> logger)
    {
        _applicationId = options.Value.ApplicationId;
        _pipeline = new DiscordRestPipeline(http, globalLimiter, buckets, invalidRequests, ExponentialBackoff.ForRest(random.Random), time, logger);
    }

    public Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken = default) =>
        // Not repeated on a 5xx: the interaction may already be answered, and a second answer is refused anyway.
        SendAsync(
            RestRoute.Create(HttpMethod.Post, "interactions/{interaction}/{token}/callback", interactionId, interactionToken),
            Serialize(response, DiscordJsonContext.Default.InteractionResponse),
            safeToRepeat: false,
            cancellationToken);

    public Task<DiscordMessage> EditOriginalResponseAsync(string interactionToken, WebhookMessage message, CancellationToken cancellationToken = default) =>
        // An edit sets the same content however often it is applied.
        SendWebhookMessageAsync(HttpMethod.Patch, "webhooks/{application}/{token}/messages/@original", interactionToken, message, safeToRepeat: true, cancellationToken);

    public Task<DiscordMessage> CreateFollowupMessageAsync(string interactionToken, WebhookMessage message, CancellationToken cancellationToken = default) =>
        // Webhook messages take no enforced nonce, so a repeat could post twice.
        SendWebhookMessageAsync(HttpMethod.Post, "webhooks/{application}/{token}", interactionToken, message, safeToRepeat: false, cancellationToken);

    public Task<DiscordMessage> CreateMessageAsync(string channelId, MessageCreate message, CancellationToken cancellationToken = default)
    {
        // The nonce is fixed before the first attempt so every retry carries the same one.
        var withNonce = string.IsNullOrEmpty(message.Nonce) || !message.EnforceNonce
            ? CopyWithNonce(message)
            : message;
        return SendAsync(
            RestRoute.Create(HttpMethod.Post, "channels/{channel}/messages", channelId),
            Serialize(withNonce, DiscordJsonContext.Default.MessageCreate),
            safeToRepeat: true,
            DiscordJsonContext.Default.DiscordMessage,
            cancellationToken);
    }

    public Task PinMessageAsync(string channelId, string messageId, CancellationToken cancellationToken = default) =>
        // Pinning a pinned message changes nothing, so a repeat is harmless.
        SendAsync(RestRoute.Create(HttpMethod.Put, "channels/{channel}/pins/{message}", channelId, messageId), body: null, safeToRepeat: true, cancellationToken);

    public Task<IReadOnlyList<ApplicationCommand>> GetGlobalApplicationCommandsAsync(CancellationToken cancellationToken = default) =>
        SendCommandsAsync(RestRoute.Create(HttpMethod.Get, "applications/{application}/commands", _applicationId), commands: null, cancellationToken);

    public Task<IReadOnlyList<ApplicationCommand>> GetGuildApplicationCommandsAsync(string guildId, CancellationToken cancellationToken = default) =>
        SendCommandsAsync(RestRoute.Create(HttpMethod.Get, "applications/{application}/guilds/{guild}/commands", _applicationId, guildId), commands: null, cancellationToken);

    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalApplicationCommandsAsync(IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default) =>
        SendCommandsAsync(RestRoute.Create(HttpMethod.Put, "applications/{application}/commands", _applicationId), commands, cancellationToken);

    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildApplicationCommandsAsync(string guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default) =>
        SendCommandsAsync(RestRoute.Create(HttpMethod.Put, "applications/{application}/guilds/{guild}/commands", _applicationId, guildId), commands, cancellationToken);

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default) =>
        SendAsync(RestRoute.Create(HttpMethod.Get, "gateway/bot"), body: null, safeToRepeat: true, DiscordJsonContext.Default.GatewayBotInfo, cancellationToken);

    private Task<DiscordMessage> SendWebhookMessageAsync(HttpMethod method, string template, string interactionToken, WebhookMessage message, bool safeToRepeat, CancellationToken cancellationToken) =>
        SendAsync(
            RestRoute.Create(method, template, _applicationId, interactionToken),
            Serialize(message, DiscordJsonContext.Default.WebhookMessage),
            safeToRepeat,
            DiscordJsonContext.Default.DiscordMessage,
            cancellationToken);

    /// <summary>Reads (GET) or overwrites (PUT) a command list; both are safe to repeat, a PUT being a full replacement.</summary>
    private Task<IReadOnlyList<ApplicationCommand>> SendCommandsAsync(RestRoute route, IReadOnlyList<ApplicationCommandDefinition>? commands, CancellationToken cancellationToken) =>
        SendAsync(
            route,
            commands is null ? null : Serialize(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommandDefinition),
            safeToRepeat: true,
            DiscordJsonContext.Default.IReadOnlyListApplicationCommand,
            cancellationToken);

    private async Task SendAsync(RestRoute route, byte[]? body, bool safeToRepeat, CancellationToken cancellationToken) =>
        await _pipeline.SendAsync(new RestRequest(route, body, safeToRepeat), cancellationToken);

    private async Task<T> SendAsync<T>(RestRoute route, byte[]? body, bool safeToRepeat, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        var response = await _pipeline.SendAsync(new RestRequest(route, body, safeToRepeat), cancellationToken);
        return JsonSerializer.Deserialize(response, responseType)
            ?? throw new JsonException($"{route.RouteKey} returned an empty body.");
    }

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.SerializeToUtf8Bytes(value, type);

    private static MessageCreate CopyWithNonce(MessageCreate message) => new()
    {
        Content = message.Content,
        Embeds = message.Embeds,
        Components = message.Components,
        AllowedMentions = message.AllowedMentions,
        Flags = message.Flags,
        // Discord caps nonces at 25 characters.
        Nonce = string.IsNullOrEmpty(message.Nonce) ? Guid.NewGuid().ToString("N")[..25] : message.Nonce,
        EnforceNonce = true,
    };
}
