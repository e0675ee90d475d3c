using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Testing;

namespace QuoteBot.Tests.ProcessModes;

/// <summary>
/// The environment a user would set for each mode (README), pointed at the fakes: a token, the fake's base URL, a
/// fresh data directory, and HTTP endpoints on a port the system picks (the bot names it in its log).
/// </summary>
internal static class ProcessEnvironment
{
    public const string WebhookSecret = "matrix-secret_0123456789";

    public const string DiscordToken = "test-bot-token-secret";

    /// <summary>The settings every mode shares, with <paramref name="data"/> (the test's own, removed after it) as the state directory.</summary>
    public static Dictionary<string, string> Base(TempDirectory data) => new()
    {
        ["Bot__Http__Urls"] = "http://127.0.0.1:0",
        // A fresh state directory: a stored update offset from another run must not skip this run's updates.
        ["Bot__Storage__DataDirectory"] = data.Path,
    };

    public static Dictionary<string, string> Telegram(this Dictionary<string, string> environment, FakeBotApi api) => environment.With(new()
    {
        ["Bot__Telegram__Token"] = FakeBotApi.Token,
        ["Bot__Telegram__ApiBaseUrl"] = api.BaseUrl,
        ["Bot__Telegram__PollTimeoutSeconds"] = "1",
    });

    public static Dictionary<string, string> Webhook(this Dictionary<string, string> environment) => environment.With(new()
    {
        ["Bot__Telegram__Mode"] = "webhook",
        ["Bot__Telegram__Webhook__Url"] = "https://bot.example.org/telegram/webhook",
        ["Bot__Telegram__Webhook__SecretToken"] = WebhookSecret,
    });

    public static Dictionary<string, string> Discord(this Dictionary<string, string> environment, FakeDiscord fake) => environment.With(new()
    {
        ["Bot__Discord__Token"] = DiscordToken,
        ["Bot__Discord__ApplicationId"] = "1234",
        ["Bot__Discord__ApiBaseUrl"] = fake.ApiBaseUrl,
    });

    public static Dictionary<string, string> With(this Dictionary<string, string> environment, Dictionary<string, string> more)
    {
        foreach (var (key, value) in more)
        {
            environment[key] = value;
        }

        return environment;
    }
}
