using System.Buffers;
using System.Text.Json;

namespace QuoteBot.Fakes;

/// <summary>Reads one number off the top level of a JSON object without building a document: all a fake needs to know of most requests.</summary>
public static class JsonPeek
{
    /// <summary>The top-level property <paramref name="name"/> as an integer, or -1 when it is missing or not a number.</summary>
    public static int TopLevelInt32(ReadOnlySequence<byte> json, ReadOnlySpan<byte> name)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(name))
            {
                reader.Read();
                return reader.TokenType == JsonTokenType.Number ? reader.GetInt32() : -1;
            }

            if (reader.CurrentDepth >= 1 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        return -1;
    }
}
