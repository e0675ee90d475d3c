using System.Net;
using Microsoft.Extensions.DependencyInjection;
using QuoteBot.Hosting;
using QuoteBot.Telegram.Tests.Fakes;
using Serilog.Core;

namespace QuoteBot.Telegram.Tests;

/// <summary>
/// Telegram's 409 Conflict on getUpdates (another poller on the token, or a webhook set for it): named once with its
/// cause and fix, shown on <c>/readyz</c>, backed off on the fake clock, and over when the other receiver is gone.
/// </summary>
public sealed class ConflictTests
{
    private const string OtherPoller = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";
    private const string WebhookSet = "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";

    [Theory]
    [InlineData(OtherPoller, "another instance is polling with this token")]
    [InlineData(WebhookSet, "a webhook is set for this token")]
    public async Task A_conflict_is_named_shown_on_readyz_backed_off_and_over_when_the_other_receiver_goes(string description, string cause)
    {
        var log = new RecordingLogSink();
        await using var bot = await TelegramBotHarness.StartAsync(
            new() { ["Bot:Health:Enabled"] = "true", ["Bot:Http:Urls"] = "http://127.0.0.1:0", ["Serilog:MinimumLevel:Default"] = "Information" },
            services: s => s.AddSingleton<ILogEventSink>(log));
        using var http = new HttpClient { BaseAddress = new Uri(bot.Get<HttpEndpointHost>().Addresses[0]) };
        await bot.Api.WaitForCallAsync(c => c.Method == "getUpdates");
        Assert.Equal(HttpStatusCode.OK, (await ReadyzAsync(http)).Status);

        var conflict = true;
        bot.Api.FailWhile(() => Volatile.Read(ref conflict), "getUpdates", 409, description);
        // Every poll from here on meets the conflict (one already in flight may have counted before it began).
        var before = bot.Api.CallsTo("getUpdates").Count;
        await bot.AdvanceUntilAsync(() => bot.Api.CallsTo("getUpdates").Count >= before + 7);

        var (status, body) = await ReadyzAsync(http);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("\"telegram\":{\"ready\":false,\"detail\":\"conflict with another instance\"", body, StringComparison.Ordinal);
        var warning = Assert.Single(log.WithEventId(3302));
        Assert.Contains(cause, warning, StringComparison.Ordinal);
        Assert.Contains("run one poller per token, or run every instance in webhook mode (Bot:Telegram:Mode=webhook)", warning, StringComparison.Ordinal);

        // Backed off: 1 s doubling, jittered within each step, capped at 30 s (on the fake clock; the test advances it
        // in 1 s steps, so a wait shows as up to a second longer).
        var polls = bot.Api.CallsTo("getUpdates").Skip(before).Take(7).Select(c => c.At).ToList();
        var gaps = polls.Zip(polls.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, gap => Assert.InRange(gap, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(31)));
        Assert.InRange(gaps[^1], TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(31));

        Volatile.Write(ref conflict, false);
        await bot.AdvanceUntilAsync(() => ReadyzAsync(http).GetAwaiter().GetResult().Status == HttpStatusCode.OK);
        Assert.Single(log.WithEventId(3302));
        Assert.Single(log.WithEventId(3303));
    }

    private static async Task<(HttpStatusCode Status, string Body)> ReadyzAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
