using System.Text;
using System.Text.Json;
using QuoteBot.Testing;

namespace QuoteBot.Tests.Terminal;

/// <summary>The bot runs with invariant globalization (no ICU) and still reads full-width and compatibility input.</summary>
[Trait("Category", BotProcess.Category)]
public sealed class ConsoleWithoutIcuTests
{
    [Fact]
    public async Task Full_width_and_compatibility_topics_are_understood_by_a_bot_that_loads_no_icu()
    {
        using var process = BotProcess.Start();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync("/topic ＥＮＥＲＧＹ\n/topic ｅｎｅｒｇｙ\n");
        await process.StandardInput.FlushAsync();

        using var guard = new CancellationTokenSource(WaitUntil.Guard);
        var stdout = new StringBuilder();
        var answers = 0;
        while (answers < 2 && await process.StandardOutput.ReadLineAsync(guard.Token) is { } line)
        {
            stdout.AppendLine(line);
            answers += line.Contains("Sam Altman · Harvard Business School", StringComparison.Ordinal) ? 1 : 0;
        }

        // Read while the bot is alive and has answered: a bot with ICU has it mapped by now.
        var maps = await File.ReadAllTextAsync($"/proc/{process.Id}/maps", guard.Token);
        process.StandardInput.Close();
        await process.WaitForExitAsync(guard.Token);

        Assert.True(answers == 2, $"two energy answers expected:\n{stdout}\n{await stderr}");
        Assert.DoesNotContain("I don't know the topic", stdout.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("libicu", maps, StringComparison.Ordinal);
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public void The_framework_dependent_build_asks_the_runtime_for_invariant_globalization()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "QuoteBot.runtimeconfig.json")));

        var options = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(options.GetProperty("System.Globalization.Invariant").GetBoolean());
    }
}
