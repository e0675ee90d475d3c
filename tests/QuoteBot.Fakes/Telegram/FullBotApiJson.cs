using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuoteBot.Fakes.Telegram;

/// <summary>
/// The Bot API's objects as Telegram writes them (<see cref="ResponseShape.Full"/>): users with their names, username,
/// language and premium flag, chats with their names or title, and the Message a send returns with the bot as
/// <c>from</c>, the text's entities and the echoed <c>reply_markup</c> and <c>link_preview_options</c>.
/// </summary>
internal static class FullBotApiJson
{
    public static void WriteChat(Utf8JsonWriter json, long chatId)
    {
        json.WriteStartObject("chat"u8);
        json.WriteNumber("id"u8, chatId);
        if (chatId > 0)
        {
            json.WriteString("first_name"u8, "Ada"u8);
            json.WriteString("last_name"u8, "Lovelace"u8);
            json.WriteString("username"u8, "ada_lovelace"u8);
            json.WriteString("type"u8, "private"u8);
        }
        else if (chatId <= -1_000_000)
        {
            json.WriteString("title"u8, "Readers of the Analytical Engine"u8);
            json.WriteString("username"u8, "analytical_readers"u8);
            json.WriteString("type"u8, "supergroup"u8);
        }
        else
        {
            json.WriteString("title"u8, "Readers of the Analytical Engine"u8);
            json.WriteString("type"u8, "group"u8);
            json.WriteBoolean("all_members_are_administrators"u8, false);
        }

        json.WriteEndObject();
    }

    public static void WriteUser(Utf8JsonWriter json, long userId)
    {
        json.WriteStartObject("from"u8);
        json.WriteNumber("id"u8, userId);
        json.WriteBoolean("is_bot"u8, false);
        json.WriteString("first_name"u8, "Ada"u8);
        json.WriteString("last_name"u8, "Lovelace"u8);
        json.WriteString("username"u8, "ada_lovelace"u8);
        json.WriteString("language_code"u8, "en"u8);
        json.WriteBoolean("is_premium"u8, true);
        json.WriteEndObject();
    }

    public static void WriteCommandUpdate(Utf8JsonWriter json, int updateId, long chatId, string command)
    {
        json.WriteStartObject();
        json.WriteNumber("update_id"u8, updateId);
        json.WriteStartObject("message"u8);
        json.WriteNumber("message_id"u8, updateId);
        WriteUser(json, Math.Abs(chatId));
        WriteChat(json, chatId);
        json.WriteNumber("date"u8, 1_764_000_000);
        // In a group Telegram gives the command with the bot's username, so the bot knows it is meant.
        var name = command.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? command[..space] : command;
        var text = chatId < 0 ? name + "@OurBot" + command[name.Length..] : command;
        BotApiJson.WriteCommandText(json, text, chatId < 0 ? name.Length + "@OurBot".Length : name.Length);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The Message a sendMessage or editMessageText with <paramref name="request"/> answers with, sent by the bot whose id is <paramref name="botId"/>.</summary>
    public static void WriteMessage(Utf8JsonWriter json, long botId, int messageId, long date, long chatId, JsonObject request)
    {
        json.WriteStartObject();
        json.WriteBoolean("ok"u8, true);
        json.WriteStartObject("result"u8);
        json.WriteNumber("message_id"u8, messageId);
        json.WriteStartObject("from"u8);
        json.WriteNumber("id"u8, botId);
        json.WriteBoolean("is_bot"u8, true);
        json.WriteString("first_name"u8, "Quote Bot"u8);
        json.WriteString("username"u8, "OurBot"u8);
        json.WriteEndObject();
        WriteChat(json, chatId);
        json.WriteNumber("date"u8, date);
        if (request["message_id"] is not null)
        {
            json.WriteNumber("edit_date"u8, date);
        }

        var sent = request["text"]?.GetValue<string>() ?? string.Empty;
        var html = string.Equals(request["parse_mode"]?.GetValue<string>(), "html", StringComparison.OrdinalIgnoreCase);
        var (text, entities) = html ? HtmlEntities.Parse(sent) : (sent, []);
        json.WriteString("text"u8, text);
        if (entities.Count > 0)
        {
            json.WriteStartArray("entities"u8);
            foreach (var entity in entities)
            {
                json.WriteStartObject();
                json.WriteNumber("offset"u8, entity.Offset);
                json.WriteNumber("length"u8, entity.Length);
                json.WriteString("type"u8, entity.Type);
                if (entity.Url is { } url)
                {
                    json.WriteString("url"u8, url);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        WriteEcho(json, "link_preview_options"u8, request["link_preview_options"]);
        WriteEcho(json, "reply_markup"u8, request["reply_markup"]);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>An object the request carried, as Telegram echoes it (a form field holds it as a JSON string).</summary>
    private static void WriteEcho(Utf8JsonWriter json, ReadOnlySpan<byte> name, JsonNode? value)
    {
        var node = value is JsonValue text && text.GetValueKind() == JsonValueKind.String ? JsonNode.Parse(text.GetValue<string>()) : value;
        if (node is JsonObject echoed)
        {
            json.WritePropertyName(name);
            echoed.WriteTo(json);
        }
    }
}
