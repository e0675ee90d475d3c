using System.Text;
using System.Text.Json;
using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Tests.Models;

public sealed class DiscordWireJsonTests
{
    [Fact]
    public void Chinese_text_is_written_as_UTF8_and_JSON_escapes_stay()
    {
        var response = InteractionResponse.Message(new InteractionCallbackData { Content = "智能的成本 \"quoted\" <b>" });

        var bytes = DiscordWireJson.ToUtf8Bytes(response, DiscordJsonContext.Default.InteractionResponse);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Contains("智能的成本", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        Assert.Contains("\\\"quoted\\\"", text, StringComparison.Ordinal);
        var parsed = JsonSerializer.Deserialize(bytes, DiscordJsonContext.Default.InteractionResponse)!;
        Assert.Equal("智能的成本 \"quoted\" <b>", parsed.Data!.Content);
    }

    [Fact]
    public void Each_call_gives_its_own_bytes()
    {
        var first = DiscordWireJson.ToUtf8Bytes(InteractionResponse.Message(new InteractionCallbackData { Content = "一" }), DiscordJsonContext.Default.InteractionResponse);
        var second = DiscordWireJson.ToUtf8Bytes(InteractionResponse.Message(new InteractionCallbackData { Content = "二二" }), DiscordJsonContext.Default.InteractionResponse);

        Assert.Contains("一", Encoding.UTF8.GetString(first), StringComparison.Ordinal);
        Assert.Contains("二二", Encoding.UTF8.GetString(second), StringComparison.Ordinal);
        Assert.DoesNotContain("二", Encoding.UTF8.GetString(first), StringComparison.Ordinal);
    }
}
