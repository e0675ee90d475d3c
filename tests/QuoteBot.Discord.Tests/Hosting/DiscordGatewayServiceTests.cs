using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Discord.Gateway;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Testing;
using Serilog.Events;

namespace QuoteBot.Discord.Tests.Hosting;

/// <summary>The hosted runner inside a real generic host.</summary>
[Collection(nameof(ProcessExitCode))]
public sealed class DiscordGatewayServiceTests : IAsyncLifetime
{
    private readonly TestClock _time = TestTime.NewClock();
    private FakeDiscord _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeDiscord.StartAsync(_time);

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task A_fatal_close_logs_one_critical_line_and_stops_the_application_with_a_non_zero_exit_code()
    {
        await using var host = DiscordTestHost.Create(_fake, _time);
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        try
        {
            await host.Host.StartAsync();
            var connection = await _fake.NextConnectionAsync();
            await connection.ExpectAsync(2);

            await connection.CloseAsync(GatewayCloseCodes.DisallowedIntents);
            await Task.Delay(Timeout.Infinite, lifetime.ApplicationStopping).ContinueWith(_ => { }, TaskScheduler.Default).WithGuard();

            var critical = Assert.Single(host.Logs.Events, e => e.Level == LogEventLevel.Fatal);
            Assert.Contains("4014", critical.RenderMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Contains("disallowed intents", critical.RenderMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Null(critical.Exception);
            Assert.Equal(Core.Hosting.ExitCodes.DiscordRefused, Environment.ExitCode);
            Assert.Single(_fake.Connections);
        }
        finally
        {
            Environment.ExitCode = 0;
            await host.Host.StopAsync();
        }
    }

    [Fact]
    public async Task In_http_mode_no_gateway_connection_is_made()
    {
        await using var host = DiscordTestHost.Create(_fake, _time, settings: new Dictionary<string, string?>
        {
            ["Bot:Discord:Mode"] = "http",
            ["Bot:Discord:PublicKey"] = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
        });

        await host.Host.StartAsync();
        await TestTime.WaitUntilAsync(() => host.Logs.WithId(5401).Count > 0);
        await host.Host.StopAsync();

        Assert.Empty(_fake.Connections);
        Assert.Empty(_fake.Requests);
    }
}

/// <summary>Tests that touch the process exit code run alone.</summary>
[CollectionDefinition(nameof(ProcessExitCode), DisableParallelization = true)]
public sealed class ProcessExitCode;
