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
    /// This answer with no files in the first answer. The callback must arrive within 3 seconds in one short attempt,
    /// which a picture of a few hundred KB over a slow uplink can miss, and Discord documents no uploads in the body
    /// that answers its POST; so a message with files becomes a deferral (ephemeral if the message was), and the edit
    /// that follows at once uploads them, with the token's 15 minutes and retries. Any other answer is itself.
    /// </summary>
    public InteractionAnswer WithoutFilesInBody() => Response is { Type: InteractionCallbackType.ChannelMessageWithSource, Data: { Files.Count: > 0 } data }
        ? Deferred(
            // Flags may be null, and null & x is null, which != 0 would read as ephemeral.
            ((data.Flags ?? MessageFlags.None) & MessageFlags.Ephemeral) != 0,
            Task.FromResult(new WebhookMessage
            {
                Content = data.Content,
                Embeds = data.Embeds,
                Components = data.Components,
                Files = data.Files,
                AllowedMentions = data.AllowedMentions ?? AllowedMentions.None,
            }))
        : this;
}
