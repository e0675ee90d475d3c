using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Interactions;

/// <summary>
/// Decides the answer to an interaction (slash command, autocomplete, button click). Implemented by the command
/// layer and injected into the interaction dispatcher, which writes the answer: the gateway posts it to the callback
/// route, the HTTP endpoint writes it as the response body. Discord waits 3 seconds for it: for slower work answer
/// <see cref="InteractionAnswer.Deferred"/> with the message to edit in later.
/// </summary>
public interface IDiscordInteractionHandler
{
    /// <summary>Builds the answer to <paramref name="interaction"/>.</summary>
    ValueTask<InteractionAnswer> HandleAsync(Interaction interaction, CancellationToken cancellationToken);
}
