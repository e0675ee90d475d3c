using Microsoft.Extensions.Logging;
using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Interactions;

/// <summary>
/// Interaction log events (5300–5399, and the deferred-reply events 5103–5104, kept from when the command layer wrote
/// the edits). Interaction tokens are never logged.
/// </summary>
internal static partial class InteractionLog
{
    [LoggerMessage(EventId = 5300, Level = LogLevel.Debug, Message = "No IDiscordInteractionHandler registered: ignoring {Type} interaction {InteractionId}")]
    public static partial void NoHandler(this ILogger logger, InteractionType type, string interactionId);

    [LoggerMessage(EventId = 5301, Level = LogLevel.Error, Message = "Handling {Type} interaction {InteractionId} failed")]
    public static partial void HandlerFailed(this ILogger logger, InteractionType type, string interactionId, Exception exception);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Information, Message = "Interactions endpoint refused a request: {Reason}")]
    public static partial void Refused(this ILogger logger, string reason);

    [LoggerMessage(EventId = 5303, Level = LogLevel.Warning, Message = "A signed interaction could not be decoded")]
    public static partial void Undecodable(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5304, Level = LogLevel.Error, Message = "The answer to {Type} interaction {InteractionId} did not reach Discord within its 3 seconds ({Reason}); the user sees that the application did not respond")]
    public static partial void AnswerNotDelivered(this ILogger logger, InteractionType type, string interactionId, string reason);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information, Message = "The deferral of interaction {InteractionId} never reached Discord: the reply is dropped, not edited in")]
    public static partial void DeferralLost(this ILogger logger, string interactionId);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "Editing the deferred reply to interaction {InteractionId} failed")]
    public static partial void EditFailed(this ILogger logger, string interactionId, Exception exception);
}
