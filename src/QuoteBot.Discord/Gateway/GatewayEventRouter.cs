using System.Text.Json;
using Microsoft.Extensions.Logging;
using QuoteBot.Discord.Interactions;
using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Gateway;

/// <summary>
/// Routes dispatches to the bot: INTERACTION_CREATE goes to the interaction dispatcher on the thread pool, so a
/// slow handler never holds up the receive loop (and with it heartbeat ACKs).
/// </summary>
internal sealed class GatewayEventRouter(InteractionDispatcher interactions, IEnumerable<IGatewayStatusObserver> observers, TimeProvider time, ILogger<GatewayEventRouter> logger) : IGatewayEventSink
{
    private readonly IGatewayStatusObserver[] _observers = [.. observers];

    private CancellationToken _stopping = CancellationToken.None;

    /// <summary>Cancels in-flight handlers when the gateway stops.</summary>
    public void StopWith(CancellationToken stopping) => _stopping = stopping;

    public void OnDispatch(int shardId, string eventName, JsonElement data)
    {
        if (eventName is "READY" or "RESUMED")
        {
            foreach (var observer in _observers)
            {
                observer.OnSessionReady(shardId, resumed: eventName == "RESUMED");
            }

            return;
        }

        if (eventName != GatewayFrame.InteractionCreate)
        {
            return;
        }

        Interaction? interaction;
        try
        {
            interaction = data.Deserialize(DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException ex)
        {
            logger.DispatchFailed(shardId, eventName, ex);
            return;
        }

        if (interaction is not null)
        {
            // Discord's 3 seconds run from here, whatever the thread pool makes of the handler's start.
            interaction.ReceivedAt = time.GetUtcNow();
            _ = Task.Run(() => interactions.HandleAndRespondAsync(interaction, _stopping), CancellationToken.None);
        }
    }

    public void OnDisconnected(int shardId, GatewayDisconnect outcome, GatewayReconnectAction next)
    {
        foreach (var observer in _observers)
        {
            observer.OnDisconnected(shardId, outcome.Reason.ToString(), next.ToString());
        }
    }
}
