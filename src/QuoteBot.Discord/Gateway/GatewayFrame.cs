using System.Text.Json;
using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Gateway;

/// <summary>
/// A received gateway message, parsed once: <c>op</c>, <c>s</c> and <c>t</c> read, <c>d</c> left as an element over
/// the receive buffer. Reading it as a <see cref="GatewayPayload"/> instead copies the bytes of <c>d</c> into a
/// document of their own for every dispatch. Valid until disposed, and only while the buffer it was parsed from
/// is not reused: the receive loop handles the frame before it receives the next one.
/// </summary>
internal readonly struct GatewayFrame : IDisposable
{
    /// <summary>The one dispatch the bot handles per command; named once, not read into a new string per frame.</summary>
    public const string InteractionCreate = "INTERACTION_CREATE";

    private readonly JsonDocument _document;

    private GatewayFrame(JsonDocument document, GatewayOpcode op, int? s, string? t, JsonElement? d)
    {
        _document = document;
        Op = op;
        S = s;
        T = t;
        D = d;
    }

    public GatewayOpcode Op { get; }

    public int? S { get; }

    public string? T { get; }

    public JsonElement? D { get; }

    /// <exception cref="JsonException">The message is not JSON, not an object, or has no numeric <c>op</c>.</exception>
    public static GatewayFrame Parse(ReadOnlyMemory<byte> message)
    {
        var document = JsonDocument.Parse(message);
        try
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("op"u8, out var op) || op.ValueKind != JsonValueKind.Number)
            {
                throw new JsonException("A gateway message without a numeric op.");
            }

            int? s = root.TryGetProperty("s"u8, out var seq) && seq.ValueKind == JsonValueKind.Number ? seq.GetInt32() : null;
            string? t = !root.TryGetProperty("t"u8, out var name) || name.ValueKind != JsonValueKind.String ? null
                : name.ValueEquals(InteractionCreate) ? InteractionCreate
                : name.GetString();
            JsonElement? d = root.TryGetProperty("d"u8, out var data) && data.ValueKind != JsonValueKind.Null ? data : null;
            return new GatewayFrame(document, (GatewayOpcode)op.GetInt32(), s, t, d);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    public void Dispose() => _document?.Dispose();
}
