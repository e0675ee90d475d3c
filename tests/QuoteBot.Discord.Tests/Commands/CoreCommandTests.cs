using System.Text.Json;
using System.Text.Json.Nodes;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Discord.Tests.Commands;

/// <summary>A command added to the core alone (registered here, no Discord code) is a slash command, answered, and its button works.</summary>
public sealed class CoreCommandTests
{
    private const int Overwritten = 5002;

    [Fact]
    public async Task A_command_registered_only_in_the_core_is_registered_as_a_slash_command_with_its_chinese_names()
    {
        await using var bot = await DiscordBotHarness.StartAsync(
            new() { ["Serilog:MinimumLevel:Default"] = "Information" },
            extraHandlers: [new EchoCommand()],
            connectGateway: false);
        await bot.Logs.WaitForAsync(Overwritten);

        var put = Assert.Single(bot.Fake.RequestsTo("applications/1234/commands"), r => r.Method == "PUT");
        var sent = JsonNode.Parse(put.Body)!.AsArray();
        // The core's commands in the order they were registered (the test's own first), then Discord's /daily.
        var names = sent.Select(c => c!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["echo", "quote", "topic", "context", "search", "today", "card", "sources", "help", "daily"], names);
        var echo = sent.Single(c => c!["name"]!.GetValue<string>() == EchoCommand.Name)!;
        Assert.Equal("回声", echo["name_localizations"]!["zh-CN"]!.GetValue<string>());
        Assert.Equal("Says your words back", echo["description"]!.GetValue<string>());
        Assert.Equal("重复你的话", echo["description_localizations"]!["zh-CN"]!.GetValue<string>());
        Assert.Equal("[0,1]", echo["contexts"]!.ToJsonString());
        var option = echo["options"]![0]!;
        Assert.Equal("text", option["name"]!.GetValue<string>());
        Assert.Equal("内容", option["name_localizations"]!["zh-CN"]!.GetValue<string>());
        Assert.True(option["required"]!.GetValue<bool>());
        Assert.False(option["autocomplete"]!.GetValue<bool>());
        Assert.Equal(200, option["max_length"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_command_registered_only_in_the_core_is_answered_over_the_gateway_and_its_button_too()
    {
        await using var bot = await DiscordBotHarness.StartAsync(extraHandlers: [new EchoCommand()]);

        var answer = await bot.InteractAsync(Interactions.Command(EchoCommand.Name, "text", "hello"));
        Assert.Equal(4, answer.GetProperty("type").GetInt32());
        var data = answer.GetProperty("data");
        Assert.Contains("echo: hello", data.GetRawText(), StringComparison.Ordinal);
        var button = data.GetProperty("components")[0].GetProperty("components")[0];
        Assert.Equal("qb:/echo hello", button.GetProperty("custom_id").GetString());

        var pressed = await bot.InteractAsync(Interactions.Button("qb:/echo hello"));
        Assert.Equal(4, pressed.GetProperty("type").GetInt32());
        Assert.Contains("echo: hello", pressed.GetProperty("data").GetRawText(), StringComparison.Ordinal);
        Assert.False(pressed.GetProperty("data").TryGetProperty("flags", out var flags) && flags.ValueKind == JsonValueKind.Number && (flags.GetInt32() & 64) != 0);
    }
}
