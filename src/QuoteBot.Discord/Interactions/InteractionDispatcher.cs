using Microsoft.Extensions.Logging;
using QuoteBot.Discord.Commands;
using QuoteBot.Discord.Models;
using QuoteBot.Discord.Rest;

namespace QuoteBot.Discord.Interactions;

/// <summary>
/// The one place both transports hand interactions to, and the one that writes to Discord: it asks the
/// <see cref="IDiscordInteractionHandler"/> (when the command layer registered one) for the answer, posts it to the
/// callback route (gateway), and edits a deferral that reached Discord into the reply once that is ready.
/// </summary>
internal sealed class InteractionDispatcher(
    IDiscordRestClient rest,
    PendingReplies pending,
    ILogger<InteractionDispatcher> logger,
    IDiscordInteractionHandler? handler = null)
{
    /// <summary>The handler's answer, or null when no handler is registered.</summary>
    public async ValueTask<InteractionAnswer?> HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (interaction.Type == InteractionType.Ping)
        {
            return InteractionAnswer.Now(InteractionResponse.Pong());
        }

        if (handler is null)
        {
            logger.NoHandler(interaction.Type, interaction.Id);
            return null;
        }

        return await handler.HandleAsync(interaction, cancellationToken);
    }

    /// <summary>Gateway path: handles the interaction and posts the answer; failures are logged, never thrown.</summary>
    public async Task HandleAndRespondAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        InteractionAnswer? answer = null;
        var delivered = false;
        try
        {
            answer = await HandleAsync(interaction, cancellationToken);
            if (answer is null)
            {
                return;
            }

            try
            {
                await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, answer.Response, interaction.ReceivedAt, cancellationToken);
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
            FinishLater(interaction, answer, delivered);
        }
    }

    /// <summary>
    /// After the first answer: a deferral that reached Discord is edited into the reply when that is ready (shutdown
    /// waits for it); one that did not is dropped, since Discord would refuse every edit of it.
    /// </summary>
    public void FinishLater(Interaction interaction, InteractionAnswer? answer, bool delivered)
    {
        if (answer?.Later is not { } later)
        {
            return;
        }

        if (!delivered)
        {
            logger.DeferralLost(interaction.Id);
            return;
        }

        pending.Track(EditAsync(interaction, later));
    }

    private async Task EditAsync(Interaction interaction, Task<WebhookMessage> later)
    {
        try
        {
            var message = await later;
            await rest.EditOriginalResponseAsync(interaction.Token, message, interaction.ReceivedAt, CancellationToken.None);
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException or TimeoutException)
        {
            logger.EditFailed(interaction.Id, ex);
        }
    }
}
