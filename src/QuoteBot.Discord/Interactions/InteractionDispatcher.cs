using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QuoteBot.Discord.Models;
using QuoteBot.Discord.Rest;

namespace QuoteBot.Discord.Interactions;

/// <summary>
/// The one place both transports hand interactions to: finds the <see cref="IDiscordInteractionHandler"/> (if the
/// command layer registered one) and, for the gateway, posts its response to the callback route.
/// </summary>
internal sealed class InteractionDispatcher(IServiceProvider services, IDiscordRestClient rest, InteractionCallbacks callbacks, ILogger<InteractionDispatcher> logger)
{
    /// <summary>The handler's response, or null when no handler is registered.</summary>
    public async ValueTask<InteractionResponse?> HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (interaction.Type == InteractionType.Ping)
        {
            return InteractionResponse.Pong();
        }

        var handler = services.GetService<IDiscordInteractionHandler>();
        if (handler is null)
        {
            logger.NoHandler(interaction.Type, interaction.Id);
            return null;
        }

        return await handler.HandleAsync(interaction, cancellationToken);
    }

    /// <summary>Gateway path: handles the interaction and posts the response; failures are logged, never thrown.</summary>
    public async Task HandleAndRespondAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var delivered = false;
        try
        {
            if (await HandleAsync(interaction, cancellationToken) is not { } response)
            {
                return;
            }

            try
            {
                await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, interaction.ReceivedAt, cancellationToken);
                delivered = true;
            }
            catch (Exception ex) when (ex is DiscordApiException or TimeoutException or HttpRequestException && !cancellationToken.IsCancellationRequested)
            {
                // Retried as long as it could still arrive in time; past that the user sees "The application did not respond".
                logger.AnswerNotDelivered(interaction.Type, interaction.Id, ex.Message);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            // One bad interaction must not take the gateway down.
            logger.HandlerFailed(interaction.Type, interaction.Id, ex);
        }
        finally
        {
            callbacks.Report(interaction.Id, delivered);
        }
    }
}
