using QuoteBot.Cli;
using QuoteBot.Testing;

namespace QuoteBot.Tests.Cli;

public sealed class VerbsTests
{
    [Theory]
    [Trait("Category", BotProcess.Category)]
    [InlineData("--help")]
    [InlineData("help")]
    [InlineData("-h")]
    public async Task Help_lists_every_verb(string flag)
    {
        var result = await BotProcess.RunAsync(string.Empty, null, flag);
        Assert.Equal(0, result.ExitCode);
        foreach (var verb in new[] { "run", "corpus import", "corpus validate", "health" })
        {
            Assert.Contains(verb, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unknown_verb_prints_usage_and_fails()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(2, Verbs.TryRun(["frobnicate"], stdout, stderr, out _));
        Assert.Contains("Unknown verb 'frobnicate'", stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], new string[0])]
    [InlineData(new[] { "run", "--Bot:DefaultLanguage=zh" }, new[] { "--Bot:DefaultLanguage=zh" })]
    [InlineData(new[] { "--Bot:DefaultLanguage=zh" }, new[] { "--Bot:DefaultLanguage=zh" })]
    public void Run_is_the_default_and_settings_pass_through(string[] args, string[] expected)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Null(Verbs.TryRun(args, stdout, stderr, out var hostArgs));
        Assert.Equal(expected, hostArgs);
    }

    [Fact]
    public void Health_fails_when_nothing_answers()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(1, Verbs.TryRun(["health", "http://127.0.0.1:1"], stdout, stderr, out _));
    }
}

[Trait("Category", BotProcess.Category)]
public sealed class HostVerbsTests
{
    [Fact]
    public async Task Digest_preview_shows_the_quote_of_the_day()
    {
        using var data = TempDirectory.Create("quotebot-preview");
        var result = await BotProcess.RunAsync(string.Empty, new Dictionary<string, string> { ["Bot__Storage__DataDirectory"] = data.Path }, "digest", "preview");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Quote of the day", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Sam Altman · Harvard Business School", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_register_without_discord_says_what_is_missing()
    {
        var result = await BotProcess.RunAsync(string.Empty, null, "commands", "register");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Discord is off", result.Stderr, StringComparison.Ordinal);
    }
}
