using System.Globalization;
using System.Text.Json;

namespace QuoteBot.Fakes.Discord;

/// <summary>
/// INTERACTION_CREATE as Discord sends it for a guild slash command (<see cref="ResponseShape.Full"/>): the guild, the
/// channel with its permissions, the member with the whole user, entitlements, integration owners, context and the
/// attachment limit, and a token of the length Discord's have. The ids the bot keys on are those of the lean shape.
/// </summary>
internal static class FullGatewayJson
{
    // Discord's interaction tokens are about 200 characters: "interaction:<id>:" in base64 and a signature.
    private const string TokenTail =
        "OkpRcUt4dVZ3Y3N6b0hNNnRCeVdSVWxYZ0RjT0pQZ1FwbW5rRlZ0dWJIRW9hWUdxR2x5c0Jja2RtWmRsTkNyY3VhbXFyVm1iT3JQY0ZnZFR5eXlHQjNBa3R6dHFhQjVpZ2J5U0ZtZnVHb3VsNWFIQ3BxdlRwZlJtR1FySWtHZWM";

    public static void WriteCommandInteraction(Utf8JsonWriter json, long sequence, long id, bool topic)
    {
        GatewayJson.WriteDispatchStart(json, sequence, "INTERACTION_CREATE"u8);
        var idText = id.ToString(CultureInfo.InvariantCulture);
        var channel = (8_800_000 + (id % 1_000)).ToString(CultureInfo.InvariantCulture);
        var user = (500_000 + (id % 5_000)).ToString(CultureInfo.InvariantCulture);
        json.WriteNumber("type"u8, 2);
        json.WriteString("token"u8, string.Concat("aW50ZXJhY3Rpb246", Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(idText)), TokenTail));
        json.WriteStartObject("member"u8);
        json.WriteStartObject("user"u8);
        json.WriteString("username"u8, "ada.lovelace"u8);
        json.WriteNumber("public_flags"u8, 64);
        json.WriteNumber("flags"u8, 64);
        json.WriteString("id"u8, user);
        json.WriteString("global_name"u8, "Ada Lovelace"u8);
        json.WriteString("discriminator"u8, "0"u8);
        json.WriteNull("clan"u8);
        json.WriteNull("primary_guild"u8);
        json.WriteNull("collectibles"u8);
        json.WriteNull("display_name_styles"u8);
        json.WriteNull("avatar_decoration_data"u8);
        json.WriteString("avatar"u8, "a_1f0e3dad99908345f7439f8ffabdffc4"u8);
        json.WriteEndObject();
        json.WriteNull("unusual_dm_activity_until"u8);
        json.WriteStartArray("roles"u8);
        json.WriteStringValue("1186030148394143826"u8);
        json.WriteStringValue("1186030148394143827"u8);
        json.WriteEndArray();
        json.WriteNull("premium_since"u8);
        json.WriteString("permissions"u8, "2248473465835073"u8);
        json.WriteBoolean("pending"u8, false);
        json.WriteNull("nick"u8);
        json.WriteBoolean("mute"u8, false);
        json.WriteString("joined_at"u8, "2024-03-14T09:26:53.589000+00:00"u8);
        json.WriteNumber("flags"u8, 0);
        json.WriteBoolean("deaf"u8, false);
        json.WriteNull("communication_disabled_until"u8);
        json.WriteNull("banner"u8);
        json.WriteNull("avatar"u8);
        json.WriteEndObject();
        json.WriteString("locale"u8, "en-US"u8);
        json.WriteString("id"u8, idText);
        json.WriteString("guild_locale"u8, "en-US"u8);
        json.WriteStartObject("guild"u8);
        json.WriteString("locale"u8, "en-US"u8);
        json.WriteString("id"u8, "77"u8);
        json.WriteStartArray("features"u8);
        json.WriteStringValue("COMMUNITY"u8);
        json.WriteStringValue("NEWS"u8);
        json.WriteStringValue("GUILD_ONBOARDING"u8);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteString("guild_id"u8, "77"u8);
        json.WriteStartArray("entitlements"u8);
        json.WriteEndArray();
        GatewayJson.WriteCommandData(json, topic);
        json.WriteNumber("context"u8, 0);
        json.WriteStartObject("channel"u8);
        json.WriteNumber("type"u8, 0);
        json.WriteNull("topic"u8);
        json.WriteNumber("rate_limit_per_user"u8, 0);
        json.WriteNumber("position"u8, 3);
        json.WriteString("permissions"u8, "2248473465835073"u8);
        json.WriteString("parent_id"u8, "1186030148394143800"u8);
        json.WriteBoolean("nsfw"u8, false);
        json.WriteString("name"u8, "quotes"u8);
        json.WriteString("last_message_id"u8, "1312345678901234567"u8);
        json.WriteString("id"u8, channel);
        json.WriteString("guild_id"u8, "77"u8);
        json.WriteNumber("flags"u8, 0);
        json.WriteEndObject();
        json.WriteString("channel_id"u8, channel);
        json.WriteNumber("attachment_size_limit"u8, 10_485_760);
        json.WriteString("application_id"u8, GatewayJson.ApplicationId);
        json.WriteString("app_permissions"u8, "2248473465835073"u8);
        json.WriteStartObject("authorizing_integration_owners"u8);
        json.WriteString("0"u8, "77"u8);
        json.WriteEndObject();
        json.WriteNumber("version"u8, 1);
        GatewayJson.WriteDispatchEnd(json);
    }
}
