using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Hosting;
using QuoteBot.Telegram.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Telegram.Tests.Receiving;

/// <summary>
/// Metrics are process-wide (every host's meter has the same name), so these run alone: another test's commands
/// must not be counted in this one's scrape.
/// </summary>
[CollectionDefinition(nameof(HealthTests), DisableParallelization = true)]
public sealed class HealthTestsRunAlone;

[Collection(nameof(HealthTests))]
public sealed class HealthTests
{
    private static readonly Dictionary<string, string?> HealthOn = new()
    {
        ["Bot:Health:Enabled"] = "true",
        ["Bot:Http:Urls"] = "http://127.0.0.1:0",
    };

    [Fact]
    public async Task Readiness_follows_polling_and_recovers()
    {
        await using var bot = await TelegramBotHarness.StartAsync(HealthOn);
        using var http = new HttpClient { BaseAddress = new Uri(bot.Get<HttpEndpointHost>().Addresses[0]) };
        await bot.Api.WaitForCallAsync(c => c.Method == "getUpdates");
        await WaitForStatusAsync(http, HttpStatusCode.OK);

        var failing = true;
        bot.Api.FailWhile(() => failing, "getUpdates", 502, "Bad Gateway");
        await bot.Time.AdvanceUntilAsync(() => StatusOf(http) == HttpStatusCode.ServiceUnavailable);
        var body = await http.GetStringAsync(new Uri("/readyz", UriKind.Relative)).ContinueWith(t => t.IsFaulted ? string.Empty : t.Result, TaskScheduler.Default);
        Assert.Equal(string.Empty, body); // 503 is not a success status

        failing = false;
        await bot.Time.AdvanceUntilAsync(() => StatusOf(http) == HttpStatusCode.OK, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task The_bot_is_ready_while_its_first_long_poll_waits_for_updates()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));
        var api = await FakeBotApi.StartAsync(time);
        api.HoldPolls = true;
        await using var bot = await TelegramBotHarness.StartAsync(HealthOn, api: api, time: time);
        using var http = new HttpClient { BaseAddress = new Uri(bot.Get<HttpEndpointHost>().Addresses[0]) };
        await api.WaitForCallAsync(c => c.Method == "getUpdates");

        await WaitForStatusAsync(http, HttpStatusCode.OK);
        Assert.Single(api.Calls, c => c.Method == "getUpdates");
    }

    [Fact]
    public async Task Metrics_count_what_a_session_did()
    {
        await using var bot = await TelegramBotHarness.StartAsync(HealthOn);
        bot.Api.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", new JsonObject { ["retry_after"] = 1 });
        bot.Api.Enqueue(Updates.Message("/quote"));
        bot.Api.Enqueue(Updates.Message("/quote", 2002));
        bot.Api.Enqueue(Updates.Message("/quote", 3003));
        bot.Api.Enqueue(Updates.Message("/topic energy", 4004));
        bot.Api.Enqueue(Updates.Inline("AGI"));
        await bot.Time.AdvanceUntilAsync(() => bot.Api.Sent.Count == 5 && bot.Api.CallsTo("answerInlineQuery").Count == 1);

        using var http = new HttpClient { BaseAddress = new Uri(bot.Get<HttpEndpointHost>().Addresses[0]) };
        string[] expected =
        [
            "quotebot_commands_total\\{[^}]*command=\"quote\",platform=\"telegram\"\\} 3",
            "quotebot_commands_total\\{[^}]*command=\"topic\",platform=\"telegram\"\\} 1",
            "quotebot_commands_total\\{[^}]*command=\"inline\",platform=\"telegram\"\\} 1",
            "quotebot_ratelimited_total\\{[^}]*platform=\"telegram\"\\} 1",
        ];

        // A reply is counted just after the Bot API saw it: once every update is handled, the counts are final.
        await bot.SettledAsync();
        var metrics = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.All(expected, e => Assert.Matches(e, metrics));
    }

    private static HttpStatusCode StatusOf(HttpClient http)
    {
        using var response = http.GetAsync(new Uri("/readyz", UriKind.Relative)).GetAwaiter().GetResult();
        return response.StatusCode;
    }

    private static Task WaitForStatusAsync(HttpClient http, HttpStatusCode status) =>
        WaitUntil.TrueAsync(() => StatusOf(http) == status, $"/readyz {status}");
}
