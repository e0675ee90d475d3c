using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Testing;

namespace QuoteBot.Tests.ProcessModes;

/// <summary>
/// Webhook mode as deployed behind HTTPS: Telegram (here, the test) POSTs updates with the secret token; the replies
/// go to the (fake) Bot API.
/// </summary>
[Trait("Category", BotProcess.Category)]
public sealed class TelegramWebhookModeTests
{
    [Fact]
    public async Task The_webhook_answers_once_per_update_refuses_what_is_not_telegrams_and_exits_0_on_sigterm()
    {
        await using var api = await FakeBotApi.StartAsync(TimeProvider.System);
        using var data = TempDirectory.Create("quotebot-matrix");
        await using var bot = RunningBot.Start(ProcessEnvironment.Base(data).Telegram(api).Webhook());

        var ready = await bot.ReadyAsync();
        Assert.Contains("\"telegram\":{\"ready\":true,\"detail\":\"webhook set\"", ready, StringComparison.Ordinal);
        var set = Assert.Single(api.CallsTo("setWebhook"));
        Assert.Equal(ProcessEnvironment.WebhookSecret, set.Body["secret_token"]!.GetValue<string>());
        var endpoint = new Uri(await bot.AddressAsync(), "/telegram/webhook");

        async Task<HttpStatusCode> PostAsync(string body, string? secret)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (secret is not null)
            {
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
            }

            return (await bot.SendAsync(request)).Status;
        }

        static string Update(int id, string text, long chat)
        {
            var update = Updates.Message(text, chat);
            update["update_id"] = id;
            return update.ToJsonString();
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(Update(1, "/topic energy", 3000), secret: null));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(Update(1, "/topic energy", 3000), "wrong-secret"));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync("{\"update_id\": 2, \"message\": {", ProcessEnvironment.WebhookSecret));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync("null", ProcessEnvironment.WebhookSecret));
        var oversized = new JsonObject { ["update_id"] = 3, ["padding"] = new string('x', 1_100_000) }.ToJsonString();
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await PostAsync(oversized, ProcessEnvironment.WebhookSecret));

        // Telegram resends an update it thinks was lost: both are acknowledged, one is answered.
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Update(10, "/topic energy", 3001), ProcessEnvironment.WebhookSecret));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Update(10, "/topic energy", 3001), ProcessEnvironment.WebhookSecret));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Update(11, "/quote", 3002), ProcessEnvironment.WebhookSecret));
        Assert.Contains("Energy", (await api.WaitForSendAsync(c => c.ChatId == 3001)).Text, StringComparison.Ordinal);
        await api.WaitForSendAsync(c => c.ChatId == 3002);

        // Healthy after all of that.
        Assert.Equal((HttpStatusCode.OK, "ok\n"), await bot.GetAsync("/healthz"));
        Assert.Contains("\"telegram\":{\"ready\":true", await bot.ReadyAsync(), StringComparison.Ordinal);

        // Stopping finishes every reply in flight, so once the bot has exited, every reply it would send was sent.
        Assert.Equal(0, await bot.StopAsync());
        Assert.Single(api.Sent, c => c.ChatId == 3001);
        Assert.DoesNotContain(api.Sent, c => c.ChatId == 3000);
    }
}
