using System.Net;
using System.Text.Json;

namespace QuoteBot.Discord.Rest;

/// <summary>
/// A REST call Discord refused. Carries the HTTP status and Discord's JSON error code so callers can act
/// (drop a chat on <see cref="DiscordErrorCodes.UnknownChannel"/>, tell the admin on
/// <see cref="DiscordErrorCodes.MissingPermissions"/>) without parsing messages.
/// </summary>
public sealed class DiscordApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DiscordApiException(HttpStatusCode statusCode, int? errorCode, string route, string? discordMessage, JsonElement? errors = null)
        : base(Describe(statusCode, errorCode, route, discordMessage))
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Route = route;
        DiscordMessage = discordMessage;
        Errors = errors;
    }

    /// <summary>Parameterless constructor for serializers; prefer the full one.</summary>
    public DiscordApiException()
        : this(HttpStatusCode.InternalServerError, null, "", null)
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public DiscordApiException(string message)
        : base(message)
    {
        Route = "";
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public DiscordApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Route = "";
    }

    /// <summary>HTTP status of the response.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Discord JSON error code (see <see cref="DiscordErrorCodes"/>), if the body had one.</summary>
    public int? ErrorCode { get; }

    /// <summary>The route template, e.g. <c>POST channels/{channel}/messages</c> (never the concrete path, which may hold a token).</summary>
    public string Route { get; }

    /// <summary>Discord's own message.</summary>
    public string? DiscordMessage { get; }

    /// <summary>Field-level validation errors, for 50035 Invalid Form Body.</summary>
    public JsonElement? Errors { get; }

    /// <summary>401: the token is wrong or was reset.</summary>
    public bool IsUnauthorized => StatusCode == HttpStatusCode.Unauthorized;

    /// <summary>403: the bot may not do this here.</summary>
    public bool IsForbidden => StatusCode == HttpStatusCode.Forbidden;

    /// <summary>404: the resource is gone.</summary>
    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;

    /// <summary>50013: a permission is missing.</summary>
    public bool IsMissingPermissions => ErrorCode == DiscordErrorCodes.MissingPermissions;

    /// <summary>10003: the channel is unknown.</summary>
    public bool IsUnknownChannel => ErrorCode == DiscordErrorCodes.UnknownChannel;

    private static string Describe(HttpStatusCode status, int? code, string route, string? message) =>
        code is { } c
            ? $"Discord refused {route}: HTTP {(int)status}, error {c}: {message}"
            : $"Discord refused {route}: HTTP {(int)status}: {message}";
}
