using System.Text.Json;

namespace QuoteBot.Fakes.Telegram;

/// <summary>
/// The Bot API's answers as the fake writes them, straight to the response with <see cref="Utf8JsonWriter"/>: the same
/// bytes whether the fake records every call (the tests) or nothing (the load tool), and cheap enough for the latter.
/// </summary>
internal static class BotApiJson
{
    /// <summary>getMe for the bot with <paramref name="token"/>: its id is the number the token starts with, as on Telegram.</summary>
    public static string GetMe(string token) =>
        $$$"""{"ok":true,"result":{"id":{{{BotId(token)}}},"is_bot":true,"first_name":"Quote Bot","username":"OurBot","can_join_groups":true,"can_read_all_group_messages":false,"supports_inline_queries":true}}""";

    /// <summary>The bot's id: the number its token starts with.</summary>
    public static long BotId(string token) => long.Parse(token.AsSpan(0, token.IndexOf(':', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A chat as <see cref="Updates.Chat"/> describes it: private for positive ids, a group or (from -1,000,000 down) a supergroup otherwise.</summary>
    public static void WriteChat(Utf8JsonWriter json, long chatId)
    {
        json.WriteStartObject("chat"u8);
        json.WriteNumber("id"u8, chatId);
        if (chatId > 0)
        {
            json.WriteString("type"u8, "private"u8);
            json.WriteString("first_name"u8, "Ada"u8);
        }
        else
        {
            json.WriteString("type"u8, chatId <= -1_000_000 ? "supergroup"u8 : "group"u8);
            json.WriteString("title"u8, "Readers"u8);
        }

        json.WriteEndObject();
    }

    /// <summary>The Message a sendMessage or editMessageText answers with.</summary>
    public static void WriteMessage(Utf8JsonWriter json, int messageId, long date, long chatId, string? text)
    {
        json.WriteStartObject();
        json.WriteBoolean("ok"u8, true);
        json.WriteStartObject("result"u8);
        json.WriteNumber("message_id"u8, messageId);
        json.WriteNumber("date"u8, date);
        WriteChat(json, chatId);
        if (text is not null)
        {
            json.WriteString("text"u8, text);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A message update carrying one command (<c>/quote</c>, <c>/topic energy</c> …) from user Ada in <paramref name="chatId"/>.</summary>
    public static void WriteCommandUpdate(Utf8JsonWriter json, int updateId, long chatId, string command)
    {
        json.WriteStartObject();
        json.WriteNumber("update_id"u8, updateId);
        json.WriteStartObject("message"u8);
        json.WriteNumber("message_id"u8, updateId);
        json.WriteNumber("date"u8, 1_764_000_000);
        WriteChat(json, chatId);
        json.WriteStartObject("from"u8);
        json.WriteNumber("id"u8, Math.Abs(chatId));
        json.WriteBoolean("is_bot"u8, false);
        json.WriteString("first_name"u8, "Ada"u8);
        json.WriteString("language_code"u8, "en"u8);
        json.WriteEndObject();
        var end = command.IndexOf(' ', StringComparison.Ordinal);
        WriteCommandText(json, command, end < 0 ? command.Length : end);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A command message's <c>text</c> and its one <c>bot_command</c> entity, <paramref name="length"/> long from the start.</summary>
    public static void WriteCommandText(Utf8JsonWriter json, string text, int length)
    {
        json.WriteString("text"u8, text);
        json.WriteStartArray("entities"u8);
        json.WriteStartObject();
        json.WriteString("type"u8, "bot_command"u8);
        json.WriteNumber("offset"u8, 0);
        json.WriteNumber("length"u8, length);
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
