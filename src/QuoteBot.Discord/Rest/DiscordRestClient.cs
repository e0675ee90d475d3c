using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Resilience;
using QuoteBot.Discord.Interactions;
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
        _pipeline = new DiscordRestPipeline(http, globalLimiter, buckets, invalidRequests, RetryBackoff(random.Random), time, logger);
    }

    /// <summary>REST retries of safe requests: 0.5 s doubling to 8 s, jittered.</summary>
    private static Backoff RetryBackoff(Random random) => new(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(8), random);

    public Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, DateTimeOffset receivedAt, CancellationToken cancellationToken = default) =>
        // Repeating is safe: if an earlier attempt arrived, Discord refuses the repeat with 40060, which counts as done.
        _pipeline.SendAsync(
            WithFiles(
                RestRoute.Create(HttpMethod.Post, "interactions/{interaction}/{token}/callback", interactionId, interactionToken),
                Serialize(response, DiscordJsonContext.Default.InteractionResponse),
                response.Data?.Files) with
            {
                Deadline = receivedAt + InteractionWindows.Answer,
                AttemptTimeout = InteractionWindows.AnswerAttemptTimeout,
                DoneIfRepeatRefusedWith = DiscordErrorCodes.InteractionAlreadyAcknowledged,
            },
            cancellationToken);

    public Task<DiscordMessage> EditOriginalResponseAsync(string interactionToken, WebhookMessage message, DateTimeOffset receivedAt, CancellationToken cancellationToken = default) =>
        // An edit sets the same content however often it is applied.
        SendWebhookMessageAsync(HttpMethod.Patch, "webhooks/{application}/{token}/messages/@original", interactionToken, message, receivedAt, cancellationToken);

    public Task<DiscordMessage> CreateFollowupMessageAsync(string interactionToken, WebhookMessage message, DateTimeOffset receivedAt, CancellationToken cancellationToken = default) =>
        // Webhook messages take no nonce: a follow-up whose answer was lost may show twice, which beats never.
        SendWebhookMessageAsync(HttpMethod.Post, "webhooks/{application}/{token}", interactionToken, message, receivedAt, cancellationToken);

    public Task<DiscordMessage> CreateMessageAsync(string channelId, MessageCreate message, CancellationToken cancellationToken = default)
    {
        // The nonce is fixed before the first attempt so every retry carries the same one.
        var withNonce = string.IsNullOrEmpty(message.Nonce) || !message.EnforceNonce
            ? CopyWithNonce(message)
            : message;
        var route = RestRoute.Create(HttpMethod.Post, "channels/{channel}/messages", channelId);
        return SendAsync(WithFiles(route, Serialize(withNonce, DiscordJsonContext.Default.MessageCreate), withNonce.Files), DiscordJsonContext.Default.DiscordMessage, cancellationToken);
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

    private async Task<DiscordMessage> SendWebhookMessageAsync(HttpMethod method, string template, string interactionToken, WebhookMessage message, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var route = RestRoute.Create(method, template, _applicationId, interactionToken);
        var request = WithFiles(route, Serialize(message, DiscordJsonContext.Default.WebhookMessage), message.Files) with
        {
            Deadline = receivedAt + InteractionWindows.Token,
        };
        return Deserialize(route, await _pipeline.SendAsync(request, cancellationToken), DiscordJsonContext.Default.DiscordMessage);
    }

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

    private Task<T> SendAsync<T>(RestRoute route, byte[]? body, bool safeToRepeat, JsonTypeInfo<T> responseType, CancellationToken cancellationToken) =>
        SendAsync(new RestRequest(route, body, safeToRepeat), responseType, cancellationToken);

    private async Task<T> SendAsync<T>(RestRequest request, JsonTypeInfo<T> responseType, CancellationToken cancellationToken) =>
        Deserialize(request.Route, await _pipeline.SendAsync(request, cancellationToken), responseType);

    /// <summary>
    /// A message write, safe to repeat: JSON alone, or with files the multipart form of an upload, encoded once so
    /// that every attempt sends the same bytes.
    /// </summary>
    private static RestRequest WithFiles(RestRoute route, byte[] json, IReadOnlyList<RestFile>? files)
    {
        if (files is not { Count: > 0 })
        {
            return new RestRequest(route, json, SafeToRepeat: true);
        }

        var (body, contentType) = MultipartBody.Encode(json, files);
        return new RestRequest(route, body, SafeToRepeat: true) { ContentType = contentType };
    }

    private static T Deserialize<T>(RestRoute route, byte[] response, JsonTypeInfo<T> responseType) =>
        JsonSerializer.Deserialize(response, responseType) ?? throw new JsonException($"{route.RouteKey} returned an empty body.");

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> type) => DiscordWireJson.ToUtf8Bytes(value, type);

    private static MessageCreate CopyWithNonce(MessageCreate message) => new()
    {
        Content = message.Content,
        Embeds = message.Embeds,
        Components = message.Components,
        AllowedMentions = message.AllowedMentions,
        Flags = message.Flags,
        Files = message.Files,
        // Discord caps nonces at 25 characters.
        Nonce = string.IsNullOrEmpty(message.Nonce) ? Guid.NewGuid().ToString("N")[..25] : message.Nonce,
        EnforceNonce = true,
    };
}
