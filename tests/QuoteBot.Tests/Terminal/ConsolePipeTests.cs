using QuoteBot.Testing;

namespace QuoteBot.Tests.Terminal;

[Trait("Category", BotProcess.Category)]
public sealed class ConsolePipeTests
{
    [Fact]
    public async Task Piping_topic_energy_prints_an_energy_quote_and_exits_0()
    {
        var result = await BotProcess.RunAsync("/topic energy\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("能源", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Sam Altman · Harvard Business School", result.Stdout, StringComparison.Ordinal);
        // Logs go to stderr and say which platforms are off and why; stdout holds only replies.
        Assert.Contains("Telegram off: no Telegram token", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Discord off: no Discord token", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("INF]", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_of_commands_answers_each_in_turn_in_chinese_when_asked()
    {
        var env = new Dictionary<string, string> { ["Bot__Console__Language"] = "zh" };
        var result = await BotProcess.RunAsync("/search 核聚变\ncontext\n/topic 不存在的话题\n\n/help\n", env);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("搜索：核聚变", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("弗莱彻", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("没有找到话题", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("/search <关键词>", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_corpus_stops_the_bot_with_one_line_naming_the_file()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json");
        var result = await BotProcess.RunAsync("/quote\n", new Dictionary<string, string> { ["Bot__CorpusPath"] = missing });

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("Corpus error:", StringComparison.Ordinal));
        Assert.Contains(missing, line, StringComparison.Ordinal);
        Assert.Contains("file not found", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public async Task A_broken_corpus_stops_the_bot_naming_the_json_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.json");
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "quotes.json"));
        await File.WriteAllTextAsync(path, json.Replace("\"id\": \"q02\"", "\"id\": \"q01\"", StringComparison.Ordinal));
        try
        {
            var result = await BotProcess.RunAsync("/quote\n", new Dictionary<string, string> { ["Bot__CorpusPath"] = path });
            Assert.Equal(3, result.ExitCode);
            Assert.Contains($"Corpus error: {path}: $.quotes[1].id: duplicate quote id 'q01'", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("Bot__TimeZone", "Mars/Olympus_Mons", "Bot:TimeZone must be an IANA time zone")]
    [InlineData("Bot__DefaultLanguage", "klingon", "Bot:DefaultLanguage must be 'en' or 'zh'")]
    [InlineData("Bot__Console__Mode", "maybe", "Bot:Console:Mode must be 'auto', 'on' or 'off'")]
    [InlineData("Bot__Cards__Theme", "sepia", "Bot:Cards:Theme must be one of light, dark (was 'sepia').")]
    [InlineData("Bot__Cards__Size", "16:9", "Bot:Cards:Size must be one of 4:5, 1:1 (was '16:9').")]
    public async Task A_bad_setting_stops_the_bot_with_one_clear_line(string key, string value, string message)
    {
        var result = await BotProcess.RunAsync("/quote\n", new Dictionary<string, string> { [key] = value });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"Configuration error: {message}", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }
}

[Trait("Category", BotProcess.Category)]
public sealed class JsonLogTests
{
    [Fact]
    public async Task Compact_json_logging_writes_one_json_object_per_line()
    {
        using var data = TempDirectory.Create("quotebot-json");
        var env = new Dictionary<string, string>
        {
            ["Bot__Logging__Format"] = "json",
            ["Bot__Storage__DataDirectory"] = data.Path,
        };
        var result = await BotProcess.RunAsync("/quote\n", env);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            Assert.True(json.RootElement.TryGetProperty("@t", out _));
        });
        Assert.Contains(lines, l => l.Contains("\"Platform\":\"Telegram\"", StringComparison.Ordinal));
        Assert.Contains("Sam Altman", result.Stdout, StringComparison.Ordinal);
    }
}
