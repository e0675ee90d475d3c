using System.Net;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Hosting;
using QuoteBot.Testing;

namespace QuoteBot.Discord.Tests.Commands;

/// <summary>Metrics are process-wide (one meter name for every host), so this runs alone.</summary>
[CollectionDefinition(nameof(HealthTests), DisableParallelization = true)]
public sealed class HealthTestsRunAlone;

[Collection(nameof(HealthTests))]
public sealed class HealthTests
{
    [Fact]
    public async Task Readiness_drops_while_the_gateway_is_down_and_returns_after_resume()
    {
        await using var bot = await DiscordBotHarness.StartAsync(new Dictionary<string, string?> { ["Bot:Health:Enabled"] = "true" });
        using var http = new HttpClient { BaseAddress = new Uri(bot.Get<HttpEndpointHost>().Addresses[0]) };
        await WaitForAsync(http, HttpStatusCode.OK);

        bot.Gateway.Abort();
        await WaitForAsync(http, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("disconnected", await http.GetStringAsync(new Uri("/readyz", UriKind.Relative)).ContinueWith(t => t.IsFaulted ? "disconnected" : t.Result, TaskScheduler.Default), StringComparison.Ordinal);

        var resumed = await bot.Fake.NextConnectionAsync();
        var resume = await resumed.ExpectAsync(6);
        Assert.Equal("session-1", resume.D.GetProperty("session_id").GetString());
        await resumed.SendDispatchAsync("RESUMED", 3, "{}");
        await WaitForAsync(http, HttpStatusCode.OK);

        var metrics = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Matches("quotebot_gateway_reconnects_total\\{[^}]*kind=\"resume\"[^}]*\\} 1", metrics);
    }

    private static Task WaitForAsync(HttpClient http, HttpStatusCode status) =>
        WaitUntil.TrueAsync(
            async () =>
            {
                using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
                return response.StatusCode == status;
            },
            $"/readyz answering {status}");
}
