namespace QuoteBot.Discord.Rest;

/// <summary>A request ready to be sent, possibly more than once.</summary>
/// <param name="Route">Where it goes.</param>
/// <param name="Body">
/// The body, kept as bytes so every attempt sends the same thing: UTF-8 JSON, or the whole multipart form of an upload
/// (<see cref="ContentType"/> then says so).
/// </param>
/// <param name="SafeToRepeat">
/// Whether a 5xx or a timeout may be retried: reads, idempotent writes, creates that carry an enforced nonce, and
/// interaction answers (Discord refuses a second one with 40060).
/// </param>
internal sealed record RestRequest(RestRoute Route, byte[]? Body, bool SafeToRepeat)
{
    /// <summary>
    /// When the request stops being worth anything (an interaction's answer window, its token's life). With a
    /// deadline, retries go on until the next one could not arrive in time, instead of stopping after a count.
    /// </summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>How long one attempt may take; <see cref="DiscordRestPipeline.AttemptTimeout"/> when not set.</summary>
    public TimeSpan? AttemptTimeout { get; init; }

    /// <summary>
    /// A Discord error code that, answered to a repeated attempt, means an earlier attempt did land (40060 for an
    /// interaction answer): the request counts as done.
    /// </summary>
    public int? DoneIfRepeatRefusedWith { get; init; }

    /// <summary>The body's <c>Content-Type</c> when it is not JSON: <c>multipart/form-data; boundary=…</c> for an upload.</summary>
    public string? ContentType { get; init; }
}
