using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using QuoteBot.Core.State;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Hosting;
using QuoteBot.Telegram.Receiving;
using QuoteBot.Telegram.Rendering;
using QuoteBot.Telegram.Sending;
using QuoteBot.Telegram.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Telegram.Tests.Receiving;

public sealed class ReceivingTests
{
    /// <summary>Sends the response headers and half the body, then cuts the connection.</summary>
    private static async Task<bool> DropMidBatch(ApiCall call, HttpContext context)
    {
        if (call.Method != "getUpdates")
        {
            return false;
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("{\"ok\":true,\"result\":[{\"update_id\":");
        await context.Response.Body.FlushAsync();
        context.Abort();
        return true;
    }

    [Fact]
    public async Task A_connection_dropped_mid_batch_loses_no_update_and_repeats_none()
    {
        await using var bot = await TelegramBotHarness.StartAsync();
        await bot.Api.WaitForCallAsync(c => c.Method == "getUpdates");
        bot.Api.Fault(DropMidBatch);
        for (var i = 1; i <= 3; i++)
        {
            bot.Api.Enqueue(Updates.Message($"/quote q0{i}"));
        }

        await bot.Time.AdvanceUntilAsync(() => bot.Api.Sent.Count >= 3);

        // The next poll (which confirms the first batch) is cut too; the updates after it still arrive once.
        bot.Api.Fault(DropMidBatch);
        bot.Api.Enqueue(Updates.Message("/quote q04"));
        bot.Api.Enqueue(Updates.Message("/quote q05"));
        await bot.Time.AdvanceUntilAsync(() => bot.Api.Sent.Count >= 5);

        // If the cut poll was the one confirming q04 and q05, the bot confirms them after its backoff, on the clock.
        await bot.Time.AdvanceUntilAsync(() => bot.Api.Pending == 0);
        await bot.SettledAsync();

        var ids = bot.Api.Sent.Select(s => System.Text.RegularExpressions.Regex.Match(s.Text, "q0[1-5]").Value).Order().ToList();
        Assert.Equal(["q01", "q02", "q03", "q04", "q05"], ids);
    }

    [Fact]
    public async Task A_restart_neither_repeats_nor_skips_updates()
    {
        var cursors = new InMemoryCursorStore();
        var first = await TelegramBotHarness.StartAsync(cursors: cursors);
        var api = first.Api;

        // The poll that would confirm the first two to Telegram fails, and the bot stops before it polls again. A poll
        // woken by the first update may take it alone; the one confirming it is let through.
        var confirmsBoth = int.MaxValue;
        bool ConfirmsBoth(ApiCall call) => call.Method == "getUpdates" && (call.Body["offset"]?.GetValue<int>() ?? 0) >= Volatile.Read(ref confirmsBoth);
        api.Fault(async (call, context) =>
        {
            if (!ConfirmsBoth(call))
            {
                return false;
            }

            await FakeBotApi.WriteError(context, 502, "Bad Gateway");
            return true;
        });
        var q01 = api.Enqueue(Updates.Message("/quote q01"));
        Volatile.Write(ref confirmsBoth, q01 + 2);
        api.Enqueue(Updates.Message("/quote q02"));
        await api.WaitForSendAsync(count: 2);
        await api.WaitForCallAsync(ConfirmsBoth);
        await first.Host.StopAsync();
        first.Host.Dispose();

        // Telegram still holds updates it was never told were handled; the stored offset says they were.
        api.Enqueue(Updates.Message("/quote q03"));
        Assert.Equal(3, api.Pending);
        await using var second = await TelegramBotHarness.StartAsync(api: api, time: first.Time, cursors: cursors);
        await api.WaitForSendAsync(count: 3);
        await second.SettledAsync();
        Assert.Equal(3, api.Sent.Count);
        Assert.Contains("q03", api.Sent[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_token_stops_the_bot_with_a_clear_fatal_error()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        await using var api = await FakeBotApi.StartAsync(time);
        api.FailNext("getMe", 401, "Unauthorized");
        var settings = new Dictionary<string, string?> { ["Bot:Telegram:ApiBaseUrl"] = api.BaseUrl };
        var builder = QuoteBotHost.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollectionFor(settings, api.BaseUrl);
        builder.AddQuoteBot();
        using var host = builder.Build();
        var lifetime = (Microsoft.Extensions.Hosting.IHostApplicationLifetime)host.Services.GetService(typeof(Microsoft.Extensions.Hosting.IHostApplicationLifetime))!;
        await host.StartAsync();
        var stopped = new TaskCompletionSource();
        lifetime.ApplicationStopping.Register(() => stopped.TrySetResult());
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(Core.Hosting.ExitCodes.TelegramRefused, Environment.ExitCode);
        Environment.ExitCode = 0;
        Assert.Single(api.CallsTo("getMe"));
        Assert.Empty(api.CallsTo("getUpdates"));
    }

    [Fact]
    public async Task Webhook_updates_with_the_right_secret_are_handled_and_others_refused()
    {
        const string Secret = "s3cr3t-token_for-tests";
        await using var bot = await TelegramBotHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:Telegram:Mode"] = "webhook",
            ["Bot:Telegram:Webhook:Url"] = "https://bot.example.org/telegram/webhook",
            ["Bot:Telegram:Webhook:SecretToken"] = Secret,
            ["Bot:Http:Urls"] = "http://127.0.0.1:0",
        });
        var set = await bot.Api.WaitForCallAsync(c => c.Method == "setWebhook");
        Assert.Equal("https://bot.example.org/telegram/webhook", set.Body["url"]!.GetValue<string>());
        Assert.Equal(Secret, set.Body["secret_token"]!.GetValue<string>());
        Assert.Equal(5, set.Body["allowed_updates"]!.AsArray().Count);
        Assert.Empty(bot.Api.CallsTo("getUpdates"));

        var endpoint = bot.Get<HttpEndpointHost>().Addresses.Single() + "/telegram/webhook";
        using var http = new HttpClient();

        async Task<HttpStatusCode> PostAsync(string text, string? secret, int id)
        {
            var update = Updates.Message(text);
            update["update_id"] = id;
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json") };
            if (secret is not null)
            {
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
            }

            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync("/quote q01", null, 1));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync("/quote q02", "wrong", 2));
        Assert.Equal(HttpStatusCode.OK, await PostAsync("/quote q03", Secret, 3));
        Assert.Equal(HttpStatusCode.OK, await PostAsync("/quote q03", Secret, 3)); // Telegram resending the same update
        // The endpoint dispatches an update before it answers 200: once the handling in flight is done, a second
        // reply would have been sent.
        await bot.Api.WaitForSendAsync();
        await bot.SettledAsync();
        var sent = Assert.Single(bot.Api.Sent);
        Assert.Contains("q03", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_to_one_chat_are_paced_without_holding_up_other_chats()
    {
        await using var bot = await TelegramBotHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:Telegram:Pacing:PerChatInterval"] = "00:00:01",
            ["Bot:Telegram:Pacing:GroupMessagesPerMinute"] = "20",
        });
        for (var i = 0; i < 3; i++)
        {
            bot.Api.Enqueue(Updates.Message("/quote", Updates.Group));
        }

        bot.Api.Enqueue(Updates.Message("/help", Updates.PrivateChat));
        await bot.Api.WaitForSendAsync(c => c.ChatId == Updates.PrivateChat);
        var previous = await bot.Api.WaitForSendAsync(c => c.ChatId == Updates.Group);

        // While the clock stands still, the group's next reply waits on it for its turn (the one after behind it);
        // the private chat was answered at once.
        for (var turn = 2; turn <= 3; turn++)
        {
            var earliest = previous.At + TimeSpan.FromSeconds(1);
            await WaitUntil.TrueAsync(() => bot.Clock.IsWaitingFor(earliest), $"the group's reply {turn} waiting for its turn");
            Assert.Equal(turn - 1, bot.Api.Sent.Count(c => c.ChatId == Updates.Group));
            await bot.Time.AdvanceUntilAsync(() => bot.Api.Sent.Count(c => c.ChatId == Updates.Group) == turn, TimeSpan.FromMilliseconds(250));
            previous = bot.Api.Sent.Where(c => c.ChatId == Updates.Group).ElementAt(turn - 1);
            Assert.True(previous.At >= earliest);
        }
    }

    [Fact]
    public async Task A_group_gets_at_most_twenty_messages_a_minute()
    {
        await using var bot = await TelegramBotHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:Telegram:Pacing:GroupMessagesPerMinute"] = "20",
        });
        var sender = bot.Get<TelegramSender>();
        var sends = Enumerable.Range(0, 25).Select(i => sender.SendAsync(Updates.Group, new TelegramMessage($"m{i}", null))).ToList();
        await bot.Api.WaitForSendAsync(count: 20);

        // The 21st waits on the clock for the minute of the first to pass (the others behind it); the clock stands still.
        var minuteLater = bot.Api.Sent[0].At + TimeSpan.FromMinutes(1);
        await WaitUntil.TrueAsync(() => bot.Clock.IsWaitingFor(minuteLater), "the 21st message waiting for the minute to pass");
        Assert.Equal(20, bot.Api.Sent.Count);

        await bot.Time.AdvanceUntilAsync(() => bot.Api.Sent.Count == 25, TimeSpan.FromSeconds(5));
        await Task.WhenAll(sends);
        var sent = bot.Api.Sent;
        Assert.True(sent[20].At - sent[0].At >= TimeSpan.FromMinutes(1));
    }
}

internal static class ConfigurationTestExtensions
{
    public static void AddInMemoryCollectionFor(this Microsoft.Extensions.Configuration.IConfigurationBuilder configuration, Dictionary<string, string?> settings, string baseUrl)
    {
        Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions.AddInMemoryCollection(configuration, new Dictionary<string, string?>
        {
            ["Bot:Telegram:Token"] = FakeBotApi.Token,
            ["Bot:Telegram:ApiBaseUrl"] = baseUrl,
            ["Bot:Console:Mode"] = "off",
            ["Bot:Http:Urls"] = "http://127.0.0.1:0",
            ["Serilog:MinimumLevel:Default"] = "Fatal",
        });
        Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions.AddInMemoryCollection(configuration, settings);
    }
}
