using Microsoft.Extensions.DependencyInjection;
using QuoteBot.Core.Commands;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Telegram.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Telegram.Tests.Receiving;

/// <summary>A command added to the core alone (registered here, no Telegram code) is in the menu, answered, and its button works.</summary>
public sealed class CoreCommandTests : IAsyncLifetime
{
    private TelegramBotHarness _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await TelegramBotHarness.StartAsync(services: s => s.AddSingleton<ICommandHandler, EchoCommand>());

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_command_registered_only_in_the_core_is_in_the_menu_in_both_languages()
    {
        static string? Language(ApiCall call) => call.Body["language_code"]?.GetValue<string>();
        static string? Scope(ApiCall call) => call.Body["scope"]?["type"]?.GetValue<string>();
        var english = await _bot.Api.WaitForCallAsync(c => c.Method == "setMyCommands" && Language(c) is null && Scope(c) == "default");
        var chinese = await _bot.Api.WaitForCallAsync(c => c.Method == "setMyCommands" && Language(c) == "zh" && Scope(c) == "default");

        var echo = english.Body["commands"]!.AsArray().Single(c => c!["command"]!.GetValue<string>() == EchoCommand.Name)!;
        Assert.Equal("says your words back, e.g. /echo hello", echo["description"]!.GetValue<string>());
        var zh = chinese.Body["commands"]!.AsArray().Single(c => c!["command"]!.GetValue<string>() == EchoCommand.Name)!;
        Assert.Equal("重复你的话，例如 /echo 你好", zh["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_command_registered_only_in_the_core_is_answered_listed_in_help_and_its_button_answered()
    {
        _bot.Api.Enqueue(Updates.Message("/echo hello"));
        var sent = await _bot.Api.WaitForSendAsync();
        Assert.Contains("echo: hello", TelegramHtmlCheck.AssertValid(sent.Text), StringComparison.Ordinal);
        var button = sent.Body["reply_markup"]!["inline_keyboard"]![0]![0]!;
        Assert.Equal("/echo hello", button["callback_data"]!.GetValue<string>());

        _bot.Api.Enqueue(Updates.Callback("/echo hello", id: "echo-press"));
        var again = await _bot.Api.WaitForSendAsync(count: 2);
        Assert.Contains("echo: hello", again.Text, StringComparison.Ordinal);
        var answer = await _bot.Api.WaitForCallAsync(c => c.Method == "answerCallbackQuery" && c.Body["callback_query_id"]!.GetValue<string>() == "echo-press");
        Assert.Null(answer.Body["text"]);

        _bot.Api.Enqueue(Updates.Message("/help"));
        var help = await _bot.Api.WaitForSendAsync(count: 3);
        Assert.Contains("/echo &lt;text&gt;", help.Text, StringComparison.Ordinal);
    }
}
