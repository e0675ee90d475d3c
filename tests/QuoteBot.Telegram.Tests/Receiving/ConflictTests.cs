using System.Net;
using Microsoft.Extensions.DependencyInjection;
using QuoteBot.Hosting;
using QuoteBot.Telegram.Tests.Fakes;
using QuoteBot.Testing;
using Serilog.Core;

namespace QuoteBot.Telegram.Tests.Receiving;

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
        // Time moves only to the bot's own backoff timers, by exactly what each asks: the gaps between polls are the
        // delays themselves, however far the bot lags behind on a loaded machine.
        var mark = bot.Clock.Mark();
        bot.Api.FailWhile(() => Volatile.Read(ref conflict), "getUpdates", 409, description);
        // Every poll from here on meets the conflict (one already in flight may have counted before it began).
        var before = bot.Api.CallsTo("getUpdates").Count;
        await bot.Clock.StepTimersUntilAsync(mark, bot.Api.WaitForCallAsync(c => c.Method == "getUpdates", before + 7), IsBackoff);

        var (status, body) = await ReadyzAsync(http);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("\"telegram\":{\"ready\":false,\"detail\":\"conflict with another instance\"", body, StringComparison.Ordinal);
        var warning = Assert.Single(log.WithEventId(3302));
        Assert.Contains(cause, warning, StringComparison.Ordinal);
        Assert.Contains("run one poller per token, or run every instance in webhook mode (Bot:Telegram:Mode=webhook)", warning, StringComparison.Ordinal);

        // Backed off: 1 s doubling, jittered within each step ([ceiling/2, ceiling]), capped at 30 s. The j-th gap
        // follows failure j + 1, or j + 2 when the poll in flight as the conflict began met it too.
        var polls = bot.Api.CallsTo("getUpdates").Skip(before).Take(7).Select(c => c.At).ToList();
        var gaps = polls.Zip(polls.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps.Select((gap, j) => (gap, j)), g => Assert.InRange(g.gap, Ceiling(g.j + 1) / 2, Ceiling(g.j + 2)));
        Assert.InRange(gaps[^1], TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30));

        Volatile.Write(ref conflict, false);
        await bot.Clock.StepTimersUntilAsync(
            mark,
            WaitUntil.TrueAsync(async () => (await ReadyzAsync(http)).Status == HttpStatusCode.OK, "/readyz ready again"),
            IsBackoff);
        // Ready is reported as the poll answers, the end of the conflict logged right after it.
        await log.WaitForAsync(3303);
        Assert.Single(log.WithEventId(3302));
        Assert.Single(log.WithEventId(3303));
    }

    /// <summary>A wait the polling backoff can ask for: more than nothing, at most its 30 s cap.</summary>
    private static bool IsBackoff(TimeSpan due) => due > TimeSpan.Zero && due <= TimeSpan.FromSeconds(30);

    /// <summary>The backoff's ceiling before retry number <paramref name="attempt"/>: 1 s doubling, capped at 30 s.</summary>
    private static TimeSpan Ceiling(int attempt) => TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, attempt - 1)));

    private static async Task<(HttpStatusCode Status, string Body)> ReadyzAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
