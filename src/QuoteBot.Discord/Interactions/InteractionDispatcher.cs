using Microsoft.Extensions.Logging;
using QuoteBot.Core.Resilience;
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
    ILogger<InteractionDispatcher> logger,
    IDiscordInteractionHandler? handler = null)
{
    /// <summary>Deferred replies still to be edited in: shutdown waits for them.</summary>
    private readonly InFlightTasks _followUps = new();

    /// <summary>Waits for the deferred replies still being edited in, up to <paramref name="deadline"/> or the host's stop.</summary>
    public Task DrainAsync(TimeSpan deadline, TimeProvider time, CancellationToken cancellationToken) =>
        _followUps.DrainAsync(deadline, time, cancellationToken);

    /// <summary>The handler's answer (with any files moved to the edit that follows a deferral), or null when no handler is registered.</summary>
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

        // Files never ride in the first answer, on either transport (see WithoutFilesInBody).
        return (await handler.HandleAsync(interaction, cancellationToken)).WithoutFilesInBody();
    }

    /// <summary>Gateway path: handles the interaction and posts the answer; failures are logged, never thrown.</summary>
    public async Task HandleAndRespondAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        TaskCompletionSource<bool>? followUp = null;
        var delivered = false;
        try
        {
            if (await HandleAsync(interaction, cancellationToken) is not { } answer)
            {
                return;
            }

            followUp = FollowUp(interaction, answer);

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
            followUp?.TrySetResult(delivered);
        }
    }

    /// <summary>
    /// Starts the follow-up of a deferral before the deferral is sent, so that shutdown waits for it: once told the
    /// deferral was delivered, it edits the reply in when that is ready; a deferral that never arrived is dropped,
    /// since Discord would refuse every edit of it. Null when the answer needs no follow-up.
    /// </summary>
    public TaskCompletionSource<bool>? FollowUp(Interaction interaction, InteractionAnswer answer)
    {
        if (answer.Later is not { } later)
        {
            return null;
        }

        var delivered = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _followUps.Track(EditAsync(interaction, later, delivered.Task));
        return delivered;
    }

    private async Task EditAsync(Interaction interaction, Task<WebhookMessage> later, Task<bool> delivered)
    {
        if (!await delivered)
        {
            logger.DeferralLost(interaction.Id);
            return;
        }

        try
        {
            var message = await later;
            await rest.EditOriginalResponseAsync(interaction.Token, message, interaction.ReceivedAt, CancellationToken.None);
        }
#pragma warning disable CA1031 // Whatever failed (the reply, its rendering, the edit), it is logged: nobody else awaits this task.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.EditFailed(interaction.Id, ex);
        }
    }
}
