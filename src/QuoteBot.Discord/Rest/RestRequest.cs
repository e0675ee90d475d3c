namespace QuoteBot.Discord.Rest;

/// <summary>A request ready to be sent, possibly more than once.</summary>
/// <param name="Route">Where it goes.</param>
/// <param name="Body">UTF-8 JSON body, kept as bytes so every attempt sends the same thing.</param>
/// <param name="SafeToRepeat">
/// Whether a 5xx or a timeout may be retried: reads, idempotent writes, and creates that carry an enforced nonce.
/// </param>
internal sealed record RestRequest(RestRoute Route, byte[]? Body, bool SafeToRepeat);
