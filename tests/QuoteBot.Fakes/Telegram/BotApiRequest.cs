using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuoteBot.Fakes.Telegram;

/// <summary>The parameters of a Bot API call that the fake itself acts on.</summary>
internal readonly record struct BotApiRequest(long ChatId, int Offset, int Limit, int Timeout)
{
    /// <summary>Read off a recorded call's parameters.</summary>
    public static BotApiRequest From(JsonObject body) => new(
        ApiCall.IdOf(body["chat_id"]),
        body["offset"]?.GetValue<int>() ?? 0,
        body["limit"]?.GetValue<int>() ?? 100,
        body["timeout"]?.GetValue<int>() ?? 0);

    /// <summary>Read straight off a JSON body with one pass of a reader, building no document.</summary>
    public static BotApiRequest Peek(ReadOnlySequence<byte> body)
    {
        long chatId = 0;
        int offset = 0, limit = 100, timeout = 0;
        if (body.IsEmpty)
        {
            return new(chatId, offset, limit, timeout);
        }

        var reader = new Utf8JsonReader(body);
        while (reader.Read())
        {
            if (reader.CurrentDepth != 1 || reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (reader.ValueTextEquals("chat_id"u8))
            {
                reader.Read();
                chatId = reader.TokenType == JsonTokenType.Number ? reader.GetInt64() : long.Parse(reader.GetString()!, CultureInfo.InvariantCulture);
            }
            else if (reader.ValueTextEquals("offset"u8))
            {
                reader.Read();
                offset = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("limit"u8))
            {
                reader.Read();
                limit = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("timeout"u8))
            {
                reader.Read();
                timeout = reader.GetInt32();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new(chatId, offset, limit, timeout);
    }
}
