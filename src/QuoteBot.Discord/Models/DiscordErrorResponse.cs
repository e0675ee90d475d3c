using System.Text.Json;

namespace QuoteBot.Discord.Models;

/// <summary>The JSON body of a failed REST request.</summary>
public sealed class DiscordErrorResponse
{
    /// <summary>Discord JSON error code, e.g. 50013.</summary>
    public int? Code { get; init; }

    /// <summary>Human-readable message.</summary>
    public string? Message { get; init; }

    /// <summary>Field-level validation errors.</summary>
    public JsonElement? Errors { get; init; }
}

/// <summary>The JSON body of a 429 response.</summary>
public sealed class RateLimitResponse
{
    /// <summary>Seconds to wait before retrying.</summary>
    public double? RetryAfter { get; init; }

    /// <summary>Whether the global limit was hit.</summary>
    public bool? Global { get; init; }

    /// <summary>Human-readable message.</summary>
    public string? Message { get; init; }
}
