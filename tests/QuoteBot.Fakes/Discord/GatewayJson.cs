using System.Globalization;
using System.Text.Json;

namespace QuoteBot.Fakes.Discord;

/// <summary>
/// The gateway payloads the self-driven gateway (<see cref="FakeDiscord.Recording"/> off) writes straight to the socket
/// with <see cref="Utf8JsonWriter"/>, in the shapes the scripted gateway sends as text.
/// </summary>
internal static class GatewayJson
{
    public const string ApplicationId = "1234";
    public const string SessionId = "load-session";

    public static byte[] Hello(int heartbeatIntervalMs) =>
        System.Text.Encoding.UTF8.GetBytes($$"""{"op":10,"d":{"heartbeat_interval":{{heartbeatIntervalMs}}},"s":null,"t":null}""");

    /// <summary>The answer to <c>GET /gateway/bot</c>, for both modes.</summary>
    public static string GatewayBot(string url, int shards, int sessionStartsRemaining, int maxConcurrency) => $$$"""
        {"url":"{{{url}}}","shards":{{{shards}}},
         "session_start_limit":{"total":1000,"remaining":{{{sessionStartsRemaining}}},"reset_after":3600000,"max_concurrency":{{{maxConcurrency}}}}}
        """;

    public static void WriteHeartbeatAck(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("op"u8, 11);
        json.WriteEndObject();
    }

    /// <summary>READY, as <see cref="FakeGatewayConnection.SendReadyAsync"/> sends it.</summary>
    public static void WriteReady(Utf8JsonWriter json, long sequence, string resumeUrl)
    {
        WriteDispatchStart(json, sequence, "READY"u8);
        json.WriteNumber("v"u8, 10);
        json.WriteStartObject("user"u8);
        json.WriteString("id"u8, "42"u8);
        json.WriteString("username"u8, "quotebot"u8);
        json.WriteBoolean("bot"u8, true);
        json.WriteEndObject();
        json.WriteStartArray("guilds"u8);
        json.WriteEndArray();
        json.WriteString("session_id"u8, SessionId);
        json.WriteString("resume_gateway_url"u8, resumeUrl);
        json.WriteStartArray("shard"u8);
        json.WriteNumberValue(0);
        json.WriteNumberValue(1);
        json.WriteEndArray();
        json.WriteStartObject("application"u8);
        json.WriteString("id"u8, ApplicationId);
        json.WriteNumber("flags"u8, 0);
        json.WriteEndObject();
        WriteDispatchEnd(json);
    }

    public static void WriteResumed(Utf8JsonWriter json, long sequence)
    {
        WriteDispatchStart(json, sequence, "RESUMED"u8);
        WriteDispatchEnd(json);
    }

    /// <summary>
    /// INTERACTION_CREATE for <c>/topic topic:energy</c> or <c>/quote</c> in a guild; channel and member vary with the
    /// id, so the bot keeps state for many channels.
    /// </summary>
    public static void WriteCommandInteraction(Utf8JsonWriter json, long sequence, long id, bool topic)
    {
        WriteDispatchStart(json, sequence, "INTERACTION_CREATE"u8);
        Span<char> digits = stackalloc char[24];
        id.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        var idText = digits[..written];
        json.WriteString("id"u8, idText);
        json.WriteString("application_id"u8, ApplicationId);
        json.WriteNumber("type"u8, 2);
        json.WriteString("token"u8, string.Concat("aW50ZXJhY3Rpb246", idText, "OnRva2Vu"));
        json.WriteNumber("version"u8, 1);
        json.WriteString("guild_id"u8, "77"u8);
        json.WriteNumber("context"u8, 0);
        json.WritePropertyName("channel_id"u8);
        json.WriteStringValue((8_800_000 + (id % 1_000)).ToString(CultureInfo.InvariantCulture));
        json.WriteString("locale"u8, "en-US"u8);
        json.WriteString("guild_locale"u8, "en-US"u8);
        json.WriteString("app_permissions"u8, "2048"u8);
        json.WriteStartObject("member"u8);
        json.WriteStartObject("user"u8);
        json.WritePropertyName("id"u8);
        json.WriteStringValue((500_000 + (id % 5_000)).ToString(CultureInfo.InvariantCulture));
        json.WriteString("username"u8, "reader"u8);
        json.WriteEndObject();
        json.WriteString("permissions"u8, "2048"u8);
        json.WriteEndObject();
        WriteCommandData(json, topic);
        WriteDispatchEnd(json);
    }

    /// <summary>The <c>data</c> of <c>/topic topic:energy</c> or <c>/quote</c>.</summary>
    public static void WriteCommandData(Utf8JsonWriter json, bool topic)
    {
        json.WriteStartObject("data"u8);
        json.WriteString("id"u8, topic ? "301"u8 : "300"u8);
        json.WriteString("name"u8, topic ? "topic"u8 : "quote"u8);
        json.WriteNumber("type"u8, 1);
        json.WriteStartArray("options"u8);
        if (topic)
        {
            json.WriteStartObject();
            json.WriteString("name"u8, "topic"u8);
            json.WriteNumber("type"u8, 3);
            json.WriteString("value"u8, "energy"u8);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteDispatchStart(Utf8JsonWriter json, long sequence, ReadOnlySpan<byte> name)
    {
        json.WriteStartObject();
        json.WriteNumber("op"u8, 0);
        json.WriteNumber("s"u8, sequence);
        json.WriteString("t"u8, name);
        json.WriteStartObject("d"u8);
    }

    public static void WriteDispatchEnd(Utf8JsonWriter json)
    {
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
