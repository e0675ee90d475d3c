using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Interactions;

/// <summary>
/// What the bot answers an interaction with: the first answer (the callback, due within 3 seconds) and, when that
/// is a deferral, the message that replaces its "thinking…" once ready. The handler only decides; the interaction
/// dispatcher is the one that writes both to Discord.
/// </summary>
public sealed record InteractionAnswer(InteractionResponse Response)
{
    /// <summary>For a deferral: the message to edit in. It never fails: a reply that failed is an apology.</summary>
    public Task<WebhookMessage>? Later { get; init; }

    public static InteractionAnswer Now(InteractionResponse response) => new(response);

    /// <summary>"Thinking…" now (only to the user when <paramref name="ephemeral"/>), <paramref name="later"/> when ready.</summary>
    public static InteractionAnswer Deferred(bool ephemeral, Task<WebhookMessage> later) =>
        new(InteractionResponse.DeferredMessage(ephemeral)) { Later = later };

    /// <summary>
    /// This answer in a form that fits an HTTP response body. Discord documents uploads for the callback route and
    /// the webhook edits, not for the body that answers its POST, so a message with files becomes a deferral, and
    /// the edit that follows at once uploads them. Any other answer is itself.
    /// </summary>
    public InteractionAnswer WithoutFilesInBody() => Response is { Type: InteractionCallbackType.ChannelMessageWithSource, Data: { Files.Count: > 0 } data }
        ? Deferred(
            (data.Flags & MessageFlags.Ephemeral) != 0,
            Task.FromResult(new WebhookMessage { Content = data.Content, Embeds = data.Embeds, Components = data.Components, Files = data.Files }))
        : this;
}
