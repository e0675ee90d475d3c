using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Discord.Tests.Commands;

/// <summary>The bot as a real process against the fake Discord: the command-line verb and what stops it at start.</summary>
[Trait("Category", BotProcess.Category)]
public sealed class ProcessTests : IDisposable
{
    private readonly TempDirectory _data = TempDirectory.Create("quotebot-discord-process");

    public void Dispose() => _data.Dispose();

    private Dictionary<string, string> Environment(FakeDiscord fake) => new()
    {
        ["Bot__Discord__Token"] = DiscordTestHost.Token,
        ["Bot__Discord__ApplicationId"] = "1234",
        ["Bot__Discord__ApiBaseUrl"] = fake.ApiBaseUrl,
        ["Bot__Http__Urls"] = "http://127.0.0.1:0",
        ["Bot__Storage__DataDirectory"] = _data.Path,
    };

    [Fact]
    public async Task Commands_register_overwrites_the_set_once_and_then_finds_it_up_to_date()
    {
        await using var fake = await FakeDiscord.StartAsync(TimeProvider.System);
        var first = await BotProcess.RunAsync(string.Empty, Environment(fake), "commands", "register");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Discord commands registered (9 commands)", first.Stdout, StringComparison.Ordinal);
        Assert.Single(fake.Requests, r => r.Method == "PUT");
        Assert.Empty(fake.Connections);
    }

    [Fact]
    public async Task A_refused_token_stops_the_bot_with_one_line_and_exit_code_10()
    {
        await using var fake = await FakeDiscord.StartAsync(TimeProvider.System);
        fake.Enqueue("GET", "gateway/bot", FakeResponse.Json("""{"message":"401: Unauthorized","code":0}""", 401));
        var result = await BotProcess.RunAsync(string.Empty, Environment(fake));

        Assert.Equal(10, result.ExitCode);
        Assert.Contains("Discord refused the bot token", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordTestHost.Token, result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bot__Discord__ApplicationId", "", "Bot:Discord:ApplicationId")]
    [InlineData("Bot__Discord__Mode", "carrier-pigeon", "Bot:Discord:Mode")]
    [InlineData("Bot__Discord__Mode", "http", "Bot:Discord:PublicKey is required in http mode")]
    [InlineData("Bot__Discord__DeferAfter", "00:00:05", "Bot:Discord:DeferAfter must be under 3 seconds")]
    public async Task Each_discord_misconfiguration_stops_the_bot_with_its_line(string key, string value, string message)
    {
        await using var fake = await FakeDiscord.StartAsync(TimeProvider.System);
        var env = Environment(fake);
        env[key] = value;
        var result = await BotProcess.RunAsync(string.Empty, env);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Configuration error:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Empty(fake.Requests);
    }
}
