using QuoteBot.Testing;

namespace QuoteBot.Tests.ProcessModes;

/// <summary>The console, as the README runs it (no token), with health on as an operator would watch it.</summary>
[Trait("Category", BotProcess.Category)]
public sealed class ConsoleModeTests
{
    [Fact]
    public async Task The_console_answers_topic_energy_shows_ready_and_exits_0_on_sigterm()
    {
        using var data = TempDirectory.Create("quotebot-matrix");
        await using var bot = RunningBot.Start(ProcessEnvironment.Base(data).With(new() { ["Bot__Health__Enabled"] = "true" }));
        await bot.Stdin.WriteLineAsync("/topic energy");
        await bot.Stdin.FlushAsync();

        var replies = await bot.StdoutContainsAsync("Sam Altman · Harvard Business School");
        Assert.Contains("Energy", replies, StringComparison.Ordinal);
        Assert.Contains("\"corpus\":{\"ready\":true", await bot.ReadyAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.StopAsync());
    }

    [Fact]
    public async Task Nothing_to_do_stops_the_bot_with_exit_code_2_and_one_line_naming_the_settings()
    {
        // The container's own settings, without a token.
        using var data = TempDirectory.Create("quotebot-matrix");
        var result = await BotProcess.RunAsync(string.Empty, ProcessEnvironment.Base(data).With(new()
        {
            ["Bot__Console__Mode"] = "off",
            ["Bot__Health__Enabled"] = "true",
        }));

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Configuration error: nothing to do:", line, StringComparison.Ordinal);
        Assert.Contains("Bot:Telegram:Token", line, StringComparison.Ordinal);
        Assert.Contains("Bot:Discord:Token", line, StringComparison.Ordinal);
        Assert.Contains("Bot:Console:Mode", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }
}
