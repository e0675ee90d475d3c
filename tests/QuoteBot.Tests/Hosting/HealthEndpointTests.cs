using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QuoteBot.Hosting;
using QuoteBot.Terminal;

namespace QuoteBot.Tests.Hosting;

/// <summary>Metrics are process-wide (one meter name for every host), so these run alone.</summary>
[CollectionDefinition(nameof(HealthEndpointTests), DisableParallelization = true)]
public sealed class HealthEndpointTestsRunAlone;

[Collection(nameof(HealthEndpointTests))]
public sealed class HealthEndpointTests
{
    private static async Task<(IHost Host, string BaseUrl, StringWriter Output)> StartConsoleAsync(string input, bool health)
    {
        var output = new StringWriter();
        var builder = QuoteBotHost.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Health:Enabled"] = health ? "true" : "false",
            ["Bot:Http:Urls"] = "http://127.0.0.1:0",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        });
        builder.Services.AddSingleton(new ConsoleIo(new StringReader(input), output));
        builder.AddQuoteBot();
        var host = builder.Build();
        await host.StartAsync();
        var addresses = host.Services.GetRequiredService<HttpEndpointHost>().Addresses;
        return (host, addresses.Count > 0 ? addresses[0] : string.Empty, output);
    }

    [Fact]
    public async Task The_console_platform_serves_health_and_metrics_when_enabled()
    {
        var (host, baseUrl, output) = await StartConsoleAsync("/quote\n/quote\n/topic energy\n/nonsense\n", health: true);
        using (host)
        {
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
            Assert.Equal("ok\n", await http.GetStringAsync("/healthz"));
            using (var probeOut = new StringWriter())
            {
                // The container's HEALTHCHECK runs this verb.
                Assert.Equal(0, QuoteBot.Cli.Verbs.TryRun(["health", baseUrl], probeOut, probeOut, out _));
            }


            using var ready = await http.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Contains("\"corpus\":{\"ready\":true", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            await host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.WhenCancelledAsync();
            var metrics = await http.GetStringAsync("/metrics");
            Assert.Matches("quotebot_corpus_quotes(\\{[^}]*\\})? 14", metrics);
            Assert.Contains("service_name=\"quotebot\"", metrics, StringComparison.Ordinal);
            Assert.Matches("quotebot_commands_total\\{[^}]*command=\"quote\"[^}]*platform=\"console\"[^}]*\\} 2", metrics);
            Assert.Matches("quotebot_commands_total\\{[^}]*command=\"topic\"[^}]*\\} 1", metrics);
            Assert.Matches("quotebot_commands_total\\{[^}]*command=\"unknown\"[^}]*\\} 1", metrics);
            Assert.Contains("quotebot_reply_duration_seconds_bucket", metrics, StringComparison.Ordinal);
            await host.StopAsync();
        }

        Assert.Contains("能源", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_console_platform_opens_no_port_by_default()
    {
        var (host, baseUrl, _) = await StartConsoleAsync("/quote\n", health: false);
        using (host)
        {
            Assert.Equal(string.Empty, baseUrl);
            await host.StopAsync();
        }
    }
}

internal static class CancellationTokenExtensions
{
    /// <summary>Completes when the token is cancelled (at most 30 s).</summary>
    public static Task WhenCancelledAsync(this CancellationToken token) =>
        Task.Delay(Timeout.Infinite, token)
            .ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default)
            .WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
}
