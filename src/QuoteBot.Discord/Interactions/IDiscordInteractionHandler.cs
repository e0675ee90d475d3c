using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Interactions;

/// <summary>
/// Answers interactions (slash commands, autocomplete, button clicks). Implemented by the command layer; the
/// gateway posts the returned response to the callback route, the HTTP endpoint writes it as the response body.
/// Discord waits 3 seconds for it: return <see cref="InteractionResponse.DeferredMessage"/> for slower work and
/// finish with <see cref="Rest.IDiscordRestClient.EditOriginalResponseAsync"/>.
/// </summary>
public interface IDiscordInteractionHandler
{
    /// <summary>Builds the response to <paramref name="interaction"/>.</summary>
    ValueTask<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken);
}
