using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuoteBot.Fakes.Discord;

/// <summary>
/// The message object Discord answers an edit of an interaction's response (<c>PATCH …/messages/@original</c>) or a
/// follow-up with (<see cref="ResponseShape.Full"/>): the sent content, embeds and components echoed, the application as
/// author, and the message fields Discord always includes.
/// </summary>
internal static class FullRestJson
{
    /// <summary><paramref name="body"/> is echoed when it is JSON (<paramref name="isJson"/>); a multipart upload's message is not read.</summary>
    public static void WriteMessage(Utf8JsonWriter json, ReadOnlySequence<byte> body, bool isJson, string channelId)
    {
        var sent = isJson && !body.IsEmpty ? JsonNode.Parse(body.ToArray()) as JsonObject : null;
        json.WriteStartObject();
        json.WriteNumber("type"u8, 20);
        json.WriteString("content"u8, sent?["content"]?.GetValue<string>() ?? string.Empty);
        json.WriteStartArray("mentions"u8);
        json.WriteEndArray();
        json.WriteStartArray("mention_roles"u8);
        json.WriteEndArray();
        json.WriteStartArray("attachments"u8);
        json.WriteEndArray();
        WriteArray(json, "embeds"u8, sent?["embeds"]);
        json.WriteString("timestamp"u8, "2026-11-30T20:00:00.000000+00:00"u8);
        json.WriteString("edited_timestamp"u8, "2026-11-30T20:00:00.500000+00:00"u8);
        json.WriteNumber("flags"u8, 0);
        WriteArray(json, "components"u8, sent?["components"]);
        json.WriteString("id"u8, "1312345678901234999"u8);
        json.WriteString("channel_id"u8, channelId);
        json.WriteStartObject("author"u8);
        json.WriteString("id"u8, GatewayJson.ApplicationId);
        json.WriteString("username"u8, "Quote Bot"u8);
        json.WriteNull("avatar"u8);
        json.WriteString("discriminator"u8, "0000"u8);
        json.WriteNumber("public_flags"u8, 524_288);
        json.WriteNumber("flags"u8, 524_288);
        json.WriteBoolean("bot"u8, true);
        json.WriteNull("global_name"u8);
        json.WriteEndObject();
        json.WriteBoolean("pinned"u8, false);
        json.WriteBoolean("mention_everyone"u8, false);
        json.WriteBoolean("tts"u8, false);
        json.WriteString("application_id"u8, GatewayJson.ApplicationId);
        json.WriteString("webhook_id"u8, GatewayJson.ApplicationId);
        json.WriteStartObject("interaction_metadata"u8);
        json.WriteString("id"u8, "1300000000000000001"u8);
        json.WriteNumber("type"u8, 2);
        json.WriteString("name"u8, "quote"u8);
        json.WriteNumber("command_type"u8, 1);
        json.WriteStartObject("authorizing_integration_owners"u8);
        json.WriteString("0"u8, "77"u8);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter json, ReadOnlySpan<byte> name, JsonNode? sent)
    {
        json.WritePropertyName(name);
        if (sent is JsonArray array)
        {
            array.WriteTo(json);
        }
        else
        {
            json.WriteStartArray();
            json.WriteEndArray();
        }
    }
}
