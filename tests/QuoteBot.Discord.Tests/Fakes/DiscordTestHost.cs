using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Discord.Gateway;
using QuoteBot.Discord.Interactions;
using QuoteBot.Discord.Resilience;
using QuoteBot.Discord.Rest;
using QuoteBot.Testing;

namespace QuoteBot.Discord.Tests.Fakes;

/// <summary>
/// The real container from <see cref="DiscordHostingExtensions.AddDiscordTransport"/>, pointed at a
/// <see cref="FakeDiscord"/>, with only the clock and the randomness replaced.
/// </summary>
internal sealed class DiscordTestHost : IAsyncDisposable
{
    public const string Token = "test-bot-token-secret";

    private readonly IHost _host;
    private readonly CancellationTokenSource _stop = new();

    private DiscordTestHost(IHost host, RecordingLogSink logs)
    {
        _host = host;
        Logs = logs;
    }

    public IHost Host => _host;

    public IServiceProvider Services => _host.Services;

    public IDiscordRestClient Rest => Services.GetRequiredService<IDiscordRestClient>();

    public DiscordGatewayClient Gateway => Services.GetRequiredService<DiscordGatewayClient>();

    public RecordingLogSink Logs { get; }

    public Task? Running { get; private set; }

    public static DiscordTestHost Create(
        FakeDiscord fake,
        TestClock time,
        Random? random = null,
        IDiscordInteractionHandler? handler = null,
        IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Bot:Discord:Token"] = Token,
            ["Bot:Discord:ApplicationId"] = "1234",
            ["Bot:Discord:ApiBaseUrl"] = fake.ApiBaseUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        // A bare host: no appsettings or environment variables, so only these settings count.
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(values);
        var logs = new RecordingLogSink();
        builder.Logging.ClearProviders().AddProvider(logs.AsLoggerProvider()).SetMinimumLevel(LogLevel.Trace);
        var services = builder.Services;
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(new DiscordRandom(random ?? new SequenceRandom(0.5)));
        if (handler is not null)
        {
            services.AddSingleton(handler);
        }

        var requests = new InFlightRequests();
        services.ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler(requests.NewHandler));
        fake.HoldTimeWhileBusy(time, requests);
        services.AddDiscordTransport(builder.Configuration);
        return new DiscordTestHost(builder.Build(), logs);
    }

    /// <summary>Starts the gateway client in the background.</summary>
    public void StartGateway() => Running = Task.Run(() => Gateway.RunAsync(_stop.Token));

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync();
        if (Running is { } running)
        {
            try
            {
                await running.WaitAsync(TestTime.Guard);
            }
            catch (Exception ex) when (ex is DiscordGatewayFatalException or OperationCanceledException)
            {
                // Tests that expect these assert them themselves.
            }
        }

        _host.Dispose();
        _stop.Dispose();
    }
}
