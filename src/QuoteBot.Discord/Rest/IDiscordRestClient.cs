using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Rest;

/// <summary>
/// The Discord REST calls the bot makes. Rate limits and safe retries are handled inside; a refusal surfaces as
/// <see cref="DiscordApiException"/>.
/// </summary>
public interface IDiscordRestClient
{
    /// <summary>
    /// <c>POST /interactions/{id}/{token}/callback</c>: answers an interaction, which Discord takes only within 3 seconds
    /// of <paramref name="receivedAt"/>. A 500/502/503/504 or a timeout is retried while a retry can still arrive in
    /// that window; a retry refused with 40060 (already acknowledged) means an earlier attempt arrived, and counts as done.
    /// </summary>
    Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, DateTimeOffset receivedAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>PATCH /webhooks/{application}/{token}/messages/@original</c>: edits the first response (e.g. after a
    /// deferral). Server errors and timeouts are retried while the token lives (15 minutes from <paramref name="receivedAt"/>).
    /// </summary>
    Task<DiscordMessage> EditOriginalResponseAsync(string interactionToken, WebhookMessage message, DateTimeOffset receivedAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /webhooks/{application}/{token}</c>: sends a follow-up message to an interaction. Server errors and
    /// timeouts are retried while the token lives (15 minutes from <paramref name="receivedAt"/>).
    /// </summary>
    Task<DiscordMessage> CreateFollowupMessageAsync(string interactionToken, WebhookMessage message, DateTimeOffset receivedAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /channels/{id}/messages</c>. A missing <see cref="MessageCreate.Nonce"/> is filled in, and the nonce is
    /// enforced, so a retry after a timeout cannot post the message twice.
    /// </summary>
    Task<DiscordMessage> CreateMessageAsync(string channelId, MessageCreate message, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /channels/{id}/pins/{message}</c>: pins a message in its channel (needs Manage Messages / Pin Messages).</summary>
    Task PinMessageAsync(string channelId, string messageId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /applications/{application}/commands</c>: the registered global commands.</summary>
    Task<IReadOnlyList<ApplicationCommand>> GetGlobalApplicationCommandsAsync(CancellationToken cancellationToken = default);

    /// <summary><c>GET /applications/{application}/guilds/{guild}/commands</c>: the registered commands of one guild.</summary>
    Task<IReadOnlyList<ApplicationCommand>> GetGuildApplicationCommandsAsync(string guildId, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /applications/{application}/commands</c>: replaces all global commands.</summary>
    Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalApplicationCommandsAsync(IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /applications/{application}/guilds/{guild}/commands</c>: replaces one guild's commands (instant, for testing).</summary>
    Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildApplicationCommandsAsync(string guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default);

    /// <summary><c>GET /gateway/bot</c>: gateway URL, recommended shards and session start limits.</summary>
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default);
}
