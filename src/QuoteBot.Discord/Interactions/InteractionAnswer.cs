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
}
