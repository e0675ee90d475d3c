using System.Text.Json.Nodes;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Telegram.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Telegram.Tests;

/// <summary>The bot as a real process against the fake Bot API: what operators see in logs, and how it stops.</summary>
[Trait("Category", BotProcess.Category)]
public sealed class ProcessTests : IDisposable
{
    private readonly TempDirectory _data = TempDirectory.Create("quotebot-process");

    public void Dispose() => _data.Dispose();

    private Dictionary<string, string> Environment(FakeBotApi api) => new()
    {
        ["Bot__Telegram__Token"] = FakeBotApi.Token,
        ["Bot__Telegram__ApiBaseUrl"] = api.BaseUrl,
        ["Bot__Telegram__PollTimeoutSeconds"] = "1",
        ["Bot__Telegram__MaxRetries"] = "2",
        ["Bot__Telegram__Pacing__PerChatInterval"] = "00:00:00",
        ["Bot__Telegram__Pacing__GroupMessagesPerMinute"] = "100000",
        ["Bot__Telegram__Pacing__GlobalMessagesPerSecond"] = "100000",
        ["Bot__Http__Urls"] = "http://127.0.0.1:0",
        // A fresh state directory: a stored update offset from another run must not skip this run's updates.
        ["Bot__Storage__DataDirectory"] = _data.Path,
    };

    [Fact]
    public async Task No_secret_appears_in_any_log_line_even_at_the_most_verbose_level()
    {
        await using var api = await FakeBotApi.StartAsync(TimeProvider.System);
        const string WebhookSecret = "webhook-secret-that-must-not-leak";
        var env = Environment(api);
        env["Serilog__MinimumLevel__Default"] = "Verbose";
        env["Serilog__MinimumLevel__Override__Microsoft"] = "Verbose";
        env["Serilog__MinimumLevel__Override__System"] = "Verbose";
        env["Bot__Telegram__Webhook__SecretToken"] = WebhookSecret;

        api.FailNext("getUpdates", 500, "Internal Server Error");
        api.FailNext("sendMessage", 502, "Bad Gateway");
        api.Fault((call, context) =>
        {
            if (call.Method != "sendMessage")
            {
                return Task.FromResult(false);
            }

            context.Abort();
            return Task.FromResult(true);
        });
        api.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", new JsonObject { ["retry_after"] = 1 });
        api.FailNext("sendMessage", 403, "Forbidden: bot was blocked by the user", when: c => c.ChatId == 9999);

        await using var bot = RunningBot.Start(env);
        api.Enqueue(Updates.Message("/quote", 9999));
        api.Enqueue(Updates.Message("/quote"));
        api.Enqueue(Updates.Message("/search 核聚变", 2002));
        api.Enqueue(Updates.Callback("c:q14", 3003));
        api.Enqueue(new JsonObject { ["message"] = new JsonObject { ["broken"] = true } });
        await api.WaitForSendAsync(c => c.ChatId == 3003);
        await api.WaitForSendAsync(c => c.ChatId == 2002);
        await api.WaitForSendAsync(c => c.ChatId == Updates.PrivateChat);
        // Which send meets which scripted failure depends on timing; wait until every failure was served.
        await api.WaitForCallAsync(c => c.Method == "sendMessage", count: 7);

        Assert.Equal(0, await bot.StopAsync());
        var logs = bot.Stdout + bot.Stderr;

        Assert.Contains("Telegram on: connected as @OurBot", logs, StringComparison.Ordinal);
        Assert.Contains("retrying", logs, StringComparison.Ordinal);
        var secretPart = FakeBotApi.Token.Split(':')[1];
        Assert.DoesNotContain(secretPart, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeBotApi.Token, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookSecret, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_token_is_refused_at_start_without_echoing_it()
    {
        await using var api = await FakeBotApi.StartAsync(TimeProvider.System);
        var env = Environment(api);
        env["Bot__Telegram__Token"] = "12345:short far-too-secret";
        var result = await BotProcess.RunAsync(string.Empty, env);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Configuration error: Bot:Telegram:Token does not look like a bot token", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("far-too-secret", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.Empty(api.Calls);
    }

    [Theory]
    [InlineData("Bot__Telegram__Mode", "carrier-pigeon", "Configuration error: Bot:Telegram:Mode must be 'polling' or 'webhook'")]
    [InlineData("Bot__Telegram__Mode", "webhook", "Configuration error: Bot:Telegram:Webhook:Url must be the public https:// URL")]
    [InlineData("Bot__Http__Urls", "not a url", "Configuration error: Bot:Http:Urls must be absolute URLs")]
    public async Task Each_telegram_misconfiguration_stops_the_bot_with_its_line(string key, string value, string message)
    {
        await using var api = await FakeBotApi.StartAsync(TimeProvider.System);
        var env = Environment(api);
        env[key] = value;
        var result = await BotProcess.RunAsync(string.Empty, env);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(api.Calls);
    }

    [Fact]
    public async Task A_token_telegram_refuses_stops_the_bot_with_exit_code_4()
    {
        await using var api = await FakeBotApi.StartAsync(TimeProvider.System);
        api.FailNext("getMe", 401, "Unauthorized");
        var result = await BotProcess.RunAsync(string.Empty, Environment(api));

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("Telegram rejected the bot token (401 Unauthorized)", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(api.CallsTo("getUpdates"));
    }

    [Fact]
    public async Task Sigterm_during_a_burst_answers_every_command_received_and_exits_0()
    {
        await using var api = await FakeBotApi.StartAsync(TimeProvider.System);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        api.HoldSends = release.Task;
        await using var bot = RunningBot.Start(Environment(api));
        await api.WaitForCallAsync(c => c.Method == "getUpdates");

        var chats = Enumerable.Range(0, 40).Select(i => 20_000L + i).ToList();
        var updateChat = chats.ToDictionary(chat => api.Enqueue(Updates.Message("/quote", chat)), chat => chat);
        await api.WaitForSendAsync();
        // SIGTERM with replies in flight: the fake answers them only once the host has taken the signal and is stopping.
        var exit = bot.StopAsync();
        await bot.StderrContainsAsync("Application is shutting down");
        release.SetResult();
        Assert.Equal(0, await exit);
        var delivered = api.Delivered.Where(updateChat.ContainsKey).ToList();
        Assert.NotEmpty(delivered);
        var answered = api.Sent.Select(s => s.ChatId).ToHashSet();
        Assert.All(delivered, id => Assert.Contains(updateChat[id], answered));
    }
}
