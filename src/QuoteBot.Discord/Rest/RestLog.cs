using System.Net;
using Microsoft.Extensions.Logging;

namespace QuoteBot.Discord.Rest;

/// <summary>REST log events (2000–2099). Routes are logged as templates: concrete paths can hold interaction tokens.</summary>
internal static partial class RestLog
{
    [LoggerMessage(EventId = 5600, Level = LogLevel.Warning, Message = "Rate limited on {Route} (global: {Global}, scope: {Scope}); retrying in {RetryAfter}")]
    public static partial void RateLimited(this ILogger logger, string route, bool global, string? scope, TimeSpan retryAfter);

    [LoggerMessage(EventId = 5601, Level = LogLevel.Warning, Message = "{Route} failed with {Status}; retry {Attempt} in {Delay}")]
    public static partial void RetryingServerError(this ILogger logger, string route, HttpStatusCode status, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 5602, Level = LogLevel.Warning, Message = "{Route} did not complete; retry {Attempt} in {Delay}")]
    public static partial void RetryingTransportError(this ILogger logger, string route, int attempt, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 5603, Level = LogLevel.Debug, Message = "{Route} -> {Status}")]
    public static partial void Completed(this ILogger logger, RestRoute route, HttpStatusCode status);

    [LoggerMessage(EventId = 5604, Level = LogLevel.Warning, Message = "{Count} requests refused by Discord (401/403/429) in the last 10 minutes; Discord blocks the IP past {Ceiling}")]
    public static partial void ManyInvalidRequests(this ILogger logger, int count, int ceiling);

    [LoggerMessage(EventId = 5605, Level = LogLevel.Error, Message = "Discord rejected the bot token (401 on {Route}); check Bot:Discord:Token")]
    public static partial void Unauthorized(this ILogger logger, string route);

    [LoggerMessage(EventId = 5606, Level = LogLevel.Information, Message = "{Route}: a retry was refused with {Code}, so an earlier attempt had arrived; counted as done")]
    public static partial void EarlierAttemptLanded(this ILogger logger, string route, int code);
}
