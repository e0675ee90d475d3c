using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace QuoteBot.Discord.Tests.Models;

internal static class JsonAssert
{
    /// <summary>Serializes with the source-generated metadata and compares as JSON (property order aside).</summary>
    public static void Serializes<T>(string expected, T value, JsonTypeInfo<T> type)
    {
        var actual = JsonSerializer.Serialize(value, type);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}\nActual   {actual}");
    }
}
